import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A reporting verb before the quotation, which a colon, comma or "that" opens: `He added: “…”`. */
export const cueBeforeIntroduced: Sieve = {
  name: 'cue-before-introduced',
  reason: 'cue-before',
  // measured on polnear-train: 91.5% of 780 right
  confidence: 0.92,
  apply: ({ ctx, cueBefore, introduced }) =>
    introduced && cueBefore?.strength === 'strong' && !cueBefore.accordingTo
      ? speakerAt(ctx, cueBefore)
      : null,
};
