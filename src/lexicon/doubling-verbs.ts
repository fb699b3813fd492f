/**
 * Verbs that double their last consonant before -ed and -ing: admit → admitted, quip → quipping.
 */
export const DOUBLING_VERBS: ReadonlySet<string> = new Set([
  'admit',
  'beg',
  'chat',
  'commit',
  'hit',
  'jab',
  'nag',
  'pan',
  'plan',
  'prod',
  'put',
  'quip',
  'rebut',
  'regret',
  'rip',
  'snap',
  'sob',
  'swap',
  'zap',
]);
