/**
 * Quantities that do not open a noun phrase before "of" for now, unlike the others of the
 * quantities' table: "most of the senators" is read from "the senators".
 */
export const NOT_IN_PHRASE_QUANTITIES: ReadonlySet<string> = new Set([
  'all',
  'both',
  'four',
  'most',
  'three',
]);
