import { subjectOf } from '../../grammar/subjects.js';
import { inflections } from '../../grammar/cue-forms.js';
import { COMMISSIVE_VERBS } from '../../lexicon/commissive-verbs.js';
import { clauseEnd, infinitiveAt, verbCue } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/** Every written form of the commitment verbs, read before the (slower) lemma. */
const FORMS: ReadonlySet<string> = new Set([...COMMISSIVE_VERBS].flatMap(inflections));

/** "She promised to rebuild the pier", "he vowed not to resign": a commitment and its infinitive. */
export const commitment: ReportSieve = {
  name: 'commitment',
  reason: 'cue-before',
  confidence: 0.75,
  apply(rc, at, [, last]) {
    const { tokens, quoteOf } = rc.ctx;
    if (quoteOf[at]! >= 0 || !FORMS.has(tokens[at]!.lower)) return null;
    const cue = verbCue(tokens, at, at);
    const to = infinitiveAt(tokens, at + 1);
    if (!cue || to < 0) return null;
    const mention = subjectOf(rc.ctx, cue);
    if (!mention) return null;
    return { clause: [to, clauseEnd(rc, to, last)], cue: cue.range, mention };
  },
};
