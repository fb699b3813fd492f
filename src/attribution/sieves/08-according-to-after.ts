import { speakerAt } from '../reports.js';
import type { Sieve } from '../sieve.js';

/**
 * "“…,” according to X" right after the quotation, when an "according to" before it named no
 * one.
 */
export const accordingToAfter: Sieve = {
  name: 'according-to-after',
  reason: 'according-to',
  judged: 'rare',
  confidence: 0.95,
  apply: ({ ctx, cueAfter, cueAfterAdjacent }) =>
    cueAfterAdjacent && cueAfter?.accordingTo ? speakerAt(ctx, cueAfter) : null,
};
