import type { TokenContext } from '../document/token-context.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import { type TokenRange } from '../mentions/noun-phrase.js';
import { DESCRIPTION_OPENERS } from '../lexicon/description-openers.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import type { Token } from '../nlp/token.js';
import { ageIn } from '../mentions/age.js';

/**
 * How many words of a description around a name are read: "parish priest of …", "a 42-year-old
 * commercial bus driver" put the role within a handful of words; further on is what the role is of.
 */
const DESCRIPTOR_REACH = 6;

/** An age set off after a name: "Jane Doe, 34," or "Jane Doe (34)". */
const AGE = /^\d{1,3}$/;

/**
 * The words the article uses to describe a named person, lower-cased, for a later "the premier",
 * "the chief executive" or "the 34-year-old": title words in the name's run ("Premier Douglas
 * Aberline"), a description just before it ("parish priest Noel Sarmiento", "Its chief executive,
 * Declan Morrow"), one set off after it ("Sarmiento, parish priest of …", "Jane Doe, 34,").
 *
 * @param ctx the article's tokens in context
 * @param run the run of capitalised words that holds the name
 * @param nameStart the name's first token, past the run's titles
 * @returns the describing words, each once
 */
export function describingWords(
  ctx: TokenContext,
  run: TokenRange,
  nameStart: number,
): Set<string> {
  const { tokens } = ctx;
  const words = new Set<string>();
  for (let k = run[0]; k < nameStart; k++) {
    const honorific = HONORIFICS[tokens[k]!.lower];
    if (honorific?.role) words.add(honorific.role);
    else if (/^\p{L}/u.test(tokens[k]!.value)) words.add(tokens[k]!.lower);
  }
  wordsBefore(ctx, run[0], words);
  wordsAfter(ctx, run[1], words);
  return words;
}

/** Is token `k` a word of a description: lower-case, in the writer's text, in the sentence of `at`? */
function descriptive(ctx: TokenContext, k: number, at: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k];
  if (t === undefined || ctx.quoteOf[k]! >= 0 || ctx.sentenceOf[k] !== ctx.sentenceOf[at])
    return false;
  // "a first-term councillor", "a co-author": the hyphen of a compound word
  if (t.value === '-') return tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
  return (
    (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PROPN') &&
    !CAPITALISED.test(t.value)
  );
}

// "shelter manager Tom Eckhardt", "Its chief executive, Declan Morrow,"
function wordsBefore(ctx: TokenContext, start: number, words: Set<string>): void {
  let k = start - 1;
  if (ctx.tokens[k]?.value === ',') k--;
  const last = k;
  for (let n = 0; n < DESCRIPTOR_REACH && descriptive(ctx, k, start); n++, k--)
    addWord(ctx.tokens[k]!, words);
  // "a 42-year-old bus driver, Chinedu Okafor"
  const age = ageIn(ctx.tokens, Math.max(0, k - DESCRIPTOR_REACH), last);
  if (age) words.add(age);
}

// "Sarmiento, parish priest of …", "Marlene Botha, 34, a nurse", "Sinéad Mulvey (34)"
function wordsAfter(ctx: TokenContext, end: number, words: Set<string>): void {
  const { tokens } = ctx;
  let k = end + 1;
  const open = tokens[k]?.value;
  if (open !== ',' && open !== '(') return;
  k++;
  if (AGE.test(tokens[k]?.value ?? '')) {
    words.add(`${tokens[k]!.value}-year-old`);
    if (!/^[,)]$/.test(tokens[k + 1]?.value ?? '')) return;
    k += 2;
    // "Bernadette Kinsella (71), a retired school secretary"
    if (tokens[k - 1]!.value === ')' && tokens[k]?.value === ',') k++;
  }
  if (DESCRIPTION_OPENERS.has(tokens[k]?.lower ?? '')) k++;
  for (let n = 0; n < DESCRIPTOR_REACH && descriptive(ctx, k, end); n++, k++)
    addWord(tokens[k]!, words);
}

function addWord(t: Token, words: Set<string>): void {
  if (t.value === '-') return;
  words.add(t.lower);
  // "spokeswomen", "officials": the singular is what a later "the spokeswoman" uses
  if (t.lower.endsWith('s') && !t.lower.endsWith('ss')) words.add(t.lower.slice(0, -1));
}

/**
 * The word a description is headed by, lower-cased and singular: "executive" in "the chief
 * executive" (not "chief", which a "chief financial officer" also has), "father" in "the father of
 * three".
 *
 * @param tokens the article's tokens
 * @param first the description's first token
 * @param last its last token
 * @returns the head word
 */
export function roleHead(tokens: readonly Token[], first: number, last: number): string {
  let k = first;
  // (a hyphen inside a word is no end: "the co-author" is headed by "author")
  const ends = (t: Token) => t.pos === 'ADP' || (t.pos === 'PUNCT' && t.value !== '-');
  while (k < last && !ends(tokens[k + 1]!)) k++;
  const word = tokens[k]!.lower;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
