import { partialSubject } from '../partial-subject.js';
import { isPronoun } from '../reports.js';
import type { Sieve } from '../sieve.js';

/** A few quoted words given to the sentence's subject: `Osei is promising “jobs, jobs, jobs”`. */
export const partialSubjectSieve: Sieve = {
  name: 'partial-subject',
  reason: 'clause-subject',
  // measured on polnear-train: 55.0% of 202 right
  confidence: 0.55,
  apply: (site) => {
    const subject = partialSubject(site);
    return subject && !isPronoun(site.ctx, subject) ? { mention: subject, cue: null } : null;
  },
};
