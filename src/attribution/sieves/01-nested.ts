import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** A quotation inside another quotation: its speaker is not the article's to tell. */
export const nested: Sieve = {
  name: 'nested',
  reason: 'nested',
  confidence: 0.13,
  apply: ({ quote }) => (quote.depth > 0 ? NO_SPEAKER : null),
};
