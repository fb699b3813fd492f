/**
 * Words a title in title case leaves in lower case: “Fire and Fury”, “State of the Union”.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'de',
  'for',
  'from',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs.',
  'with',
]);
