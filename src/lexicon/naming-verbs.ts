/**
 * Written forms of verbs that name a thing: "a super PAC called “Stop Trump”" names, it says nothing.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called',
  'dubbed',
  'labeled',
  'labelled',
  'named',
  'termed',
  'titled',
]);
