import type { TokenRange } from '../mentions/noun-phrase.js';
import { TITLE_OPENERS } from '../lexicon/title-openers.js';
import { TITLE_SMALL_WORDS } from '../lexicon/title-small-words.js';
import { WORKS } from '../lexicon/works.js';
import type { DetectedQuote } from '../types.js';
import { isNickname } from '../grammar/find-cue.js';
import { sentenceAt, type TokenContext } from '../document/token-context.js';

/** A quoted title is this many words at the most: “The Steve Harvey Morning Show”. */
const TITLE_WORDS = 7;

/** Every word capitalised but the small ones inside: “Fire and Fury”, “State of the Union”. */
export function isTitleCase(text: string): boolean {
  const words = text.replace(/[,.;:!?]+$/, '').split(/\s+/);
  return words.every(
    (w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())),
  );
}

/**
 * A short quoted name in title case after "on", "in" or a work's noun, or before one, is a
 * title, not speech: on “Fox News Sunday,” the book “Fire and Fury”, the “Harbor Voices” radio
 * program.
 */
export function isTitle(ctx: TokenContext, q: DetectedQuote, qa: number, qb: number): boolean {
  const { tokens } = ctx;
  const words = q.text.replace(/[,.;:!?]+$/, '').split(/\s+/);
  // a title may close the writer's sentence (on CNN's “State of the Union.”) but is no sentence
  // itself, unless it stands alone as a subheading
  const [pa, pb] = ctx.paragraphTokens[q.paragraph]!;
  const alone = pa === qa && pb === qb;
  if (words.length > TITLE_WORDS || (q.kind === 'full' && /[.!?]["”’]?$/.test(q.text) && !alone))
    return false;
  if (!isTitleCase(q.text)) return false;
  const prev = tokens[qa - 1];
  if (isNickname(ctx, qa, qb)) return true;
  if (
    prev !== undefined &&
    (TITLE_OPENERS.has(prev.lower) || WORKS.has(prev.lower) || /^['’]s$/.test(prev.value))
  )
    return true;
  // "the broadcast of “Fox News Sunday”", "“The Steve Harvey Morning Show”": a work named around it
  if (prev?.lower === 'of' && WORKS.has(tokens[qa - 2]?.lower ?? '')) return true;
  if (WORKS.has(words.at(-1)!.toLowerCase())) return true;
  // a subheading: a paragraph that is nothing but a short quoted name ('All Bets Are Off.')
  if (alone) return true;
  // or a work named right after it: the “Harbor Voices” radio program
  if ([tokens[qb + 1], tokens[qb + 2]].some((t) => WORKS.has(t?.lower ?? ''))) return true;
  // or a name used as a modifier: the “Avatar” star, “Broad City” star Arturo Castro
  const opensSentence = sentenceAt(ctx, qa)[0] === qa;
  return (opensSentence || prev?.pos === 'DET') && tokens[qb + 1]?.pos === 'NOUN';
}

/** Each article's words as written, made when the article's first transcript label is read. */
const WORDS = new WeakMap<TokenContext, Set<string>>();

/** A transcript's speaker label is one to this many capitalised words: "SEN. JANE DOE:". */
const LABEL_WORDS = 3;

/**
 * "PENCE: Well, look, …": a transcript's speaker label, one to three capitalised words and a colon
 * at token `at`, naming someone the article names in ordinary case (so "UPDATE:" is no speaker).
 */
export function transcriptLabel(ctx: TokenContext, at: number): TokenRange | null {
  const { tokens } = ctx;
  for (
    let k = at;
    k < at + LABEL_WORDS && /^\p{Lu}[\p{Lu}.’'-]+$/u.test(tokens[k]?.value ?? '');
    k++
  ) {
    if (tokens[k + 1]?.value !== ':') continue;
    const word = tokens[k]!.value;
    let words = WORDS.get(ctx);
    if (!words) WORDS.set(ctx, (words = new Set(tokens.map((t) => t.value))));
    if (words.has(word[0] + word.slice(1).toLowerCase())) return [at, k];
  }
  return null;
}
