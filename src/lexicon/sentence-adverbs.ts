/**
 * Adverbs the tagger may take for nouns or adjectives that never start or end a speaker phrase:
 * "also", "however".
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'however',
  'instead',
  'meanwhile',
  'not',
  'then',
  'too',
]);
