/**
 * Verbs that report speech only with a particle or object after them: "pointed to", "pointed out".
 */
export const VERB_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  chime: ['in'],
  go: ['on'], // "she went on: “…”"
  hit: ['back', 'out'], // "hit back at", "hit out at"
  lash: ['out'],
  pipe: ['up'],
  point: ['to', 'out'], // "pointed out", "pointed to"
  push: ['back'],
  put: ['it'], // "as the memo put it"
  shoot: ['back'], // "Trump shot back"
  sign: ['off'], // "she signed off: “…”"
  take: ['aim', 'issue'], // "took aim at", "took issue with"
};
