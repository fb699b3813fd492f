import type { Token } from '../nlp/token.js';

/** The tokens the tokenizer splits "34-year-old" into: "34", "-", "year", "-", "old". */
const AGE_TOKENS = 5;

/**
 * The age a description gives in its words `a..b`, as "34-year-old": written as one token or, as
 * the tokenizer splits it, as "34", "-", "year", "-", "old".
 *
 * @returns the age word, or null when there is none
 */
export function ageIn(tokens: readonly Token[], a: number, b: number): string | null {
  for (let k = a; k <= b; k++) {
    // (an age starts with a digit: other words need not be joined to tell)
    const c = tokens[k]!.lower.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const joined = tokens
      .slice(k, k + AGE_TOKENS)
      .map((t) => t.lower)
      .join('');
    const age = /^(\d{1,3})-year-old/.exec(joined);
    if (age) return `${age[1]}-year-old`;
  }
  return null;
}

/**
 * The age a description ending at token `b` is headed by: "the 48-year-old", which the tokenizer
 * splits into "48", "-", "year", "-", "old".
 *
 * @returns the age word, or null when the phrase does not end in one
 */
export function ageEndingAt(tokens: readonly Token[], b: number): string | null {
  return tokens[b]?.lower === 'old' && b >= AGE_TOKENS - 1
    ? ageIn(tokens, b - AGE_TOKENS + 1, b)
    : null;
}
