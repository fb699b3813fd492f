import { canSpeak } from '../../mentions/describe-mention.js';
import { phraseStartingAt } from '../../mentions/noun-phrase.js';
import { DASHES } from '../../lexicon/dashes.js';
import type { Sieve } from '../sieve.js';

/** “…” ― Jane Doe: a name after a dash signs the quotation, as in vox pops. */
export const dash: Sieve = {
  name: 'dash',
  reason: 'dash',
  judged: 'rare',
  confidence: 0.6,
  apply: ({ ctx, last, sentenceEnd }) => {
    const { tokens } = ctx;
    const dash = tokens[last + 1]?.value ?? '';
    // (a hyphen with spaces around it stands for a dash)
    if (last + 2 > sentenceEnd || !(DASHES.has(dash) || dash === '-')) return null;
    const mention = phraseStartingAt(tokens, last + 2, sentenceEnd);
    return mention && canSpeak(tokens, mention, true)
      ? { mention, cue: [last + 1, last + 1] }
      : null;
  },
};
