import { clauseEnd, clauseStart } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/**
 * How far past the source's name its phrase may run to the comma: "according to early results
 * of exit polls conducted for The Associated Press and television networks," is twelve.
 */
const SOURCE_REACH = 14;

/**
 * "According to officials, the road will reopen Monday", "The road will reopen Monday, according
 * to officials": the clause is the rest of the sentence, on whichever side of the cue.
 */
export const accordingTo: ReportSieve = {
  name: 'according-to',
  reason: 'according-to',
  confidence: 0.85,
  apply(site) {
    const { rc, tokens, at, first, last, cue } = site;
    if (!cue?.accordingTo) return null;
    const mention = site.subject;
    if (!mention) return null;
    const lead = clauseStart(rc, first, at) === at || at === first;
    if (lead) {
      // (the source's phrase ends at its comma: "According to the ministry's figures, …",
      // "According to early results of exit polls conducted for the networks, …")
      let k = mention[1] + 1;
      while (k <= last && k - mention[1] <= SOURCE_REACH && tokens[k]!.value !== ',') {
        if (tokens[k]!.pos === 'AUX' || rc.ctx.quoteOf[k]! >= 0) return null;
        k++;
      }
      if (tokens[k]?.value !== ',') return null;
      return { clause: [k + 1, clauseEnd(rc, k + 1, last)], cue: cue.range, mention };
    }
    const start = clauseStart(rc, first, at - 1);
    const before = tokens[at - 1]!.value === ',' ? at - 2 : at - 1;
    // "The pier, according to the agency, will close": the clause runs on past the source
    const after = mention[1] + 1;
    if (tokens[after]?.value === ',' && after < last - 1 && tokens[after + 1]!.pos === 'AUX')
      return { clause: [start, clauseEnd(rc, after + 1, last)], cue: cue.range, mention };
    return { clause: [start, before], cue: cue.range, mention };
  },
};
