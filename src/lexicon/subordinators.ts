/**
 * Conjunctions that open a subordinate clause: "“…,” when Clinton blasted him" is not Clinton's;
 * never part of a speaker's name ("When Trump announced …").
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'although',
  'as',
  'because',
  'before',
  'if',
  'once',
  'since',
  'though',
  'unless',
  'until',
  'when',
  'whether',
  'while',
]);
