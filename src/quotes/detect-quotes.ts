import { splitParagraphs } from '../paragraphs/split-paragraphs.js';
import { assertText, span } from '../span.js';
import type { DetectedQuote, Paragraph, QuoteKind, QuoteRepair, Span } from '../types.js';
import { isApostrophe } from './apostrophes.js';
import { APOSTROPHE_MARKS, BEFORE_OPENING, CLOSERS, CLOSING_MARKS, SYMMETRIC_MARKS } from './marks.js';

/** Deeper nesting than this is not prose; a further opening mark restarts the innermost quotation. */
const MAX_DEPTH = 4;

interface Open {
  readonly mark: string;
  readonly open: Span;
  readonly closers: readonly string[];
  readonly depth: number;
  /** Content start of the part in the current paragraph. */
  partStart: number;
  readonly parts: Array<[number, number]>;
  readonly paragraphs: number[];
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_START = /^[\p{Lu}\p{N}[(…]/u;

/**
 * Finds every quotation in an article from its characters alone (no NLP model): content spans
 * without the marks, the marks, the paragraphs each quotation runs over, and whether it is a
 * full or a partial quote. Apostrophes, primes and inch marks are not taken for quotation marks.
 *
 * @param text the article
 * @param paragraphs its paragraphs, when already split by {@link splitParagraphs}
 * @returns the quotations in text order, nested ones after the one that holds them
 * @example
 * detectQuotes('“It’s over,” she said.')[0].text; // → 'It’s over,'
 */
export function detectQuotes(text: string, paragraphs?: readonly Paragraph[]): DetectedQuote[] {
  assertText(text, 'detectQuotes');
  const paras = paragraphs ?? splitParagraphs(text);
  const found: DetectedQuote[] = [];
  let carried: Open | null = null; // a quotation left open at the end of the previous paragraph

  for (const para of paras) {
    const stack: Open[] = [];
    let i = para.start;
    if (carried) {
      // News reopens a quotation that runs on with the same mark at the start of each paragraph.
      if (text[para.start] === carried.mark) {
        carried.partStart = para.start + 1;
        carried.paragraphs.push(para.index);
        stack.push(carried);
        i = para.start + 1;
      } else {
        found.push(finish(text, carried, null, ['unclosed']));
      }
      carried = null;
    }

    for (; i < para.end; i++) {
      const c = text[i]!;
      if (!CLOSERS.has(c) && !CLOSING_MARKS.has(c)) continue;
      const before = i > para.start ? text[i - 1]! : '\n';
      const after = i + 1 < para.end ? text[i + 1]! : '\n';
      if (APOSTROPHE_MARKS.has(c) && isApostrophe(text, i)) continue;
      const canOpen = !SPACE.test(after) && (SPACE.test(before) || BEFORE_OPENING.has(before) || CLOSERS.has(before));
      const canClose = !SPACE.test(before) && !WORD_CHAR.test(after);

      const target = CLOSING_MARKS.has(c) ? findOpen(stack, c) : -1;
      const closes =
        target >= 0 &&
        (!SYMMETRIC_MARKS.has(c) && !CLOSERS.has(c) ? true : canClose || (!canOpen && c !== "'")) &&
        !isPossessiveInsideQuote(text, i, para.end, c);
      if (closes) {
        // marks opened inside the one now closed and never closed themselves end here
        while (stack.length > target + 1) {
          const inner = stack.pop()!;
          found.push(finish(text, endPart(text, inner, i), null, ['unclosed']));
        }
        const q = stack.pop()!;
        found.push(finish(text, endPart(text, q, i), span(text, i, i + 1), []));
        continue;
      }
      if (!CLOSERS.has(c)) continue; // a closing mark with nothing to close: ignored
      if (!canOpen && SYMMETRIC_MARKS.has(c)) continue;
      if (c === '"' && /\d/.test(before)) continue; // an inch mark: a 12" pipe
      if (c === '”' && !canOpen) continue;
      const top = stack[stack.length - 1];
      if (top && (top.mark === c || stack.length >= MAX_DEPTH)) {
        // the same mark again while one is open: the open one was never closed
        stack.pop();
        found.push(finish(text, endPart(text, top, i), null, ['unclosed']));
      }
      stack.push({
        mark: c,
        open: span(text, i, i + 1),
        closers: CLOSERS.get(c)!,
        depth: stack.length,
        partStart: i + 1,
        parts: [],
        paragraphs: [para.index],
      });
    }

    // A quotation still open at the end of the paragraph ends there; the outermost one may be
    // continued by the next paragraph.
    while (stack.length > 1) found.push(finish(text, endPart(text, stack.pop()!, para.end), null, ['unclosed']));
    const outer = stack.pop();
    if (outer) carried = endPart(text, outer, para.end);
  }
  if (carried) found.push(finish(text, carried, null, ['unclosed']));

  return found.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start || a.depth - b.depth);
}

function findOpen(stack: readonly Open[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.closers.includes(closer)) return k;
  return -1;
}

// ‘The students’ books are gone,’ she said: a mark after "s" followed by a lower-case word, with
// another candidate closing mark later in the paragraph, is a plural possessive.
function isPossessiveInsideQuote(text: string, i: number, end: number, c: string): boolean {
  if ((c !== '’' && c !== "'") || !/[sS]/.test(text[i - 1] ?? '')) return false;
  if (!/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const next = text.indexOf(c, i + 1);
  return next >= 0 && next < end;
}

function endPart(text: string, q: Open, at: number): Open {
  let s = q.partStart;
  let e = at;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e > s) q.parts.push([s, e]);
  return q;
}

function finish(text: string, q: Open, close: Span | null, repairs: QuoteRepair[]): DetectedQuote {
  const parts = q.parts.map(([s, e]) => span(text, s, e));
  const start = parts[0]?.start ?? q.open.end;
  const end = parts[parts.length - 1]?.end ?? start;
  return {
    ...span(text, start, end),
    kind: quoteKind(text, q.open.start, parts[0]?.text ?? ''),
    open: q.open,
    close,
    paragraph: q.paragraphs[0]!,
    paragraphs: [...q.paragraphs],
    parts,
    depth: q.depth,
    repairs,
  };
}

/**
 * A full quote starts with a capital and stands where a sentence can start (after a colon, a
 * comma, a full stop, a dash or the paragraph start), or is a long sentence of its own; anything
 * else is a few quoted words inside the writer's sentence.
 */
function quoteKind(text: string, openAt: number, content: string): QuoteKind {
  if (!UPPER_START.test(content)) return 'partial';
  let k = openAt - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  const prev = k < 0 ? '\n' : text[k]!;
  if (/[\n:,.;!?—–(…-]/.test(prev) || CLOSING_MARKS.has(prev)) return 'full';
  const words = content.split(/\s+/).length;
  return words >= 6 && /[.!?,]$/.test(content) ? 'full' : 'partial';
}
