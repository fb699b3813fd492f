import { phraseEndingAt } from '../../mentions/noun-phrase.js';
import { isPossessive } from '../../mentions/pronouns.js';
import { SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import { clauseEnd } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/**
 * "The ministry's statement that the talks had failed", "his warning that": a noun for words
 * said, its owner before it, and "that" opening what was said.
 */
export const speechNoun: ReportSieve = {
  name: 'speech-noun',
  reason: 'speech-noun',
  confidence: 0.29,
  withoutCue: SPEECH_NOUNS,
  apply({ rc, ctx: { quoteOf }, tokens, at, first, last }) {
    const noun = tokens[at]!;
    if (quoteOf[at]! >= 0 || !SPEECH_NOUNS.has(noun.lower) || noun.pos !== 'NOUN') return null;
    if (tokens[at + 1]?.lower !== 'that' || at + 2 > last) return null;
    // "his earlier warning": an adjective may stand between owner and noun
    const d = tokens[at - 1]?.pos === 'ADJ' ? at - 2 : at - 1;
    const owner = tokens[d];
    if (!owner) return null;
    let mention: readonly [number, number] | null = null;
    if (isPossessive(owner.lower) && owner.lower !== 'its') mention = [d, d];
    else if (/^['’]s?$/.test(owner.value)) mention = phraseEndingAt(tokens, d - 1, first);
    if (!mention) return null;
    return { clause: [at + 1, clauseEnd(rc, at + 1, last)], cue: [at, at], mention };
  },
};
