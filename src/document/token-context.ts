import { CAPITALISED } from '../lexicon/capitalised.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import type { Token } from '../nlp/token.js';
import type { DetectedQuote, Paragraph } from '../types.js';

/** Tokens of one article with what attribution needs to know about each: its paragraph, its quote, its sentence. */
export interface TokenContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly paragraphs: readonly Paragraph[];
  /** Index of the outermost quotation each token is part of (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Index of the paragraph of each token. */
  readonly paragraphOf: Int32Array;
  /** Index into `sentences` of each token. */
  readonly sentenceOf: Int32Array;
  /** Sentences of the writer's text as token ranges `[first, last]`; quotations never split one. */
  readonly sentences: ReadonlyArray<readonly [number, number]>;
  /** First and last token of each paragraph, `[-1, -2]` when it has none. */
  readonly paragraphTokens: ReadonlyArray<readonly [number, number]>;
  /** For each quotation: first token (its opening mark) and last token (closing mark or last word). */
  readonly quoteTokens: ReadonlyArray<readonly [number, number]>;
}

/**
 * How far, in tokens, a rule reads from a quotation or a cue. News puts a cue within a clause or
 * two of its quotation; the bound keeps every rule's cost constant, so an article of any size, or
 * a paragraph of nothing but quotation marks, costs time in proportion to its length.
 */
export const REACH = 60;

/** The sentence token `i` stands in, as `[first, last]` token. */
export const sentenceAt = (ctx: TokenContext, i: number): readonly [number, number] =>
  ctx.sentences[ctx.sentenceOf[i]!]!;

const SENTENCE_END = /^(?:[.!?]+|…|\.\.\.)$/;

/**
 * Places every token in its paragraph, quotation and sentence. Sentences are cut only at end
 * punctuation outside quotation marks, so a quotation never splits its sentence.
 *
 * @param text the article
 * @param tokens its tokens, in order
 * @param paragraphs its paragraphs
 * @param quotes its quotations, in text order
 */
export function buildTokenContext(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  quotes: readonly DetectedQuote[],
): TokenContext {
  const n = tokens.length;
  const quoteOf = new Int32Array(n).fill(-1);
  // (every token is given its paragraph and its sentence below)
  const paragraphOf = new Int32Array(n);
  const sentenceOf = new Int32Array(n);

  let p = 0;
  const paragraphTokens = paragraphs.map(() => [-1, -2] as [number, number]);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    while (p < paragraphs.length - 1 && t.start >= paragraphs[p]!.end) p++;
    paragraphOf[i] = p;
    const range = paragraphTokens[p]!;
    if (range[0] < 0) range[0] = i;
    range[1] = i;
  }

  // Outer quotations only, marks included: a token belongs to a quotation when it overlaps the
  // stretch from its opening mark to its closing mark (or last word, when never closed).
  const quoteTokens = quotes.map(() => [-1, -2] as [number, number]);
  let k = 0;
  quotes.forEach((q, qi) => {
    if (q.depth > 0) return;
    const from = q.open.start;
    const to = q.close ? q.close.end : q.end;
    while (k < n && tokens[k]!.end <= from) k++;
    let j = k;
    while (j < n && tokens[j]!.start < to) quoteOf[j++] = qi;
    if (j > k) quoteTokens[qi] = [k, j - 1];
  });

  const sentences: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    sentenceOf[i] = sentences.length;
    // (past the last token, paragraphOf[i + 1] is undefined: the last token ends its paragraph)
    const lastInParagraph = paragraphOf[i + 1] !== paragraphOf[i];
    const ends =
      lastInParagraph ||
      (quoteOf[i]! < 0 && SENTENCE_END.test(tokens[i]!.value) && !isAbbreviationEnd(tokens, i)) ||
      (quoteOf[i]! < 0 && endsOnAbbreviation(tokens, i)) ||
      closesQuotedSentence(tokens, quoteOf, i);
    if (ends) {
      sentences.push([start, i]);
      start = i + 1;
    }
  }
  return {
    text,
    tokens,
    paragraphs,
    quoteOf,
    paragraphOf,
    sentenceOf,
    sentences,
    paragraphTokens,
    quoteTokens,
  };
}

// “… one-off meeting.” She explained: — a quotation that ends in a full stop ends its sentence
// when a capitalised word follows. ("Why?" Smith asked. keeps going: ? and ! end quoted questions.)
// (both tests below are made only within a paragraph, where token `i` has a token after it)
function closesQuotedSentence(tokens: readonly Token[], quoteOf: Int32Array, i: number): boolean {
  if (quoteOf[i]! < 0 || quoteOf[i + 1] === quoteOf[i] || tokens[i - 1]?.value !== '.')
    return false;
  return CAPITALISED.test(tokens[i + 1]!.value) || quoteOf[i + 1]! >= 0;
}

/** Words that open a sentence, never a name: after "the U.S." they start the next one. */
const OPENER_POS: ReadonlySet<string> = new Set(['AUX', 'CCONJ', 'DET', 'PRON', 'SCONJ']);

// "… from entering the U.S. While Clinton has …": an abbreviation's stop ends the sentence when a
// capitalised word that opens sentences follows it (not "the U.S. Senate", "Mr. Osei")
function endsOnAbbreviation(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]!;
  return (
    /\p{L}\.$/u.test(tokens[i]!.value) &&
    !(tokens[i]!.lower in HONORIFICS) &&
    OPENER_POS.has(next.pos) &&
    CAPITALISED.test(next.value)
  );
}

// "in the U.S. Senate" keeps "U.S." as one token, but "Jan. 5", "(D-Md.) said" or "R-Ky., said"
// leave a bare full stop after a short word: followed by a lower-case word or by more punctuation,
// it does not end a sentence; nor does one after a single capital ("(D-N.Y.)" comes as "N", ".", "Y.").
function isAbbreviationEnd(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]!.value === '.' &&
    (/^(?:\p{Ll}|[,;:)\]])/u.test(tokens[i + 1]!.value) ||
      /^\p{Lu}$/u.test(tokens[i - 1]?.value ?? ''))
  );
}
