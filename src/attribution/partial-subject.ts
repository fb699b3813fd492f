import { canSpeak } from '../mentions/describe-mention.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import { isTitleCase } from './quoted-names.js';
import { sentenceSubject } from '../grammar/subjects.js';
import type { Site } from './site.js';

/**
 * A few quoted words inside the writer's sentence with no cue: the sentence's subject, when it
 * is someone who can speak, has these words in their mouth ("Osei is promising “jobs, jobs,
 * jobs”"); a quoted name (a nickname, a title) is not speech.
 *
 * @returns the subject, or null when the quotation is not partial or no one speaks it
 */
export function partialSubject({ ctx, quote, first, sentenceStart }: Site): TokenRange | null {
  if (quote.kind !== 'partial' || first <= sentenceStart) return null;
  const { tokens } = ctx;
  const subject = sentenceSubject(ctx, sentenceStart, first - 1);
  return subject &&
    (!isTitleCase(quote.text) || tokens[first - 1]!.lower === 'as') &&
    canSpeak(tokens, subject)
    ? subject
    : null;
}
