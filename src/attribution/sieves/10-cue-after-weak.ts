import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A verb that reports speech only near it, right after the quotation: `“…,” Osei scoffed`. */
export const cueAfterWeak: Sieve = {
  name: 'cue-after-weak',
  reason: 'cue-after',
  judged: 'rare',
  confidence: 0.85,
  apply: ({ ctx, cueAfter, cueAfterAdjacent }) =>
    cueAfterAdjacent && cueAfter?.strength === 'weak' ? speakerAt(ctx, cueAfter) : null,
};
