import { continuedParagraph } from '../continued-paragraph.js';
import { speakingCue } from '../../grammar/find-cue.js';
import type { Sieve } from '../sieve.js';

/**
 * A paragraph of quotation alone after one with no attributed quotation: the subject of that
 * paragraph's last reporting clause ("Smith said the plan would fail.").
 */
export const continuationClause: Sieve = {
  name: 'continuation-clause',
  reason: 'continuation',
  judged: 'rare',
  confidence: 0.5,
  apply: (site) => {
    const p = continuedParagraph(site);
    if (p === null) return null;
    const [pa, pb] = site.ctx.paragraphTokens[p]!;
    const mention = speakingCue(site.ctx, pb, pa, -1)?.mention;
    return mention ? { mention, cue: null } : null;
  },
};
