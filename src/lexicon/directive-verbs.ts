/**
 * Verbs by which a speaker tells someone to do something, reported as an object and a
 * "to"-infinitive: "urged Congress to act", "told reporters not to expect a deal". Each maps to
 * the particle it needs before its object ("called on the council to", "pleaded with voters to"),
 * or to null when the object follows the verb. Dictionary forms.
 */
export const DIRECTIVE_VERBS: ReadonlyMap<string, string | null> = new Map([
  ['advise', null],
  ['appeal', 'to'],
  ['ask', null],
  ['beg', null],
  ['call', 'on'],
  ['challenge', null],
  ['encourage', null],
  ['implore', null],
  ['instruct', null],
  ['invite', null],
  ['order', null],
  ['plead', 'with'],
  ['press', null],
  ['remind', null],
  ['tell', null],
  ['urge', null],
  ['warn', null],
]);
