import { continuedParagraph } from '../continued-paragraph.js';
import type { Sieve } from '../sieve.js';

/**
 * A paragraph of quotation alone: the speaker of the previous paragraph's last attributed
 * quotation goes on speaking.
 */
export const continuation: Sieve = {
  name: 'continuation',
  reason: 'continuation',
  // measured on polnear-train: 54.4% of 79 right
  confidence: 0.54,
  apply: (site, earlier) => {
    const p = continuedParagraph(site);
    if (p === null) return null;
    const { quotes, index } = site;
    for (let k = index - 1; k >= 0; k--) {
      const other = quotes[k]!;
      if (other.paragraphs.at(-1)! < p) break;
      if (other.depth > 0 || !other.paragraphs.includes(p)) continue;
      const a = earlier[k]!;
      if (a.mention || a.sameAs !== null)
        return { mention: a.mention, cue: null, sameAs: a.sameAs ?? k };
    }
    return null;
  },
};
