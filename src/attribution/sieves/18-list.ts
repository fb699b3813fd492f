import { inList } from '../../grammar/find-cue.js';
import type { Sieve } from '../sieve.js';

/**
 * "called her “Miss Piggy” and “Miss Housekeeping”": quotations joined by "and", "or" or a comma
 * are one list of words, from one source; an item with no cue of its own takes the previous
 * item's attribution and reason.
 */
export const list: Sieve = {
  name: 'list',
  reason: 'repeated',
  // measured on polnear-train: 66.7% of 24 right
  confidence: 0.67,
  apply: ({ ctx, index }, earlier) => {
    if (!inList(ctx, index)) return null;
    const previous = earlier[index - 1]!;
    return {
      mention: previous.mention,
      cue: previous.cue,
      sameAs: previous.sameAs ?? index - 1,
      repeats: previous,
    };
  },
};
