import { thatAfter } from '../clause-bounds.js';
import { afterSpeechCue } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "She said that the two sides will talk", "told reporters that", "denied in a statement that":
 * a verb of saying, then "that" opening the clause, which the report includes.
 */
export const thatClause: ReportSieve = {
  name: 'that-clause',
  reason: 'cue-before',
  confidence: 0.84,
  apply: (site) => afterSpeechCue(site, thatAfter),
};
