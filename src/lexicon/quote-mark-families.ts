/** A family of quotation marks. */
export type MarkFamily =
  'corner' | 'double' | 'guillemet' | 'single' | 'single-guillemet' | 'white-corner';

/**
 * The quotation marks of each family: a paragraph that continues a quotation left open in the
 * previous one reopens it with a mark of the same family ("…" then "…", ‘… then ‘…), whichever
 * glyph it uses. No mark is in two families.
 */
export const MARK_FAMILIES: ReadonlyMap<string, MarkFamily> = new Map([
  ['"“”„‟＂', 'double'],
  ["'‘’‚‛", 'single'],
  ['«»', 'guillemet'],
  ['‹›', 'single-guillemet'],
  ['「」', 'corner'],
  ['『』', 'white-corner'],
]);
