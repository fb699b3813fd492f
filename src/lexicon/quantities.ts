/**
 * Words for how many: "one of the officials", "some residents", "both senators"; never a name.
 */
export const QUANTITIES: ReadonlySet<string> = new Set([
  'all',
  'both',
  'four',
  'many',
  'most',
  'one',
  'several',
  'some',
  'three',
  'two',
]);
