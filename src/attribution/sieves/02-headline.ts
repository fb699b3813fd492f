import { NO_SPEAKER, type Sieve } from '../sieve.js';

/** A quotation in the headline, where the reporting verb is usually left out. */
export const headline: Sieve = {
  name: 'headline',
  reason: 'headline',
  confidence: 1,
  apply: ({ paragraph }) => (paragraph.kind === 'headline' ? NO_SPEAKER : null),
};
