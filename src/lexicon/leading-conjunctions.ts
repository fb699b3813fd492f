/**
 * Conjunctions a capital at a sentence's start can drag into a name: "But Trump said", "While
 * Clinton argued".
 */
export const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'after',
  'although',
  'and',
  'as',
  'because',
  'before',
  'but',
  'if',
  'or',
  'since',
  'so',
  'though',
  'when',
  'while',
  'yet',
]);
