import { MARK_FAMILIES, type MarkFamily } from '../lexicon/quote-mark-families.js';
import { MARK_CLOSERS } from '../lexicon/quote-mark-closers.js';

/**
 * For each opening mark, the marks that may close it, its own closer first: a straight mark after
 * a digit is an inch mark when the quotation's own closer comes later (see quotes/detect-quotes.ts).
 */
export const CLOSERS: ReadonlyMap<string, readonly string[]> = new Map(
  [...MARK_CLOSERS].map(([open, closers]) => [open, [...closers]]),
);

/** Every character that can close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([...MARK_CLOSERS.values()].join(''));

/** The family of each mark (src/lexicon/quote-mark-families.ts). */
export const MARK_FAMILY: ReadonlyMap<string, MarkFamily> = new Map(
  [...MARK_FAMILIES].flatMap(([marks, family]) => [...marks].map((m) => [m, family] as const)),
);
