/**
 * Conjunctions that open a clause of time (all of them subordinators): "Cruz said as the heckler
 * yelled" is no report in a report.
 */
export const TIME_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'after',
  'as',
  'before',
  'until',
  'when',
  'while',
]);
