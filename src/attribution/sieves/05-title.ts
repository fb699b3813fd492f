import { inList } from '../../grammar/find-cue.js';
import { isMentionedTerm, isTitle, isTitleCase } from '../quoted-names.js';
import { NO_SPEAKER, type Sieve } from '../sieve.js';

/**
 * A quoted title or nickname, not speech: on “Harbor Voices”, the book “The Long Flood”, a name
 * in title case listed after one (starred in “Harbor Nights” and “Pier Pressure”), and a term
 * the writer's sentence talks about (“Top secret” is the highest level).
 */
export const title: Sieve = {
  name: 'title',
  reason: 'not-speech',
  confidence: 0.82,
  apply: ({ ctx, quote, index, first, last, cueAfter, accordingTo }, earlier) =>
    isTitle(ctx, quote, first, last) ||
    (!cueAfter && !accordingTo && isMentionedTerm(ctx, quote, first, last)) ||
    (earlier[index - 1]?.rule === 'title' && inList(ctx, index) && isTitleCase(quote.text))
      ? NO_SPEAKER
      : null,
};
