/**
 * Words that open the writer's own clause after a comma: "she said the talks would go on, though
 * she did not elaborate".
 */
export const WRITERS_CLAUSE: ReadonlySet<string> = new Set([
  'although',
  'but',
  'though',
  'whereas',
  'while',
]);
