import { inflections } from '../../grammar/cue-forms.js';
import { COMPLEMENT_CUES } from '../../lexicon/complement-cues.js';
import { verbCue } from '../clause-bounds.js';
import { reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/** Every written form of those verbs, read before the (slower) lemma. */
const FORMS: ReadonlySet<string> = new Set([...COMPLEMENT_CUES.keys()].flatMap(inflections));

/**
 * "Payne called for an independent inquiry", "she pointed to the cost of the wall": a verb and
 * particle whose object is what was said.
 */
export const callFor: ReportSieve = {
  name: 'call-for',
  reason: 'cue-before',
  confidence: 0.76,
  withoutCue: FORMS,
  apply(site) {
    const { ctx, tokens, at, last } = site;
    if (ctx.quoteOf[at]! >= 0 || !FORMS.has(tokens[at]!.lower)) return null;
    const particle = COMPLEMENT_CUES.get(tokens[at]!.lemma);
    if (particle === undefined || tokens[at + 1]?.lower !== particle || at + 2 > last) return null;
    const cue = verbCue(tokens, at, at + 1);
    if (!cue) return null;
    return reportFrom(site, at + 2, cue);
  },
};
