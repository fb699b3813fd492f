/**
 * Words between a subject and its verb: "Smith also said", "she has long argued".
 */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set([
  'again',
  'also',
  'finally',
  'first',
  'flatly',
  'further',
  'later',
  'long',
  'often',
  'once',
  'previously',
  'privately',
  'publicly',
  'recently',
  'repeatedly',
  'reportedly',
  'simply',
  'then',
]);
