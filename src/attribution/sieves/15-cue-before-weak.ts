import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A verb that reports speech only in its own sentence: `Osei called it a “disgrace”`. */
export const cueBeforeWeak: Sieve = {
  name: 'cue-before-weak',
  reason: 'cue-before',
  confidence: 0.75,
  penalise: true,
  apply: ({ ctx, cueBefore }) =>
    cueBefore?.strength === 'weak' ? speakerAt(ctx, cueBefore) : null,
};
