import { attributionTail, clauseStart, isFiniteVerb, opensClause } from '../clause-bounds.js';
import { reportBefore } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "The road will reopen Monday, police said", "… that the Biden administration shouldn't cross,
 * warned Yang", "The plan, she said, will fail": a verb of saying after its clause, set off by a
 * comma; the clause runs from the sentence's start (past a connective) to the comma, or on past
 * the attribution when the sentence goes on with its verb.
 */
export const cueAfterClause: ReportSieve = {
  name: 'cue-after-clause',
  reason: 'cue-after',
  confidence: 0.84,
  apply(site) {
    const { rc, tokens, at, first, last, cue } = site;
    if (!cue || cue.strength !== 'strong' || cue.participle || cue.accordingTo || cue.agent)
      return null;
    const mention = site.subject;
    if (!mention) return null;
    let comma = Math.min(mention[0], at) - 1;
    if (tokens[comma]?.lower === 'as') comma--;
    if (tokens[comma]?.value !== ',' || comma - 1 < first) return null;
    const tail = attributionTail(rc, comma + 1, last);
    if (tail === null) return null;
    const start = clauseStart(rc, first, comma - 1);
    // "The plan, she said, will fail": the sentence goes on with the clause's verb; "At one
    // point, she said, she was close to quitting", "…, they say, but he is still …": with a
    // clause of its own, the statement runs on through it
    const next = tail + (/^(?:and|but)$/.test(tokens[tail + 1]?.lower ?? '') ? 2 : 1);
    const goesOn = isFiniteVerb(tokens, tail + 1) || opensClause(rc, next, last);
    const runsOn = tail <= last && goesOn && rc.cue(tail + 1) === null && rc.cue(next) === null;
    return reportBefore(site, start, comma - 1, runsOn ? tail + 1 : null);
  },
};
