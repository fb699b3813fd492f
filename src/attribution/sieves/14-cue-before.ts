import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A reporting verb earlier in the sentence: `Pompeo declared that Beijing had committed “genocide”`. */
export const cueBefore: Sieve = {
  name: 'cue-before',
  reason: 'cue-before',
  confidence: 0.87,
  penalise: true,
  apply: ({ ctx, cueBefore, introduced }) =>
    !introduced && cueBefore?.strength === 'strong' && !cueBefore.accordingTo
      ? speakerAt(ctx, cueBefore)
      : null,
};
