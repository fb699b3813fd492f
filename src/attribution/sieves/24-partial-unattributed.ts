import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** A few quoted words in a sentence no one in it speaks: a scare quote, a term. */
export const partialUnattributed: Sieve = {
  name: 'partial-unattributed',
  reason: 'not-speech',
  confidence: 0.55,
  apply: ({ quote, first, sentenceStart }) =>
    quote.kind === 'partial' && first > sentenceStart ? NO_SPEAKER : null,
};
