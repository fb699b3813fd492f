import { closingReport } from '../../grammar/find-cue.js';
import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/**
 * "according to X" in the sentence, or a report closing it after a comma: the outer source, who
 * reports any speaker's words, is the source of the sentence ("“…,” Sanders said, according to
 * CNN", "“…,” Sanders said, CNN reported").
 */
export const accordingTo: Sieve = {
  name: 'according-to',
  reason: 'according-to',
  // measured on polnear-train: 83.5% of 85 right
  confidence: 0.84,
  apply: ({ ctx, last, accordingTo }) => {
    const outer = accordingTo ?? (last >= 0 ? closingReport(ctx, last) : null);
    return outer && speakerAt(ctx, outer);
  },
};
