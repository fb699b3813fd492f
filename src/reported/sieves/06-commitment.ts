import { inflections } from '../../grammar/cue-forms.js';
import { COMMISSIVE_VERBS } from '../../lexicon/commissive-verbs.js';
import { infinitiveAt, verbCue } from '../clause-bounds.js';
import { reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/** Every written form of the commitment verbs, read before the (slower) lemma. */
const FORMS: ReadonlySet<string> = new Set([...COMMISSIVE_VERBS].flatMap(inflections));

/** "She promised to rebuild the pier", "he vowed not to resign": a commitment and its infinitive. */
export const commitment: ReportSieve = {
  name: 'commitment',
  reason: 'cue-before',
  confidence: 0.69,
  withoutCue: FORMS,
  apply(site) {
    const { ctx, tokens, at } = site;
    if (ctx.quoteOf[at]! >= 0 || !FORMS.has(tokens[at]!.lower)) return null;
    const cue = verbCue(tokens, at, at);
    const to = infinitiveAt(tokens, at + 1);
    if (!cue || to < 0) return null;
    return reportFrom(site, to, cue);
  },
};
