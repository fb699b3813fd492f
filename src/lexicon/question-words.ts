/**
 * Words that open a reported question: "asked whether", "asked the mayor how".
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  'if',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'who',
  'whom',
  'why',
]);
