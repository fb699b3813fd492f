import type { Sieve } from '../sieve.js';

/** "Osei's claim that the pier is “safe”", no cue in the sentence: the owner of the words. */
export const ownerOfWordsSieve: Sieve = {
  name: 'owner-of-words',
  reason: 'clause-subject',
  judged: 'rare',
  confidence: 0.6,
  apply: ({ owner }) => owner && { mention: owner, cue: null },
};
