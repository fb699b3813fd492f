import { ELISIONS } from '../lexicon/elisions.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Tells whether the mark at `i` (one of ' ’ ‘) is an apostrophe rather than a quotation mark:
 * inside a word (we’re, o’clock), before a decade (’90s) or before an elided word (’em, ’n’).
 *
 * @param text the article
 * @param i the mark's offset
 * @returns true when the mark is an apostrophe
 */
export function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return true;
  // the closing mark of "’n’" in rock ’n’ roll
  if (/^\s?['’‘]n$/u.test(text.slice(Math.max(0, i - 3), i)) && !LETTER_OR_DIGIT.test(after))
    return true;
  if (LETTER_OR_DIGIT.test(before)) return false;
  // ’90s, ’20s, and years such as class of ’08
  if (/^\d\d(?:s\b|\b)/.test(text.slice(i + 1, i + 4))) return true;
  const word = /^\p{L}+/u.exec(text.slice(i + 1, i + 7))?.[0].toLowerCase();
  if (word && ELISIONS.has(word)) {
    const next = text[i + 1 + word.length] ?? ' ';
    // "’n’" closes itself; other elisions are followed by a space or punctuation
    return !LETTER_OR_DIGIT.test(next);
  }
  return false;
}
