/**
 * Written forms the tagger sometimes takes for nouns that are still reporting verbs.
 */
export const VERBS_TAGGED_AS_NOUNS: ReadonlySet<string> = new Set([
  'added',
  'asked',
  'explained',
  'said',
  'says',
  'tells',
  'told',
  'tweeted',
  'writes',
  'wrote',
]);
