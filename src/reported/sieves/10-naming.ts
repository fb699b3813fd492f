import { NAMING_VERBS } from '../../lexicon/naming-verbs.js';
import { namesAThing, objectAt } from '../clause-bounds.js';
import { reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "Finch called the plan a disaster", "she labelled him “reckless”": a naming verb (a past form
 * of the naming verbs' table), its object
 * and what it calls it, an adjective, a noun phrase or quoted words. The clause holds the object
 * and the name. A thing named ("a fund called Harbor Trust") is not speech.
 */
export const naming: ReportSieve = {
  name: 'naming',
  reason: 'cue-before',
  confidence: 0.89,
  apply(site) {
    const { ctx, tokens, at, last, cue } = site;
    const { quoteOf } = ctx;
    if (!cue || cue.accordingTo || cue.agent || cue.participle) return null;
    if (!NAMING_VERBS.has(tokens[at]!.lower) || namesAThing(tokens, at)) return null;
    const from = cue.range[1] + 1;
    const first = tokens[from];
    if (!first || from >= last || quoteOf[from]! >= 0) return null;
    const object = objectAt(tokens, from, last);
    const name = object ? object[1] + 1 : -1;
    const called = tokens[name];
    if (!object || !called || name > last) return null;
    const names = quoteOf[name]! >= 0 || /^(?:DET|ADJ)$/.test(called.pos) || called.lower === 'for';
    if (!names || called.lower === 'for') return null;
    return reportFrom(site, from, cue);
  },
};
