import { MARK_FAMILIES, type MarkFamily } from '../lexicon/quote-mark-families.js';
import { MARK_PAIRS } from '../lexicon/quote-mark-pairs.js';

/** The pairs of src/lexicon/quote-mark-pairs.ts, each opening mark's own pair before the others. */
const PAIRS: readonly string[] = [...MARK_PAIRS]
  .sort(([, a], [, b]) => (a === b ? 0 : a === 'own' ? -1 : 1))
  .map(([pair]) => pair);

/**
 * For each opening mark, the marks that may close it, its own closer first: a straight mark after
 * a digit is an inch mark when the quotation's own closer comes later (see quotes/detect-quotes.ts).
 */
export const CLOSERS: ReadonlyMap<string, readonly string[]> = new Map(
  PAIRS.map(([open]) => [open!, PAIRS.filter(([o]) => o === open).map(([, close]) => close!)]),
);

/** Every character that can close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(PAIRS.map(([, close]) => close!));

/** The family of each mark (src/lexicon/quote-mark-families.ts). */
export const MARK_FAMILY: ReadonlyMap<string, MarkFamily> = new Map(
  [...MARK_FAMILIES].flatMap(([marks, family]) => [...marks].map((m) => [m, family] as const)),
);
