import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** A quotation no token of the text falls in (marks with nothing the tokenizer kept): no speech. */
export const noWords: Sieve = {
  name: 'no-words',
  reason: 'not-speech',
  judged: 'rare',
  confidence: 0.5,
  apply: ({ first }) => (first < 0 ? NO_SPEAKER : null),
};
