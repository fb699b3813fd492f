import { DIRECTIVE_VERBS } from '../../lexicon/directive-verbs.js';
import { clauseEnd, infinitiveAfterObject } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "Lawmakers have called on the council to act", "urged Congress to", "warned Beijing not to":
 * a directive verb, its object and an infinitive; the clause holds the object and what it is told.
 */
export const objectInfinitive: ReportSieve = {
  name: 'object-infinitive',
  reason: 'cue-before',
  confidence: 0.72,
  apply(site) {
    const { rc, tokens, at, last, cue } = site;
    if (!cue || cue.accordingTo || cue.agent) return null;
    const verb = tokens[at]!;
    const particle = DIRECTIVE_VERBS.get(verb.lemma);
    if (particle === undefined) return null;
    let from = cue.range[1] + 1;
    if (particle !== null) {
      if (tokens[from]?.lower !== particle) return null;
      from++;
    }
    const to = infinitiveAfterObject(rc, from, last);
    if (to < 0) return null;
    const mention = site.subject;
    if (!mention) return null;
    return { clause: [from, clauseEnd(rc, to, last)], cue: [at, from - 1], mention };
  },
};
