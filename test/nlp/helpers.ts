// Shared by the stage tests: tokens from the default wink instance (one per test file, since
// vitest runs every file in its own process) and small readers of token ranges.
import { buildTokenContext, type TokenContext } from '../../src/document/token-context.js';
import type { TokenRange } from '../../src/mentions/noun-phrase.js';
import type { Token } from '../../src/nlp/token.js';
import { winkTokenizer } from '../../src/nlp/wink.js';
import { splitParagraphs } from '../../src/paragraphs/split-paragraphs.js';
import { detectQuotes } from '../../src/quotes/detect-quotes.js';

export const tokenize = winkTokenizer();

/** The text a token range covers, with the input's own spacing. */
export function textOf(
  text: string,
  tokens: readonly Token[],
  range: TokenRange | null,
): string | null {
  return range ? text.slice(tokens[range[0]]!.start, tokens[range[1]]!.end) : null;
}

/** The tokens covering the `nth` occurrence (from 0) of `phrase` in `text`. */
export function rangeOf(
  text: string,
  tokens: readonly Token[],
  phrase: string,
  nth = 0,
): TokenRange {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  }
  const end = at + phrase.length;
  const a = tokens.findIndex((t) => t.start === at);
  const b = tokens.findIndex((t) => t.end === end);
  if (a < 0 || b < 0)
    throw new Error(`"${phrase}" does not start and end on token boundaries in "${text}"`);
  return [a, b];
}

/** Tokens of an article in context: paragraphs, quotations and sentences, as attribution sees them. */
export function contextOf(text: string): TokenContext {
  const paragraphs = splitParagraphs(text);
  return buildTokenContext(text, tokenize(text), paragraphs, detectQuotes(text, paragraphs));
}
