import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** A few quoted words in a sentence no one in it speaks: a scare quote, a term. */
export const partialUnattributed: Sieve = {
  name: 'partial-unattributed',
  reason: 'not-speech',
  // judged, not measured: the rule names no speaker, and the scorer judges speakers
  confidence: 0.6,
  apply: ({ quote, first, sentenceStart }) =>
    quote.kind === 'partial' && first > sentenceStart ? NO_SPEAKER : null,
};
