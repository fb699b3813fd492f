import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A few quoted words whose sentence goes on past another clause to a cue: a guess. */
export const cueAfterPartial: Sieve = {
  name: 'cue-after-partial',
  reason: 'cue-after',
  // measured on polnear-train: 41.9% of 86 right
  confidence: 0.42,
  apply: ({ ctx, quote, cueAfter }) =>
    quote.kind === 'partial' && cueAfter && !cueAfter.accordingTo ? speakerAt(ctx, cueAfter) : null,
};
