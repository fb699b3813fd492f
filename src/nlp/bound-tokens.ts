import type { PartOfSpeech, Token, Tokenizer } from './token.js';

/**
 * The longest run of characters without a space that wink-nlp is given as it is. English words
 * stay far below it (the longest in dictionaries have about 45 letters); what passes it is a URL,
 * a code, an encoded blob (a base64 `data:` image) or a line of symbols, and wink's URL, e-mail
 * and punctuation patterns cost the square of a run's length: 0.3 s for 16,000 letters, 93 s for
 * 256,000. Below 64 characters, a run costs wink no more per character than ordinary prose does.
 */
export const MAX_RUN_LENGTH = 64;

/**
 * A masked run is shown to wink as pieces of this many placeholder letters with a space between
 * them: pieces short enough to cost wink little, and all alike, so that wink reads each from the
 * token cache it keeps.
 */
const MASK_PIECE_LENGTH = 32;

/** The placeholder letter of a masked run. */
const MASK_LETTER = 'x';

/**
 * The part of speech of the one token a masked run becomes: `X`, "other", as the tagger gives to
 * what is not a word, so that no rule reads it as a name, a verb or a noun phrase.
 */
const MASKED_POS: PartOfSpeech = 'X';

/**
 * Whether a code unit is one of the characters wink-nlp's tokenizer splits the text on (the
 * English model's `helpers.splitter`: spaces, no-break and narrow spaces, tabs, line breaks).
 * Other white space (U+2028, U+3000, a vertical tab) is part of a run for wink, so it is here too.
 */
function splitsForWink(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Whether some stretch between two spaces (U+0020) of `text` is longer than
 * {@link MAX_RUN_LENGTH}: when none is, no run is either, since a space ends every run. Looking
 * for spaces with `indexOf` costs a third of reading every character, and ordinary text holds a
 * space every few characters; only text with a longer stretch is read character by character.
 */
function mayHoldLongRun(text: string): boolean {
  let from = 0;
  for (;;) {
    const space = text.indexOf(' ', from);
    const end = space < 0 ? text.length : space;
    if (end - from > MAX_RUN_LENGTH) return true;
    if (space < 0) return false;
    from = space + 1;
  }
}

/**
 * The runs of `text` longer than {@link MAX_RUN_LENGTH} with no character wink splits on, as
 * `[start, end)` pairs in text order, flat.
 */
function findLongRuns(text: string): number[] {
  const runs: number[] = [];
  if (!mayHoldLongRun(text)) return runs;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !splitsForWink(text.charCodeAt(i))) continue;
    if (i - start > MAX_RUN_LENGTH) runs.push(start, i);
    start = i + 1;
  }
  return runs;
}

/** `length` characters of placeholder pieces, starting and ending with a placeholder letter. */
function mask(length: number): string {
  const piece = MASK_LETTER.repeat(MASK_PIECE_LENGTH) + ' ';
  const masked = piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  return masked.endsWith(' ') ? `${masked.slice(0, -1)}${MASK_LETTER}` : masked;
}

/** The text with every long run replaced by placeholder pieces of the same length. */
function maskRuns(text: string, runs: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (let r = 0; r < runs.length; r += 2) {
    parts.push(text.slice(at, runs[r]), mask(runs[r + 1]! - runs[r]!));
    at = runs[r + 1]!;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** A long run of the input, as one token that no rule reads as a word. */
class RunToken implements Token {
  readonly lower: string;
  readonly pos = MASKED_POS;
  readonly end: number;

  constructor(
    readonly value: string,
    readonly start: number,
  ) {
    this.lower = value.toLowerCase();
    this.end = start + value.length;
  }

  get lemma(): string {
    return this.lower;
  }
}

/**
 * Bounds what a tokenizer costs on any text: each run longer than {@link MAX_RUN_LENGTH} without
 * a space is shown to it masked (placeholder pieces of the same length, so every offset stays
 * the input's), and comes back as one token of part of speech `X` whose value is the run itself.
 * Every other token is the tokenizer's own, with its value, offsets and tag; text without a long
 * run goes to the tokenizer untouched.
 *
 * @param tokenize the tokenizer to bound, such as wink-nlp's
 * @returns a tokenizer whose cost grows in proportion to the text; every token's value is
 *   `text.slice(start, end)` of the text it is given
 * @example
 * const tokens = boundTokens(winkTokenizer())(`See data:image/png;base64,${'A'.repeat(100000)}`);
 * tokens.at(-1)?.pos; // → 'X'
 */
export function boundTokens(tokenize: Tokenizer): Tokenizer {
  return (text) => {
    const runs = findLongRuns(text);
    if (runs.length === 0) return tokenize(text);
    const tokens = tokenize(maskRuns(text, runs));
    const out: Token[] = [];
    let r = 0;
    for (const token of tokens) {
      // the runs that end before this token, each as one token in its place
      while (r < runs.length && runs[r + 1]! <= token.start) {
        out.push(new RunToken(text.slice(runs[r], runs[r + 1]), runs[r]!));
        r += 2;
      }
      // a placeholder piece of the run the token is in
      if (r < runs.length && token.start >= runs[r]!) continue;
      out.push(token);
    }
    for (; r < runs.length; r += 2)
      out.push(new RunToken(text.slice(runs[r], runs[r + 1]), runs[r]!));
    return out;
  };
}
