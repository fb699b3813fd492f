import type { Sieve } from '../sieve.js';

/**
 * "The board rejected Osei's claim that the pier is “safe”": the owner of the words, named
 * after a weak cue, says them (not the subject of the weak cue).
 */
export const ownerOverWeakCue: Sieve = {
  name: 'owner-over-weak-cue',
  reason: 'clause-subject',
  judged: 'rare',
  confidence: 0.6,
  apply: ({ cueBefore, owner }) => (cueBefore && owner ? { mention: owner, cue: null } : null),
};
