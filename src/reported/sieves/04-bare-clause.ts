import { bareClauseAfter } from '../clause-bounds.js';
import { afterSpeechCue } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "Blinken has said he agreed with the declaration", "Beijing claims these camps are …",
 * "saying issues such as … are of global concern": a verb of saying, then a clause with its
 * own subject and verb and no "that".
 */
export const bareClause: ReportSieve = {
  name: 'bare-clause',
  reason: 'cue-before',
  confidence: 0.83,
  apply: (site) => afterSpeechCue(site, bareClauseAfter),
};
