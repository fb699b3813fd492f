/** How a mark written as two characters is read: as the one-character mark `reads`. */
export interface DoubledMark {
  /** The one-character mark it stands for: its pairs, family and direction rules apply. */
  readonly reads: string;
  /** It may open a quotation. */
  readonly opens: boolean;
  /** It may close a quotation. */
  readonly closes: boolean;
}

/**
 * Double quotation marks typed as two single marks. The NYT archive and the NYT Annotated Corpus
 * transliterate “ and ” as two straight apostrophes (''like this''); other tools type ’’ for ” and
 * ‘‘ for “. Each is read as the mark it stands for, spanning both characters. Where the two
 * characters are an apostrophe and a single mark (the students'' with a ‘…’ open) the detector
 * reads them apart; see quotes/detect-quotes.ts.
 */
export const DOUBLED_MARKS: ReadonlyMap<string, DoubledMark> = new Map([
  ["''", { reads: '"', opens: true, closes: true }], // ''We won,'' he said. (NYT archive)
  ['‘‘', { reads: '“', opens: true, closes: false }], // ‘‘We won,’’ he said.
  ['’’', { reads: '”', opens: false, closes: true }], // “We won,’’ he said. (never opens)
]);
