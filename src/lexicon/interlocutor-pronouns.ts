/**
 * Pronouns of the one speaking and the one spoken to: quoted words holding one are speech, not a
 * term the writer talks about ("“We tried” is what she said" is hers).
 */
export const INTERLOCUTOR_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'me',
  'mine',
  'my',
  'our',
  'ours',
  'us',
  'we',
  'you',
  'your',
  'yours',
]);
