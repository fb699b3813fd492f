/**
 * Words that open a description set off by commas after a name: the articles and the possessives
 * of the article's people ("X, a councillor", "X, its chief executive", "X, our correspondent").
 */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'her',
  'his',
  'its',
  'our',
  'the',
  'their',
]);
