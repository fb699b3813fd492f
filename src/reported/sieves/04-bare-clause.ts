import { BELIEF_VERBS } from '../../lexicon/belief-verbs.js';
import { HEARER_VERBS } from '../../lexicon/hearer-verbs.js';
import { bareClauseAfter, isSpeechCue } from '../clause-bounds.js';
import { reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "Blinken has said he agreed with the declaration", "Beijing claims these camps are …",
 * "saying issues such as … are of global concern": a verb of saying, then a clause with its
 * own subject and verb and no "that".
 */
export const bareClause: ReportSieve = {
  name: 'bare-clause',
  reason: 'cue-before',
  confidence: 0.8,
  apply(site) {
    const { rc, tokens, at, last, cue } = site;
    if (!isSpeechCue(rc, cue, BELIEF_VERBS)) return null;
    const hearer = HEARER_VERBS.has(tokens[at]!.lemma);
    const start = bareClauseAfter(rc, cue.range[1] + 1, last, hearer);
    if (start < 0) return null;
    return reportFrom(site, start, cue);
  },
};
