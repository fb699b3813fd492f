import { describeMention } from '../../mentions/describe-mention.js';
import { sentenceSubject } from '../../grammar/subjects.js';
import type { Sieve } from '../sieve.js';

/**
 * "Sen. Jane Doe identified exhaustion as a reason. “Young people are sick of it.”": a quotation
 * that opens its sentence, after a sentence of the same paragraph about a named person, is theirs.
 */
export const previousSubject: Sieve = {
  name: 'previous-subject',
  reason: 'sentence-nearby',
  judged: 'rare',
  confidence: 0.5,
  apply: ({ ctx, first, paragraphStart, sentenceStart }) => {
    const before = ctx.sentences[ctx.sentenceOf[first]! - 1];
    if (!before || before[0] < paragraphStart || sentenceStart !== first) return null;
    const subject = sentenceSubject(ctx, before[0], before[1]);
    return subject && describeMention(ctx.tokens, subject).kind === 'person'
      ? { mention: subject, cue: null }
      : null;
  },
};
