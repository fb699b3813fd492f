/**
 * Irregular verbs: their past and participle forms, which replace the regular "-ed".
 */
export const IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = {
  cast: ['cast'],
  feel: ['felt'],
  go: ['went', 'gone'],
  hit: ['hit'],
  put: ['put'],
  read: ['read'],
  say: ['said'],
  shoot: ['shot'],
  sing: ['sang', 'sung'],
  take: ['took', 'taken'],
  tell: ['told'],
  think: ['thought'],
  write: ['wrote', 'written'],
};
