/**
 * Verbs by which a speaker commits to doing something, reported with a "to"-infinitive: "she
 * promised to rebuild the pier", "he vowed not to resign". Dictionary forms.
 */
export const COMMISSIVE_VERBS: ReadonlySet<string> = new Set([
  'offer',
  'pledge',
  'promise',
  'swear',
  'threaten',
  'vow',
]);
