import type { Quote, SpeakerCounts } from '../../types.js';

/** A word: letters or digits, with the apostrophes inside it ("don't", "’90s" counts once). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** How many words a stretch of quoted text holds. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * How much a speaker says: their quotations, their reported statements, the words they are quoted
 * saying.
 *
 * @param quotes the article's quotations
 * @param quoteIndices the speaker's quotations
 * @param reported how many reported statements are theirs
 */
export function speechCounts(
  quotes: readonly Quote[],
  quoteIndices: readonly number[],
  reported: number,
): SpeakerCounts {
  let words = 0;
  for (const i of quoteIndices) words += countWords(quotes[i]!.text);
  return { quotations: quoteIndices.length, reported, words };
}
