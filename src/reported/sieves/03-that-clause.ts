import { subjectOf } from '../../grammar/subjects.js';
import { BELIEF_VERBS } from '../../lexicon/belief-verbs.js';
import { HEARER_VERBS } from '../../lexicon/hearer-verbs.js';
import { clauseEnd, isSpeechCue, thatAfter } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "She said that the two sides will talk", "told reporters that", "denied in a statement that":
 * a verb of saying, then "that" opening the clause, which the report includes.
 */
export const thatClause: ReportSieve = {
  name: 'that-clause',
  reason: 'cue-before',
  confidence: 0.85,
  apply(rc, at, [, last]) {
    const cue = rc.cue(at);
    if (!isSpeechCue(rc, cue, BELIEF_VERBS)) return null;
    const hearer = HEARER_VERBS.has(rc.ctx.tokens[at]!.lemma);
    const that = thatAfter(rc, cue.range[1] + 1, last, hearer);
    if (that < 0 || that >= last) return null;
    const mention = subjectOf(rc.ctx, cue);
    if (!mention) return null;
    return { clause: [that, clauseEnd(rc, that, last)], cue: cue.range, mention };
  },
};
