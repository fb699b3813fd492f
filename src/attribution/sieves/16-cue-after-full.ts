import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A full quotation whose sentence goes on past another clause to its cue: right, mostly. */
export const cueAfterFull: Sieve = {
  name: 'cue-after-full',
  reason: 'cue-after',
  // measured on polnear-train: 78.4% of 37 right
  confidence: 0.78,
  apply: ({ ctx, quote, cueAfter }) =>
    quote.kind === 'full' && cueAfter && !cueAfter.accordingTo ? speakerAt(ctx, cueAfter) : null,
};
