import { subjectOf } from '../../grammar/subjects.js';
import { BELIEF_VERBS } from '../../lexicon/belief-verbs.js';
import { HEARER_VERBS } from '../../lexicon/hearer-verbs.js';
import { bareClauseAfter, clauseEnd, isSpeechCue } from '../clause-bounds.js';
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
  apply(rc, at, [, last]) {
    const cue = rc.cue(at);
    if (!isSpeechCue(rc, cue, BELIEF_VERBS)) return null;
    const hearer = HEARER_VERBS.has(rc.ctx.tokens[at]!.lemma);
    const start = bareClauseAfter(rc, cue.range[1] + 1, last, hearer);
    if (start < 0) return null;
    const mention = subjectOf(rc.ctx, cue);
    if (!mention) return null;
    return { clause: [start, clauseEnd(rc, start, last)], cue: cue.range, mention };
  },
};
