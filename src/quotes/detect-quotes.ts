import { countWords } from '../paragraphs/paragraph-kinds.js';
import { splitParagraphs } from '../paragraphs/split-paragraphs.js';
import { assertText, span } from '../span.js';
import type { DetectedQuote, Paragraph, QuoteKind, QuoteRepair, Span } from '../types.js';
import { isApostrophe } from './apostrophes.js';
import {
  APOSTROPHE_MARKS,
  BEFORE_OPENING,
  CLOSERS,
  CLOSING_MARKS,
  GUILLEMETS,
  MARK_FAMILY,
  OPEN_ONLY_BEFORE_WORD,
  SYMMETRIC_MARKS,
} from './marks.js';

/** Deeper nesting than this is not prose: a further opening mark is read as a character of the innermost quotation. */
const MAX_DEPTH = 4;

/** A quotation opened and not yet closed. */
interface Open {
  readonly mark: string;
  readonly open: Span;
  readonly closers: readonly string[];
  readonly depth: number;
  /** Content start of the part in the current paragraph. */
  partStart: number;
  /** Paragraph of the part being read. */
  paragraph: number;
  /** Content of each paragraph's part: the result's `parts`, built as the text is read. */
  parts: Span[];
  /** Paragraph of each part: a paragraph holding only marks adds neither. */
  paragraphs: number[];
  /** Stray closing marks met while this was the innermost open quotation. */
  strays: Span[] | null;
}

/** A result still being assembled: stray marks found later may be recorded on it. */
type Building = { -readonly [K in keyof DetectedQuote]: DetectedQuote[K] };

/** A stray closing mark with no quotation around it, and the paragraph it stands in. */
type Orphan = readonly [Span, number];

/** Shared by every quotation without repairs or stray marks: most of them, so no array each. */
const NONE: readonly never[] = Object.freeze([]);
const UNCLOSED: readonly QuoteRepair[] = Object.freeze(['unclosed'] as const);

/** Each quotation mark by its code unit, so that reading one makes no new string. */
const MARK_OF_CODE: ReadonlyMap<number, string> = new Map(
  [...MARK_FAMILY.keys()].map((c) => [c.charCodeAt(0), c]),
);

const SPACE = /\s/;
const DIGIT = /\d/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_START = /^[\p{Lu}\p{N}[(…]/u;
/** 5' 9", 6′2": the inch mark of a height or a length in feet and inches. */
const FEET_BEFORE = /\d\s?['′’]\s?\d{1,2}$/;

/**
 * Finds every quotation in an article from its characters alone (no NLP model): content spans
 * without the marks, the marks, the paragraphs each quotation runs over, and whether it is a
 * full or a partial quote. Apostrophes, primes and inch marks are not taken for quotation marks,
 * nor are two straight apostrophes in a row (''like this'', a typewriter habit).
 *
 * Unbalanced marks are repaired and flagged: a quotation never closed ends at the end of its
 * paragraph (`repairs: ['unclosed']`; a straight single quote never closed is taken for an
 * apostrophe instead), and a closing mark that closes nothing is ignored and recorded
 * (`repairs: ['stray-close']`, `strayMarks`). Cost is linear in the length of the text.
 *
 * @param text the article
 * @param paragraphs its paragraphs, when already split by {@link splitParagraphs}
 * @returns the quotations in text order, nested ones after the one that holds them
 * @example
 * detectQuotes('“It’s over,” she said.')[0].text; // → 'It’s over,'
 */
export function detectQuotes(text: string, paragraphs?: readonly Paragraph[]): DetectedQuote[] {
  assertText(text, 'detectQuotes');
  return detectQuotesUpTo(text, paragraphs ?? splitParagraphs(text), Infinity).quotes;
}

/** What {@link detectQuotesUpTo} found, and whether it stopped before the end of the text. */
export interface BoundedQuotes {
  /** At most the limit's number of quotations, the first in text order. */
  readonly quotes: DetectedQuote[];
  /** Set when there may be more quotations than were returned. */
  readonly truncated: boolean;
}

/**
 * {@link detectQuotes} with a bound on what it holds: once `limit` quotations and stray marks are
 * found and no quotation is open (or twice as many, open or not), it stops reading, so memory
 * stays in proportion to the limit however many marks the text holds.
 *
 * @param text the article
 * @param paras its paragraphs
 * @param limit the most quotations to return
 * @returns the first `limit` quotations in text order, and whether there may be more
 */
export function detectQuotesUpTo(
  text: string,
  paras: readonly Paragraph[],
  limit: number,
): BoundedQuotes {
  const found: Building[] = [];
  const orphans: Orphan[] = [];
  const next = nextIndexFinder(text);
  let carried: Open | null = null; // a quotation left open at the end of the previous paragraph

  const emit = (q: Open, close: Span | null, repairs: readonly QuoteRepair[]) => {
    const built = finish(text, q, close, repairs);
    if (built) found.push(built);
    else if (q.strays) for (const s of q.strays) orphans.push([s, q.paragraph]);
  };

  // Stray marks count against the limit too: each is a span in the result.
  let strays = 0;
  let stopped = false;
  const full = (open: number) =>
    found.length + strays >= limit && (open === 0 || found.length + strays >= 2 * limit);

  paragraphs: for (const para of paras) {
    const stack: Open[] = [];
    let i = para.start;
    if (carried) {
      // News reopens a quotation that runs on at the start of each paragraph, with a mark of the
      // same family; a paragraph that does not reopen it leaves it unclosed.
      if (reopens(text, carried, para)) {
        carried.partStart = para.start + 1;
        carried.paragraph = para.index;
        stack.push(carried);
        i = para.start + 1;
      } else {
        emit(carried, null, UNCLOSED);
      }
      carried = null;
    }

    for (; i < para.end; i++) {
      const code = text.charCodeAt(i);
      const c = maybeMark(code) ? MARK_OF_CODE.get(code) : undefined;
      if (c === undefined) continue;
      if (full(stack.length)) {
        // what is still open is dropped: it would end here, and wrongly as never closed
        stopped = true;
        carried = null;
        break paragraphs;
      }
      const before = i > para.start ? text[i - 1]! : '\n';
      const after = i + 1 < para.end ? text[i + 1]! : '\n';
      // ''Like this'': NYT copy doubles apostrophes for quotation marks; neither is a mark here
      if (c === "'" && (before === "'" || after === "'")) continue;
      if (APOSTROPHE_MARKS.has(c) && isApostrophe(text, i)) continue;
      const canOpen =
        !SPACE.test(after) &&
        (SPACE.test(before) || BEFORE_OPENING.has(before) || CLOSERS.has(before));
      const canClose = !SPACE.test(before) && !WORD_CHAR.test(after);
      const inch = c === '"' && DIGIT.test(before);

      // A guillemet, or a mark that never opens (’ 」 』), closes the quotation it can close; a mark
      // that also opens (" ' ” “ ‘) must look like a closing mark.
      const target = findOpen(stack, c);
      const closes =
        target >= 0 &&
        (GUILLEMETS.has(c) || !CLOSERS.has(c) || canClose || (!canOpen && c !== "'")) &&
        !(inch && isInchMark(text, i, para.end, next)) &&
        !isPossessiveInsideQuote(text, i, para.end, c, next);
      if (closes) {
        // marks opened inside the one now closed and never closed themselves end here
        while (stack.length > target + 1) emit(endPart(text, stack.pop()!, i), null, UNCLOSED);
        emit(endPart(text, stack.pop()!, i), { start: i, end: i + 1, text: c }, NONE);
        continue;
      }
      // An apostrophe or an inch mark that closes nothing is just that; another closing mark
      // that closes nothing, and cannot open, is a stray: ignored, and recorded.
      if (APOSTROPHE_MARKS.has(c) && !CLOSERS.has(c)) continue;
      if (inch) continue;
      // A mark that only opens (“ ‘ „ « …) opens even with a space after it (“ We won”), unless it
      // stands where a closing mark stands (word“ next); a symmetric one (" ' ”) needs to look like an opening.
      // A symmetric mark alone at the start of a paragraph opens too (” … what I learned).
      const opens =
        CLOSERS.has(c) &&
        (SYMMETRIC_MARKS.has(c)
          ? canOpen || (i === para.start && c !== "'")
          : OPEN_ONLY_BEFORE_WORD.has(c)
            ? canOpen
            : canOpen || !canClose || !CLOSING_MARKS.has(c));
      if (!opens) {
        if (APOSTROPHE_MARKS.has(c)) continue;
        const stray = span(text, i, i + 1);
        strays += 1;
        const host = stack.at(-1);
        if (host) (host.strays ??= []).push(stray);
        else orphans.push([stray, para.index]);
        continue;
      }
      if (stack.length >= MAX_DEPTH) continue;
      // The same mark again while one is open: where a sentence starts (“One, she said. “Two,”)
      // the open one was never closed; inside a sentence (“what he calls “hell” today”) it nests.
      if (stack.at(-1)?.mark === c && UPPER_START.test(after) && opensSentence(text, i)) {
        emit(endPart(text, stack.pop()!, i), null, UNCLOSED);
      }
      stack.push({
        mark: c,
        open: { start: i, end: i + 1, text: c },
        closers: CLOSERS.get(c)!,
        depth: stack.length,
        partStart: i + 1,
        paragraph: para.index,
        parts: [],
        paragraphs: [],
        strays: null,
      });
    }

    // A quotation still open at the end of the paragraph ends there; the outermost one may be
    // continued by the next paragraph.
    while (stack.length > 1) emit(endPart(text, stack.pop()!, para.end), null, UNCLOSED);
    // (an opening mark with nothing after it in its paragraph opens nothing)
    const outer = stack.pop();
    if (outer) {
      endPart(text, outer, para.end);
      if (outer.parts.length > 0) carried = outer;
      else emit(outer, null, UNCLOSED);
    }
  }
  if (carried) emit(carried, null, UNCLOSED);

  found.sort((a, b) => a.start - b.start || a.depth - b.depth);
  const truncated = stopped || found.length > limit;
  if (found.length > limit) found.length = limit;
  recordOrphans(found, orphans);
  return { quotes: found, truncated };
}

// Every quotation mark is in Latin-1 (" ' « »), General Punctuation (‘ to „, ‹ ›) or CJK
// Symbols (「 to 』): a cheap test on the code unit skips almost every character.
function maybeMark(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x2018 && code <= 0x203a) ||
    (code >= 0x300c && code <= 0x300f)
  );
}

function findOpen(stack: readonly Open[], closer: string): number {
  // an apostrophe-like mark closes only the innermost quotation: in ‘He called it “the Joneses’
  // car”’ the possessive must not end the single quotation around the double one
  if (APOSTROPHE_MARKS.has(closer)) {
    const k = stack.length - 1;
    return k >= 0 && stack[k]!.closers.includes(closer) ? k : -1;
  }
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.closers.includes(closer)) return k;
  return -1;
}

// “…\n\n“… or ‘…\n\n‘…: the next paragraph starts with an opening mark of the carried one's family.
function reopens(text: string, carried: Open, para: Paragraph): boolean {
  const c = text[para.start]!;
  if (MARK_FAMILY.get(c) !== MARK_FAMILY.get(carried.mark) || !CLOSERS.has(c)) return false;
  if (para.end - para.start < 2 || SPACE.test(text[para.start + 1]!)) return false;
  return !(APOSTROPHE_MARKS.has(c) && isApostrophe(text, para.start));
}

/**
 * The next offset of a character at or after `from`, remembered per character: the detector
 * asks with `from` never decreasing, so all the look-ahead of one call costs one pass.
 */
function nextIndexFinder(text: string): (c: string, from: number) => number {
  const cache = new Map<string, number>();
  return (c, from) => {
    const known = cache.get(c);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = text.indexOf(c, from);
    cache.set(c, at);
    return at;
  };
}

// "a 12" pipe", "he is 5' 9" tall": a straight double mark after a digit is an inch mark when it
// follows feet, or when a lower-case word follows and another straight mark in the paragraph is
// left to close the quotation ("the 12" pipe," he said).
function isInchMark(
  text: string,
  i: number,
  end: number,
  next: (c: string, from: number) => number,
): boolean {
  if (FEET_BEFORE.test(text.slice(Math.max(0, i - 6), i))) return true;
  if (!/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const later = next('"', i + 1);
  return later >= 0 && later < end;
}

// ‘The students’ books are gone,’ she said: a mark after "s" followed by a lower-case word, with
// another candidate closing mark later in the paragraph, is a plural possessive.
function isPossessiveInsideQuote(
  text: string,
  i: number,
  end: number,
  c: string,
  next: (c: string, from: number) => number,
): boolean {
  if ((c !== '’' && c !== "'") || !/[sS]/.test(text[i - 1] ?? '')) return false;
  if (!/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const later = next(c, i + 1);
  return later >= 0 && later < end;
}

function endPart(text: string, q: Open, at: number): Open {
  let s = q.partStart;
  let e = at;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e > s) {
    // The result keeps these arrays, so they are made to size: an array grown by push keeps room
    // for 16 more, which on a quotation every few characters is most of the result's memory.
    if (q.parts.length === 0) {
      q.parts = [span(text, s, e)];
      q.paragraphs = [q.paragraph];
    } else {
      q.parts.push(span(text, s, e));
      q.paragraphs.push(q.paragraph);
    }
  }
  return q;
}

// The result for a quotation, or null when there is nothing to report: no quoted words, or a
// straight single mark never closed, which in American copy is an apostrophe ('Bama, 'burbs).
function finish(
  text: string,
  q: Open,
  close: Span | null,
  repairs: readonly QuoteRepair[],
): Building | null {
  const { parts } = q;
  if (parts.length === 0 || (q.mark === "'" && close === null)) return null;
  const start = parts[0]!.start;
  const end = parts.at(-1)!.end;
  return {
    start,
    end,
    // most quotations have one part, whose text is the quotation's: one string for both
    text: parts.length === 1 ? parts[0]!.text : text.slice(start, end),
    kind: quoteKind(text, q.open.start, parts[0]!.text),
    open: q.open,
    close,
    paragraph: q.paragraphs[0]!,
    paragraphs: q.paragraphs,
    parts,
    depth: q.depth,
    repairs: q.strays ? [...repairs, 'stray-close'] : repairs,
    strayMarks: q.strays ?? NONE,
  };
}

// A stray mark outside every quotation is recorded on the nearest quotation: the one before it
// in its paragraph, else the one after it in its paragraph, else the nearest before or after.
function recordOrphans(found: Building[], orphans: Orphan[]): void {
  if (found.length === 0) return;
  orphans.sort((a, b) => a[0].start - b[0].start);
  for (const [mark, para] of orphans) {
    // the last quotation starting before the mark, by binary search
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid]!.start < mark.start) lo = mid + 1;
      else hi = mid;
    }
    const before = found[lo - 1];
    const after = found[lo];
    const inPara = (q: Building | undefined) => q?.paragraphs.includes(para);
    const host = inPara(before) ? before! : inPara(after) ? after! : (before ?? after)!;
    // the first stray mark gives the quotation arrays of its own; later ones are pushed onto them
    if (!host.repairs.includes('stray-close')) {
      host.repairs = [...host.repairs, 'stray-close'];
      host.strayMarks = [...host.strayMarks];
    }
    (host.strayMarks as Span[]).push(mark);
  }
}

/**
 * A full quote starts with a capital and stands where a sentence can start (after a colon, a
 * comma, a full stop, a dash or the paragraph start), or is a long sentence of its own; anything
 * else is a few quoted words inside the writer's sentence.
 */
function quoteKind(text: string, openAt: number, content: string): QuoteKind {
  if (!UPPER_START.test(content)) return 'partial';
  return opensSentence(text, openAt) || (/[.!?,]$/.test(content) && countWords(content, 6) >= 6)
    ? 'full'
    : 'partial';
}

// A mark at `openAt` stands where a sentence can start: after the paragraph start or punctuation
// that ends or breaks a sentence.
function opensSentence(text: string, openAt: number): boolean {
  let k = openAt - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  const prev = k < 0 ? '\n' : text[k]!;
  return /[\n:,.;!?—–(…-]/.test(prev) || CLOSING_MARKS.has(prev);
}
