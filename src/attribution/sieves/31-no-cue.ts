import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** Quoted words no rule found a speaker for: a title, a nickname, a scare quote. */
export const noCue: Sieve = {
  name: 'no-cue',
  reason: 'not-speech',
  confidence: 0.44,
  apply: () => NO_SPEAKER,
};
