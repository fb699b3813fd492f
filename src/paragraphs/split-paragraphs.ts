import { assertText } from '../span.js';
import type { Paragraph } from '../types.js';
import { paragraphKind } from './paragraph-kinds.js';

/**
 * A paragraph break: a blank line (a line break, optional whitespace with no line break, another
 * line break; LF, CRLF or CR), or the Unicode paragraph separator U+2029.
 */
const BLANK_LINE =
  /\r?\n[^\S\r\n\u2029]*(?:\r?\n[^\S\r\n\u2029]*)*\r?\n|\r[^\S\r\n\u2029]*\r|\u2029/g;
/** One line break: LF, CRLF, CR or the Unicode line separator U+2028. */
const LINE_BREAK = /\r\n|\r|\n|\u2028/g;
/**
 * Text hard-wrapped at a fixed width (an e-mail, a wire feed) has most lines close to the width;
 * a line shorter than this share of the width ends its paragraph.
 */
const WRAPPED_LINE = 0.75;
/** Widths at which text is hard-wrapped: narrower or wider lines are written one paragraph each. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 120;

/**
 * Paragraphs an article may have before the analysis, and detection, stop reading: a book has a
 * few thousand, and 100,000 paragraphs are about 15 MB of result, where 16 MB of `“a”` and a blank
 * line made 2.8 million paragraphs and more than 256 MB of heap.
 */
export const MAX_PARAGRAPHS = 100_000;

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
  return splitParagraphsUpTo(text, Infinity).paragraphs;
}

/**
 * {@link splitParagraphs} making at most `limit` paragraphs: the rest are counted (their kinds
 * depend on how many there are) but never built, so memory follows the limit.
 *
 * @param text the article
 * @param limit the most paragraphs to return
 * @returns the first `limit` paragraphs, and whether there were more
 */
export function splitParagraphsUpTo(
  text: string,
  limit: number,
): { readonly paragraphs: Paragraph[]; readonly truncated: boolean } {
  // (a global expression's lastIndex is back at 0 after every use here: test and exec reset it when they fail)
  const pieces = BLANK_LINE.test(text)
    ? cut(text, BLANK_LINE)
    : joinWrapped(text, cut(text, LINE_BREAK));

  // Stretches are kept flat (start, end, start, end…) rather than as a pair each: on 2 MB of
  // one-word paragraphs the pairs cost more than the paragraphs themselves.
  const trimmed: number[] = [];
  for (let k = 0; k < pieces.length; k += 2) {
    let s = pieces[k]!;
    let e = pieces[k + 1]!;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) trimmed.push(s, e);
  }
  const count = trimmed.length / 2;
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < Math.min(count, limit); index++) {
    const start = trimmed[2 * index]!;
    const end = trimmed[2 * index + 1]!;
    const t = text.slice(start, end);
    paragraphs.push({ index, start, end, text: t, kind: paragraphKind(t, index, count) });
  }
  return { paragraphs, truncated: count > limit };
}

/** The stretches of `text` between matches of `separator` (a global regular expression), flat. */
function cut(text: string, separator: RegExp): number[] {
  const pieces: number[] = [];
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    pieces.push(from, m.index);
    from = m.index + m[0].length;
  }
  pieces.push(from, text.length);
  return pieces;
}

// Lines of hard-wrapped text are joined into paragraphs, each ending at a line shorter than the
// width; lines of any other text stay one paragraph each. Lines come flat, as `cut` gives them.
function joinWrapped(text: string, lines: number[]): number[] {
  const length = (k: number) => text.slice(lines[k], lines[k + 1]).trimEnd().length;
  const count = lines.length / 2;
  let width = 0;
  for (let k = 0; k < lines.length; k += 2) width = Math.max(width, length(k));
  if (count < 3 || width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return lines;
  let full = 0;
  for (let k = 0; k < lines.length; k += 2) if (length(k) >= width * WRAPPED_LINE) full++;
  if (full < count / 2) return lines;
  const out: number[] = [];
  let start = -1;
  for (let k = 0; k < lines.length; k += 2) {
    if (start < 0) start = lines[k]!;
    if (length(k) < width * WRAPPED_LINE) {
      out.push(start, lines[k + 1]!);
      start = -1;
    }
  }
  if (start >= 0) out.push(start, lines.at(-1)!);
  return out;
}
