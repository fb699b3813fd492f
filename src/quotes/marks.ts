/**
 * Every pair of quotation marks the detector knows, opening mark first. A mark may appear in
 * several pairs ("“" opens English quotes and closes German ones); the detector uses the context
 * of each mark to decide. Primes and double primes (5′ 9″) are not here: they never quote.
 */
export const MARK_PAIRS = [
  '“”', // English double, the usual mark in news
  '""', // straight double (typewriter); direction comes from the surrounding characters
  '"”', // mixed: text edited in two tools, "more hours” (seen in wire copy)
  '“"', // mixed the other way: “no evidence"
  '‘’', // English single: British primary quotes, American nested quotes and headlines
  "‘'", // mixed single: ‘That’s ridiculous,'
  "''", // straight single; most of these are apostrophes, see apostrophes.ts
  '„“', // German double: low opening, high closing
  '„”', // Polish, Hungarian, Romanian double
  '‚‘', // German single (U+201A, not a comma)
  '‚’', // Polish single
  '«»', // guillemets: French, Spanish, Italian, Russian
  '»«', // reversed guillemets: German, Danish
  '‹›', // single guillemets
  '›‹', // reversed single guillemets
  '「」', // CJK corner brackets
  '『』', // CJK white corner brackets, for a quotation inside 「」
  '””', // Swedish and Finnish: the same mark opens and closes
  '““', // careless typing: an English opening mark used again to close
  '‟”', // reversed double (U+201F), an opening mark in some typefaces and in Unicode-aware tools
  '‛’', // reversed single (U+201B)
  '＂＂', // fullwidth straight double (U+FF02), from CJK input methods; symmetric like "
] as const;

/** For each opening mark, the marks that may close it. */
export const CLOSERS: ReadonlyMap<string, readonly string[]> = new Map(
  MARK_PAIRS.map(([open]) => [
    open!,
    MARK_PAIRS.filter(([o]) => o === open).map(([, close]) => close!),
  ]),
);

/** Every character that can close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(MARK_PAIRS.map(([, close]) => close!));

/** Marks whose direction the glyph does not tell: the context must. */
export const SYMMETRIC_MARKS: ReadonlySet<string> = new Set('"\'”＂');

/** Straight double marks: after a digit one of these may be an inch mark (a 12" pipe). */
export const STRAIGHT_DOUBLE_MARKS: ReadonlySet<string> = new Set('"＂');

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
 * reads them apart; see detect-quotes.ts.
 */
export const DOUBLED_MARKS: ReadonlyMap<string, DoubledMark> = new Map([
  ["''", { reads: '"', opens: true, closes: true }], // ''We won,'' he said. (NYT archive)
  ['‘‘', { reads: '“', opens: true, closes: false }], // ‘‘We won,’’ he said.
  ['’’', { reads: '”', opens: false, closes: true }], // “We won,’’ he said. (never opens)
]);

/**
 * Marks that are also written as apostrophes. One of these that closes nothing is an apostrophe
 * (the students’ books), never a stray closing mark; and it closes only the innermost quotation,
 * so that a possessive inside “…” cannot end a ‘…’ around it.
 */
export const APOSTROPHE_MARKS: ReadonlySet<string> = new Set("'’‘");

/**
 * Guillemets pointing right or left, each closing one kind of quotation and opening the other.
 * When one is open to be closed, the mark closes it, even spaced in the French way (« ainsi »).
 */
export const GUILLEMETS: ReadonlySet<string> = new Set('«»‹›');

/**
 * Marks that open a quotation only right before a word: » and › open German quotations written
 * »so«, and with a space after them they are French closing marks (« ainsi »), never openings.
 */
export const OPEN_ONLY_BEFORE_WORD: ReadonlySet<string> = new Set('»›');

/** Characters that may stand right before an opening mark besides whitespace: brackets, dashes, slashes. */
export const BEFORE_OPENING: ReadonlySet<string> = new Set('([{—–-/…:');

/**
 * The family of each mark: a paragraph that continues a quotation left open in the previous one
 * reopens it with a mark of the same family ("…" then "…", ‘… then ‘…), whichever glyph it uses.
 */
export const MARK_FAMILY: ReadonlyMap<
  string,
  'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner'
> = new Map(
  (
    [
      ['“”"„‟＂', 'double'],
      ["‘’'‚‛", 'single'],
      ['«»', 'guillemet'],
      ['‹›', 'single-guillemet'],
      ['「」', 'corner'],
      ['『』', 'white-corner'],
    ] as const
  ).flatMap(([marks, family]) => [...marks].map((m) => [m, family] as const)),
);
