/**
 * Adverbs the tagger may take for nouns or adjectives that never start or end a speaker phrase:
 * "also", "however"; the focusing adverbs of "Even China agreed", "Now Bloomberg says".
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'even',
  'however',
  'instead',
  'just',
  'meanwhile',
  'not',
  'now',
  'then',
  'too',
]);
