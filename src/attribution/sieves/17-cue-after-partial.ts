import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A few quoted words whose sentence goes on past another clause to a cue: a guess. */
export const cueAfterPartial: Sieve = {
  name: 'cue-after-partial',
  reason: 'cue-after',
  confidence: 0.55,
  penalise: true,
  apply: ({ ctx, quote, cueAfter }) =>
    quote.kind === 'partial' && cueAfter && !cueAfter.accordingTo ? speakerAt(ctx, cueAfter) : null,
};
