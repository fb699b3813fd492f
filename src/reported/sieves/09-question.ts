import { QUESTION_VERBS } from '../../lexicon/question-verbs.js';
import { QUESTION_WORDS } from '../../lexicon/question-words.js';
import { reportFrom } from '../site.js';
import type { ReportSieve } from '../sieve.js';

/** How far past the cue the question word may stand, past whoever was asked: "asked the mayor on Monday how". */
const QUESTION_REACH = 8;

/**
 * "Dana Reyes asked whether the wall would hold", "Hannity asked Trump how high the wall would
 * be": a verb of asking and the question it reports, from its question word.
 */
export const question: ReportSieve = {
  name: 'question',
  reason: 'cue-before',
  confidence: 0.83,
  apply(site) {
    const { ctx, tokens, at, last, cue } = site;
    if (!cue || cue.accordingTo || cue.agent || !QUESTION_VERBS.has(tokens[at]!.lemma)) return null;
    for (let k = cue.range[1] + 1; k < last && k - at <= QUESTION_REACH; k++) {
      const t = tokens[k]!;
      if (ctx.quoteOf[k]! >= 0 || t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX')
        return null;
      if (!QUESTION_WORDS.has(t.lower)) continue;
      return reportFrom(site, k, cue);
    }
    return null;
  },
};
