import { clauseStart } from '../clause-bounds.js';
import { reportBefore, reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/**
 * How far past the source's name its phrase may run to the comma: "according to early results
 * of exit polls conducted for The Associated Press and television networks," is twelve.
 */
const SOURCE_REACH = 14;

/**
 * "According to officials, the road will reopen Monday", "The road will reopen Monday, according
 * to officials", "The pier, according to the agency, will close": the clause is the rest of the
 * sentence, on whichever side of the cue, or around it.
 */
export const accordingTo: ReportSieve = {
  name: 'according-to',
  reason: 'according-to',
  confidence: 0.88,
  apply(site) {
    const { rc, tokens, at, first, last, cue } = site;
    if (!cue?.accordingTo) return null;
    const mention = site.subject;
    if (!mention) return null;
    if (clauseStart(rc, first, at) === at || at === first) {
      // (the source's phrase ends at its comma: "According to the ministry's figures, …",
      // "According to early results of exit polls conducted for the networks, …")
      let k = mention[1] + 1;
      while (k <= last && k - mention[1] <= SOURCE_REACH && tokens[k]!.value !== ',') {
        if (tokens[k]!.pos === 'AUX' || rc.ctx.quoteOf[k]! >= 0) return null;
        k++;
      }
      return tokens[k]?.value === ',' ? reportFrom(site, k + 1, cue) : null;
    }
    const start = clauseStart(rc, first, at - 1);
    const before = tokens[at - 1]!.value === ',' ? at - 2 : at - 1;
    // "The pier, according to the agency, will close": the clause runs on past the source
    const after = mention[1] + 1;
    const goesOn =
      tokens[after]?.value === ',' && after < last - 1 && tokens[after + 1]!.pos === 'AUX';
    return reportBefore(site, start, before, goesOn ? after + 1 : null);
  },
};
