import type { Span } from './types.js';

/** A span of `input`; its text is always the exact slice. */
export function span(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

/** Throws the TypeError every public entry gives for a non-string article. */
export function assertText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(
      `${fn}: expected the article as a string, got ${text === null ? 'null' : typeof text}`,
    );
  }
}
