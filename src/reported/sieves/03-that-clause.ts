import { BELIEF_VERBS } from '../../lexicon/belief-verbs.js';
import { HEARER_VERBS } from '../../lexicon/hearer-verbs.js';
import { isSpeechCue, thatAfter } from '../clause-bounds.js';
import { reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "She said that the two sides will talk", "told reporters that", "denied in a statement that":
 * a verb of saying, then "that" opening the clause, which the report includes.
 */
export const thatClause: ReportSieve = {
  name: 'that-clause',
  reason: 'cue-before',
  confidence: 0.85,
  apply(site) {
    const { rc, tokens, at, last, cue } = site;
    if (!isSpeechCue(rc, cue, BELIEF_VERBS)) return null;
    const hearer = HEARER_VERBS.has(tokens[at]!.lemma);
    const that = thatAfter(rc, cue.range[1] + 1, last, hearer);
    if (that < 0 || that >= last) return null;
    return reportFrom(site, that, cue);
  },
};
