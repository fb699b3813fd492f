import type { Sieve } from '../sieve.js';

/** An earlier quotation this many quotations back at the most may be the one this one goes on from. */
const QUOTES_BACK = 4;

/**
 * A full quotation with no cue in its sentence, after an attributed one in the same paragraph:
 * "“They are not terminable at will,” Lieberman told the Journal, after de Blasio stated an
 * interest in ending them. “These contracts are binding.”" goes on with Lieberman.
 */
export const sameParagraph: Sieve = {
  name: 'same-paragraph',
  reason: 'sentence-nearby',
  // measured on polnear-train: 94.7% of 1524 right
  confidence: 0.95,
  apply: ({ quotes, index }, earlier) => {
    const paragraph = quotes[index]!.paragraph;
    for (let k = index - 1; k >= 0 && index - k <= QUOTES_BACK; k--) {
      const other = quotes[k]!;
      if (other.paragraphs.at(-1) !== paragraph) return null;
      const a = earlier[k]!;
      if (
        other.depth === 0 &&
        (a.mention !== null || a.sameAs !== null) &&
        a.reason !== 'clause-subject'
      )
        return { mention: a.mention, cue: a.cue, sameAs: a.sameAs ?? k };
    }
    return null;
  },
};
