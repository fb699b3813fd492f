/**
 * Suffixes that belong to a name and are kept: "Martin Luther King Jr.".
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'ii',
  'iii',
  'iv',
  'jr',
  'jr.',
  'sr',
  'sr.',
]);
