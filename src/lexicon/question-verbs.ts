/**
 * Verbs that report a question, with the question after them: "asked whether the wall would
 * hold", "wondered how the council would pay". Dictionary forms.
 */
export const QUESTION_VERBS: ReadonlySet<string> = new Set([
  'ask',
  'inquire',
  'question',
  'wonder',
]);
