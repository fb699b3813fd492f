/**
 * Object pronouns a naming verb may take as its object: "called it “predatory”", "labelled him
 * reckless".
 */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'her',
  'him',
  'it',
  'me',
  'them',
  'this',
  'us',
  'you',
]);
