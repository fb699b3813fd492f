import { assertText, span } from '../span.js';
import type { Paragraph } from '../types.js';
import { paragraphKind } from './paragraph-kinds.js';

/** A blank line: a line break, optional whitespace (no line break), another line break. */
const BLANK_LINE = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)*\r?\n|\r[^\S\r\n]*\r/g;

/**
 * Splits an article into paragraphs at blank lines (lines empty or holding only whitespace; LF,
 * CRLF or CR). Single line breaks inside a paragraph, as in wrapped text, are kept. An article
 * with no blank line at all but several lines is taken to put one paragraph on each line.
 *
 * @param text the article
 * @returns the paragraphs in order, each trimmed of surrounding whitespace
 * @example
 * splitParagraphs('Headline\n\nFirst paragraph.\r\n\r\nSecond.').map((p) => p.kind);
 * // → ['headline', 'body', 'body']
 */
export function splitParagraphs(text: string): Paragraph[] {
  assertText(text, 'splitParagraphs');
  const pieces: Array<[number, number]> = [];
  const separator = BLANK_LINE.test(text) ? new RegExp(BLANK_LINE.source, 'g') : /\r\n|\r|\n/g;
  BLANK_LINE.lastIndex = 0;
  let from = 0;
  for (const m of text.matchAll(separator)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.length]);

  const trimmed: Array<[number, number]> = [];
  for (const [s0, e0] of pieces) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) trimmed.push([s, e]);
  }
  return trimmed.map(([s, e], index) => {
    const base = span(text, s, e);
    return { index, ...base, kind: paragraphKind(base.text, index, trimmed.length) };
  });
}
