import { partialSubject } from '../partial-subject.js';
import { isPronoun } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A few quoted words given to the sentence's subject, a pronoun: `She is promising “jobs”`. */
export const partialPronounSubject: Sieve = {
  name: 'partial-pronoun-subject',
  reason: 'clause-subject',
  // measured on polnear-train: 63.8% of 80 right
  confidence: 0.64,
  apply: (site) => {
    const subject = partialSubject(site);
    return subject && isPronoun(site.ctx, subject) ? { mention: subject, cue: null } : null;
  },
};
