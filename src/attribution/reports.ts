import { canSpeak } from '../mentions/describe-mention.js';
import { phraseEndingAt, type TokenRange } from '../mentions/noun-phrase.js';
import { pronounOf } from '../mentions/pronouns.js';
import { DASHES } from '../lexicon/dashes.js';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns.js';
import { PASSIVE_AUXILIARIES } from '../lexicon/passive-auxiliaries.js';
import { SPEECH_NOUNS } from '../lexicon/speech-nouns.js';
import { SUBORDINATORS } from '../lexicon/subordinators.js';
import { TIME_CONJUNCTIONS } from '../lexicon/time-conjunctions.js';
import { cueSpan, speakingCue } from '../grammar/find-cue.js';
import { nearestSubject, relativeAntecedent, subjectOf } from '../grammar/subjects.js';
import { opensClause } from '../grammar/cue-at.js';
import type { Cue } from '../grammar/cue-at.js';
import type { Finding } from './sieve.js';
import type { TokenContext } from '../document/token-context.js';

/**
 * The speaker a cue names: its subject, or the issuer of a document that is its subject.
 *
 * @returns the mention and the cue as shown, or null when the cue has no subject in reach
 */
export function speakerAt(ctx: TokenContext, cue: Cue): Finding | null {
  const mention = mentionAt(ctx, cue);
  return mention && { mention, cue: cueSpan(ctx, cue) };
}

/** The cue's subject, or the issuer of the document that is its subject. */
export function mentionAt(ctx: TokenContext, cue: Cue): TokenRange | null {
  const subject = subjectOf(ctx, cue);
  return subject && (issuerOf(ctx, subject) ?? subject);
}

/**
 * A report inside another's report is the outer speaker's: "Trump said Clinton called it “…”",
 * "Obama said Americans will say “no”" (no clause break between the two), and "Ryan said, after
 * the vote, that the protests demand “more listening”" (a thing does not speak). A fronted
 * subordinate clause frames nothing: "When Clinton noted that …, Trump boasted, “…”".
 *
 * @returns the outer reporting cue and its subject, or null when the inner one stands
 */
export function outerReport(
  ctx: TokenContext,
  cue: Cue,
  mention: TokenRange,
  headStart: number,
): { cue: Cue; mention: TokenRange } | null {
  const { tokens } = ctx;
  const inner = Math.min(mention[0], cue.range[0]) - 1;
  const speaks = (m: TokenRange): boolean => canSpeak(tokens, antecedentOf(ctx, m), true);
  // (a cue whose subject cannot speak is passed over: "said in her opening remarks that …")
  const outer = speakingCue(ctx, inner, headStart, -1, speaks);
  if (!outer) return null;
  const opener = outer.mention[0] - 1;
  const fronted =
    opensClause(tokens[opener]?.lower ?? '') &&
    (opener === headStart || tokens[opener - 1]!.value === ',');
  return !fronted && (!clauseBreak(ctx, outer.cue.range[1] + 1, inner) || !speaks(mention))
    ? outer
    : null;
}

/**
 * A comma, semicolon, dash, quotation, "and"/"but" or a word opening a clause of time between
 * tokens `from` and `to`: the two are not one clause ("a woman asked for a photo and Clinton
 * said", "Cruz said as the heckler yelled": neither is a report in a report).
 */
function clauseBreak(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = pastFrontedClause(ctx, from, to); k <= to; k++) {
    const word = ctx.tokens[k]!.lower;
    // (a hyphen with spaces around it stands for a dash)
    if (/^(?:[,;:-]|and|but)$/.test(word) || DASHES.has(word) || TIME_CONJUNCTIONS.has(word))
      return true;
    if (ctx.quoteOf[k]! >= 0) return true;
  }
  return false;
}

/**
 * Where the reported clause's own words start after a reporting cue ending before token `from`: past
 * "that" and a clause it opens with, up to that clause's comma ("said that if the wall fails, she
 * would ask …", "said, if elected, she would ask …"); `from` when there is none.
 */
function pastFrontedClause(ctx: TokenContext, from: number, to: number): number {
  const { tokens } = ctx;
  let k = from;
  if (tokens[k]?.lower === 'that') k++;
  if (tokens[k]?.value === ',') k++;
  // (only after "that" or a comma: "described as miserable" opens no clause)
  if (k === from || !SUBORDINATORS.has(tokens[k]?.lower ?? '')) return from;
  let comma = -1;
  for (let j = k + 1; j <= to; j++) {
    if (ctx.quoteOf[j]! >= 0 || /^[;:]$/.test(tokens[j]!.value)) return from;
    if (tokens[j]!.value === ',') comma = j;
  }
  // (the fronted clause ends right before the inner clause's subject)
  return comma === to ? to + 1 : from;
}

/**
 * "He released a letter that says he has “good health”": a document's words are its issuer's,
 * the subject of the clause the document stands in. Not "the report, which notes": a document set
 * apart by a comma speaks for itself.
 */
function issuerOf(ctx: TokenContext, mention: TokenRange): TokenRange | null {
  const { tokens } = ctx;
  const doc = antecedentOf(ctx, mention);
  if (
    doc === mention ||
    tokens[doc[1] + 1]!.value === ',' ||
    !tokens.slice(doc[0], doc[1] + 1).some((t) => DOCUMENT_NOUNS.has(t.lower))
  )
    return null;
  const issuer = nearestSubject(ctx, doc[0], false);
  return issuer && canSpeak(tokens, issuer) ? issuer : null;
}

/** What a mention stands for in its clause: a relative pronoun's antecedent, or the mention itself. */
function antecedentOf(ctx: TokenContext, mention: TokenRange): TokenRange {
  return (mention[0] === mention[1] && relativeAntecedent(ctx.tokens, mention[0])) || mention;
}

/** A one-token mention that is a pronoun: "she", "they". */
export function isPronoun(ctx: TokenContext, mention: TokenRange): boolean {
  return mention[0] === mention[1] && ctx.tokens[mention[0]]!.pos === 'PRON';
}

/** "Harold Finch was told:" — a passive clause's subject heard the words, it did not say them. */
export function isPassive(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    if (ctx.tokens[k]!.pos === 'VERB') return PASSIVE_AUXILIARIES.has(ctx.tokens[k - 1]!.lower);
  }
  return false;
}

/** A speech noun stands at most this many tokens before the quotation it owns: "his claim that the …". */
const OWNER_REACH = 12;

/**
 * "Trump's claim that", "his earlier warning that": a possessor before a speech noun shortly
 * before the quotation, after token `from`.
 */
export function ownerOfWords(ctx: TokenContext, qa: number, from: number): TokenRange | null {
  const { tokens } = ctx;
  for (let k = qa - 1; k > from && qa - k < OWNER_REACH; k--) {
    if (ctx.quoteOf[k]! >= 0 || !SPEECH_NOUNS.has(tokens[k]!.lower)) continue;
    const d = /^(?:ADJ|ADV)$/.test(tokens[k - 1]!.pos) ? k - 2 : k - 1;
    if (pronounOf(tokens[d]?.lower ?? '') && tokens[d]!.pos === 'PRON') return [d, d];
    return /^['’]s$/.test(tokens[d]?.value ?? '') ? phraseEndingAt(tokens, d - 1, from) : null;
  }
  return null;
}
