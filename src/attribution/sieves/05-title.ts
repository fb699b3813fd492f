import { isTitle } from '../quoted-names.js';
import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** A quoted title or nickname, not speech: on “Harbor Voices”, the book “The Long Flood”. */
export const title: Sieve = {
  name: 'title',
  reason: 'not-speech',
  judged: 'no-speaker',
  confidence: 0.8,
  apply: ({ ctx, quote, first, last }) => (isTitle(ctx, quote, first, last) ? NO_SPEAKER : null),
};
