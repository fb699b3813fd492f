/**
 * Words written with a leading apostrophe, so that the mark opening them is not a quotation mark:
 * rock ’n’ roll, get ’em, ’til then, ’cause, ’tis the season, ’bout time, all year ’round, good ’ol
 * (decades, "the ’90s", are matched apart).
 */
export const ELISIONS: ReadonlySet<string> = new Set([
  'bout',
  'cause',
  'cuz',
  'em',
  'n',
  'nuff',
  'ol',
  'round',
  'til',
  'till',
  'tis',
  'twas',
]);
