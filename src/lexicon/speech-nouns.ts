/**
 * Nouns for words someone said or wrote, singular and plural: "Trump's claim that", "his warning
 * that". Before a quotation they name whose words it is; before "that", a reported statement.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  [
    'accusation',
    'admission',
    'answer',
    'argument',
    'assertion',
    'claim',
    'comment',
    'complaint',
    'declaration',
    'description',
    'message',
    'missive',
    'plea',
    'pledge',
    'prediction',
    'promise',
    'refrain',
    'remark',
    'response',
    'speech',
    'statement',
    'suggestion',
    'tweet',
    'vow',
    'warning',
    'word',
  ].flatMap((w) => [w, `${w}s`]),
);
