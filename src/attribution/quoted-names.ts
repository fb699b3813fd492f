import { TO_SOURCE } from '../lexicon/to-source-words.js';
import { BROADCAST_OPENERS } from '../lexicon/broadcast-openers.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import { TITLE_OPENERS } from '../lexicon/title-openers.js';
import { TITLE_SMALL_WORDS } from '../lexicon/title-small-words.js';
import { WORKS } from '../lexicon/works.js';
import { WORK_MAKERS } from '../lexicon/work-makers.js';
import { INTERLOCUTOR_PRONOUNS } from '../lexicon/interlocutor-pronouns.js';
import { RELATIVE_PRONOUNS } from '../lexicon/relative-pronouns.js';
import type { DetectedQuote } from '../types.js';
import { isNickname } from '../grammar/find-cue.js';
import { sentenceAt, type TokenContext } from '../document/token-context.js';

/**
 * How far past a quoted term its gloss in brackets may run, in tokens: “Refoulement” (forcible
 * return) is four; a longer aside in brackets is no gloss.
 */
const GLOSS_REACH = 8;

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
 * A quoted title can run to this many words with a subtitle after a colon, when the words before
 * it name it as a work: the author of “Hacked: The Inside Story of a Long Summer in Harbor City”.
 */
const SUBTITLED_WORDS = 14;

/**
 * The words right before the quotation at token `qa` name it as a work: on or titled “…”, the book
 * “…”, Ruiz's “…”, the author or host of “…”, in her memoir, “…”.
 */
function namedAsWork(ctx: TokenContext, qa: number, words: readonly string[]): boolean {
  const { tokens } = ctx;
  const prev = tokens[qa - 1];
  if (prev === undefined) return false;
  if (TITLE_OPENERS.has(prev.lower) || WORKS.has(prev.lower) || /^['’]s$/.test(prev.value))
    return true;
  const before = tokens[qa - 2]?.lower ?? '';
  // "the broadcast of “Fox News Sunday”", "the author of “…”", "her memoir, “…”"
  if (prev.lower === 'of' && (WORKS.has(before) || WORK_MAKERS.has(before))) return true;
  if (prev.value === ',' && WORKS.has(before)) return true;
  // a name of two words or more that someone speaks to or with: told “Fox and Friends”
  const talkedTo =
    BROADCAST_OPENERS.has(prev.lower) || (prev.lower === 'to' && TO_SOURCE.has(before));
  return talkedTo && words.length > 1;
}

/**
 * A short quoted name in title case after "on", "in" or a work's noun, or before one, is a
 * title, not speech: on “Fox News Sunday,” the book “Fire and Fury”, the “Harbor Voices” radio
 * program.
 */
export function isTitle(ctx: TokenContext, q: DetectedQuote, qa: number, qb: number): boolean {
  const { tokens } = ctx;
  const words = q.text.replace(/[,.;:!?]+$/, '').split(/\s+/);
  if (!isTitleCase(q.text)) return false;
  const [pa, pb] = ctx.paragraphTokens[q.paragraph]!;
  const alone = pa === qa && pb === qb;
  if (namedAsWork(ctx, qa, words)) {
    // named so, a title may close the writer's sentence with its stop and have a subtitle:
    // in his memoir, “A Long Summer.” · the author of “Hacked: The Inside Story”
    const main = q.text.split(':')[0]!.split(/\s+/).length;
    return main <= TITLE_WORDS && words.length <= SUBTITLED_WORDS;
  }
  // a title may close the writer's sentence (on CNN's “State of the Union.”) but is no sentence
  // itself, unless it stands alone as a subheading
  if (words.length > TITLE_WORDS || (q.kind === 'full' && /[.!?]["”’]?$/.test(q.text) && !alone))
    return false;
  const prev = tokens[qa - 1];
  if (isNickname(ctx, qa, qb)) return true;
  if (WORKS.has(words.at(-1)!.toLowerCase())) return true;
  // a subheading: a paragraph that is nothing but a short quoted name ('All Bets Are Off.')
  if (alone) return true;
  // or a work named right after it: the “Harbor Voices” radio program
  if ([tokens[qb + 1], tokens[qb + 2]].some((t) => WORKS.has(t?.lower ?? ''))) return true;
  // or a name used as a modifier: the “Avatar” star, “Broad City” star Arturo Castro
  const opensSentence = sentenceAt(ctx, qa)[0] === qa;
  return (opensSentence || prev?.pos === 'DET') && tokens[qb + 1]?.pos === 'NOUN';
}

/** A quoted term the writer talks about is this many words at the most: “Top secret”, “Sons of Trump”. */
const TERM_WORDS = 4;

/**
 * A few quoted words that open their sentence as the subject of the writer's own verb, with no
 * cue in the sentence: the words themselves are talked about, not said ("“Containment” has been
 * the policy", "“Top secret” is the highest level", "“Harbor Nights,” which airs on Fridays").
 * Words of a speaker to a hearer (I, we, you) are speech, and so is a sentence with its stop.
 */
export function isMentionedTerm(
  ctx: TokenContext,
  q: DetectedQuote,
  qa: number,
  qb: number,
): boolean {
  const { tokens } = ctx;
  const words = q.text.replace(/[,!]+$/, '').split(/\s+/);
  if (words.length > TERM_WORDS || /[.?;:]$/.test(q.text) || sentenceAt(ctx, qa)[0] !== qa)
    return false;
  if (words.some((w) => INTERLOCUTOR_PRONOUNS.has(w.toLowerCase().replace(/[’'].*$/, ''))))
    return false;
  // past a gloss in brackets and a comma: “Refoulement” (forcible return) is forbidden
  let k = qb + 1;
  if (tokens[k]?.value === '(') while (k <= qb + GLOSS_REACH && tokens[k - 1]?.value !== ')') k++;
  if (tokens[k]?.value === ',') k++;
  const next = tokens[k];
  if (!next) return false;
  return (
    next.pos === 'AUX' ||
    (next.pos === 'VERB' && !next.lower.endsWith('ing')) ||
    (RELATIVE_PRONOUNS.has(next.lower) && next.lower !== 'that') ||
    next.lower === 'whose'
  );
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
