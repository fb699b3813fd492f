/**
 * Forms of "be" before a participle make it passive: "was told", "is said".
 */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  "'s",
  'are',
  'be',
  'been',
  'being',
  'is',
  'was',
  'were',
  '’s',
]);
