import { BELIEF_VERBS } from '../../lexicon/belief-verbs.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/relative-pronouns.js';
import { commaEnd, isFiniteVerb, isSpeechCue } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "The changes, which officials said will start in May, …", "what she said is a growing demand",
 * "her vote, which she has said was a mistake": a relative pronoun is the reported clause's
 * subject, the speaker and cue stand between it and its verb. The clause is the predicate, to
 * the relative clause's end.
 */
export const relativePredicate: ReportSieve = {
  name: 'relative-predicate',
  reason: 'cue-before',
  confidence: 0.75,
  apply(site) {
    const { rc, tokens, first, last, cue } = site;
    if (!isSpeechCue(rc, cue, BELIEF_VERBS) || cue.participle) return null;
    let from = cue.range[1] + 1;
    while (from < last && tokens[from]!.pos === 'ADV') from++;
    if (from >= last || !isFiniteVerb(tokens, from)) return null;
    const mention = site.subject;
    if (!mention || mention[0] > site.at || mention[0] <= first) return null;
    const relative = tokens[mention[0] - 1]!.lower;
    if (!RELATIVE_PRONOUNS.has(relative) && relative !== 'what') return null;
    return { clause: [from, commaEnd(rc, from, last)], cue: cue.range, mention };
  },
};
