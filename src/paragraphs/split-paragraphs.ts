import { assertText, span } from '../span.js';
import type { Paragraph } from '../types.js';
import { paragraphKind } from './paragraph-kinds.js';

/**
 * A paragraph break: a blank line (a line break, optional whitespace with no line break, another
 * line break; LF, CRLF or CR), or the Unicode paragraph separator U+2029.
 */
const BLANK_LINE = /\r?\n[^\S\r\n\u2029]*(?:\r?\n[^\S\r\n\u2029]*)*\r?\n|\r[^\S\r\n\u2029]*\r|\u2029/g;
/** One line break: LF, CRLF, CR or the Unicode line separator U+2028. */
const LINE_BREAK = /\r\n|\r|\n|\u2028/g;
/**
 * Text hard-wrapped at a fixed width (an e-mail, a wire feed) has most lines close to the width;
 * a line shorter than this share of the width ends its paragraph.
 */
const WRAPPED_LINE = 0.75;
/** Widths at which text is hard-wrapped: narrower or wider lines are written one paragraph each. */
const WRAP_WIDTH = { min: 40, max: 120 } as const;

/**
 * Splits an article into paragraphs at blank lines (lines empty or holding only whitespace; LF,
 * CRLF or CR) and at U+2029. Single line breaks inside a paragraph, as in wrapped text, are kept.
 * An article with no blank line at all but several lines is taken to put one paragraph on each
 * line, unless it is hard-wrapped at a fixed width: then a paragraph ends at a short line.
 *
 * @param text the article
 * @returns the paragraphs in order, each trimmed of surrounding whitespace
 * @example
 * splitParagraphs('Headline\n\nFirst paragraph.\r\n\r\nSecond.').map((p) => p.kind);
 * // → ['headline', 'body', 'body']
 */
export function splitParagraphs(text: string): Paragraph[] {
  assertText(text, 'splitParagraphs');
  BLANK_LINE.lastIndex = 0;
  const pieces = BLANK_LINE.test(text) ? cut(text, BLANK_LINE) : joinWrapped(text, cut(text, LINE_BREAK));

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

/** The stretches of `text` between matches of `separator` (a global regular expression). */
function cut(text: string, separator: RegExp): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  separator.lastIndex = 0;
  pieces.push([from, text.length]);
  return pieces;
}

// Lines of hard-wrapped text are joined into paragraphs, each ending at a line shorter than the
// width; lines of any other text stay one paragraph each.
function joinWrapped(text: string, lines: Array<[number, number]>): Array<[number, number]> {
  const length = ([s, e]: [number, number]) => text.slice(s, e).trimEnd().length;
  const width = lines.reduce((w, line) => Math.max(w, length(line)), 0);
  if (lines.length < 3 || width < WRAP_WIDTH.min || width > WRAP_WIDTH.max) return lines;
  const full = lines.filter((line) => length(line) >= width * WRAPPED_LINE).length;
  if (full < lines.length / 2) return lines;
  const out: Array<[number, number]> = [];
  let start = -1;
  for (const line of lines) {
    if (start < 0) start = line[0];
    if (length(line) < width * WRAPPED_LINE) {
      out.push([start, line[1]]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, lines[lines.length - 1]![1]]);
  return out;
}
