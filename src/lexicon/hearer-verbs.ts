/**
 * Reporting verbs whose hearer comes between the verb and the reported clause: "told reporters
 * that", "assured voters the pier would reopen", "reminded the council that". Dictionary forms.
 */
export const HEARER_VERBS: ReadonlySet<string> = new Set([
  'advise',
  'assure',
  'inform',
  'promise',
  'reassure',
  'remind',
  'tell',
  'warn',
]);
