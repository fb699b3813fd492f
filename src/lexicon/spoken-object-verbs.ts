/**
 * Verbs of speaking and writing whose direct object is what was said, by dictionary form:
 * "criticized the plan", "denied the allegations", "announced his resignation", "cited the
 * cost". Verbs of believing and perceiving are not here (they are no speech act), nor verbs whose
 * object names the hearer ("told", "warned"), which the directive and clause rules read.
 */
export const SPOKEN_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'accuse',
  'acknowledge',
  'admit',
  'announce',
  'blame',
  'blast',
  'cite',
  'condemn',
  'confirm',
  'criticise',
  'criticize',
  'decry',
  'defend',
  'demand',
  'denounce',
  'deny',
  'describe',
  'dismiss',
  'explain',
  'mention',
  'note',
  'praise',
  'predict',
  'promise',
  'propose',
  'question',
  'reiterate',
  'reject',
  'repeat',
  'report',
  'say',
  'slam',
  'suggest',
  'tout',
  'tweet',
]);
