import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A reporting verb right after the quotation: `“…,” said Mayor Vasquez`, `“…,” she added`. */
export const cueAfter: Sieve = {
  name: 'cue-after',
  reason: 'cue-after',
  // measured on polnear-train: 96.0% of 3276 right
  confidence: 0.96,
  apply: ({ ctx, cueAfter, cueAfterAdjacent }) =>
    cueAfterAdjacent && cueAfter?.strength === 'strong' && !cueAfter.accordingTo
      ? speakerAt(ctx, cueAfter)
      : null,
};
