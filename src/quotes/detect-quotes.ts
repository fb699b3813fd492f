import { countBefore } from '../count-before.js';
import { countWords } from '../paragraphs/paragraph-kinds.js';
import { MAX_PARAGRAPHS, splitParagraphsUpTo } from '../paragraphs/split-paragraphs.js';
import { assertText, span } from '../span.js';
import type { DetectedQuote, Paragraph, QuoteKind, QuoteRepair, Span } from '../types.js';
import { isApostrophe } from './apostrophes.js';
import { APOSTROPHE_MARKS } from '../lexicon/apostrophe-marks.js';
import { BEFORE_OPENING } from '../lexicon/before-opening.js';
import { DOUBLED_MARKS, type DoubledMark } from '../lexicon/doubled-marks.js';
import { GUILLEMETS } from '../lexicon/guillemets.js';
import { OPEN_ONLY_BEFORE_WORD } from '../lexicon/open-only-before-word.js';
import { STRAIGHT_DOUBLE_MARKS } from '../lexicon/straight-double-marks.js';
import { SYMMETRIC_MARKS } from '../lexicon/symmetric-marks.js';
import { CLOSERS, CLOSING_MARKS, MARK_FAMILY } from './marks.js';

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
/** 5' 9", 6′2", 5'10'': the inch mark of a height or a length in feet and inches. */
const FEET_BEFORE = /\d\s?['′’]\s?\d{1,2}$/;
/** The longest text FEET_BEFORE matches: "5' 10". */
const FEET_REACH = 6;

/**
 * Quotations an article may hold before detection, and the analysis, stop reading, by default: a
 * long article holds a few hundred; 20,000 is a book of interviews, and about 8 MB of result.
 * Hostile input holds one every four characters (`‘a’ ‘a’ …`) and would otherwise cost about
 * 112 MB of heap per MB of text.
 */
export const DEFAULT_MAX_QUOTES = 20_000;

/** Options of {@link detectQuotes}. */
export interface DetectOptions {
  /**
   * The most quotations to find. Past it detection stops reading: the result holds the first
   * `maxQuotes` quotations and has `truncated: true`, so that memory stays in proportion to what
   * is returned. A positive whole number, or `Infinity` for no limit.
   * @default 20000
   */
  readonly maxQuotes?: number;
  /** The article's paragraphs, when already split by {@link splitParagraphs}. */
  readonly paragraphs?: readonly Paragraph[];
}

/**
 * The quotations {@link detectQuotes} returns: an array, with `truncated: true` when detection
 * stopped at `maxQuotes` quotations or at the 100,000th paragraph (absent otherwise).
 */
export type DetectedQuotes = DetectedQuote[] & { readonly truncated?: true };

/**
 * Finds every quotation in an article from its characters alone (no NLP model): content spans
 * without the marks, the marks, the paragraphs each quotation runs over, and whether it is a
 * full or a partial quote. Apostrophes, primes and inch marks are not taken for quotation marks.
 * Two single marks in a row stand for a double one (''like this'', as the NYT archive writes “…”;
 * ‘‘this’’), and are read apart only where they are an apostrophe and a single mark.
 *
 * Unbalanced marks are repaired and flagged: a quotation never closed ends at the end of its
 * paragraph (`repairs: ['unclosed']`; a straight single quote never closed is taken for an
 * apostrophe instead), and a closing mark that closes nothing is ignored and recorded
 * (`repairs: ['stray-close']`, `strayMarks`). Cost is linear in the length of the text, memory in
 * proportion to what is returned: past `maxQuotes` quotations (or 100,000 paragraphs, when it
 * splits them itself) it stops reading and says so with `truncated: true`.
 *
 * @param text the article
 * @param options see {@link DetectOptions}; an array is taken for its paragraphs
 * @returns the quotations in text order, nested ones after the one that holds them
 * @throws {TypeError} when `text` is not a string or `options` neither an object nor an array
 * @throws {RangeError} when `maxQuotes` is not a whole number of 1 or more
 * @example
 * detectQuotes('“It’s over,” she said.')[0].text; // → 'It’s over,'
 * detectQuotes('‘a’ ‘b’ ‘c’', { maxQuotes: 2 }).truncated; // → true
 */
export function detectQuotes(
  text: string,
  options: DetectOptions | readonly Paragraph[] = {},
): DetectedQuotes {
  assertText(text, 'detectQuotes');
  if (typeof options !== 'object' || options === null)
    throw new TypeError('detectQuotes: options must be an object');
  const { paragraphs, maxQuotes } = Array.isArray(options)
    ? { paragraphs: options as readonly Paragraph[], maxQuotes: undefined }
    : (options as DetectOptions);
  const limit = maxQuotesOption(maxQuotes, 'detectQuotes');
  const split = paragraphs
    ? { paragraphs, truncated: false }
    : splitParagraphsUpTo(text, MAX_PARAGRAPHS);
  const found = detectQuotesUpTo(text, split.paragraphs, limit);
  return found.truncated || split.truncated
    ? Object.assign(found.quotes, { truncated: true as const })
    : found.quotes;
}

/**
 * A `maxQuotes` option: {@link DEFAULT_MAX_QUOTES} when left out, else a whole number of 1 or
 * more, or `Infinity`; a RangeError that names `fn` otherwise.
 */
export function maxQuotesOption(maxQuotes: unknown, fn: string): number {
  if (maxQuotes === undefined) return DEFAULT_MAX_QUOTES;
  if (
    typeof maxQuotes !== 'number' ||
    !(maxQuotes === Infinity || (Number.isInteger(maxQuotes) && maxQuotes >= 1))
  ) {
    throw new RangeError(
      `${fn}: maxQuotes must be a whole number of 1 or more, or Infinity, not ${String(maxQuotes)}`,
    );
  }
  return maxQuotes;
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
  const count = { strays: 0 };
  let stopped = false;
  const full = (open: number) =>
    found.length + count.strays >= limit &&
    (open === 0 || found.length + count.strays >= 2 * limit);

  paragraphs: for (const para of paras) {
    const reader: Reader = { text, para, stack: [], next, emit, orphans, count };
    let i = para.start;
    if (carried) {
      // News reopens a quotation that runs on at the start of each paragraph, with a mark of the
      // same family; a paragraph that does not reopen it leaves it unclosed.
      const reopening = reopens(text, carried, para);
      if (reopening > 0) {
        carried.partStart = para.start + reopening;
        carried.paragraph = para.index;
        reader.stack.push(carried);
        i = para.start + reopening;
      } else {
        emit(carried, null, UNCLOSED);
      }
      carried = null;
    }

    while (i < para.end) {
      if (!maybeMark(text.charCodeAt(i))) {
        i++;
        continue;
      }
      if (full(reader.stack.length)) {
        // what is still open is dropped: it would end here, and wrongly as never closed
        stopped = true;
        carried = null;
        break paragraphs;
      }
      i = readAt(reader, i);
    }

    // A quotation still open at the end of the paragraph ends there; the outermost one may be
    // continued by the next paragraph.
    const { stack } = reader;
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

/** What reading the marks of one paragraph needs, and where what it finds goes. */
interface Reader {
  readonly text: string;
  readonly para: Paragraph;
  /** The quotations open at this point of the paragraph, innermost last. */
  readonly stack: Open[];
  readonly next: (c: string, from: number) => number;
  readonly emit: (q: Open, close: Span | null, repairs: readonly QuoteRepair[]) => void;
  readonly orphans: Orphan[];
  /** Stray marks found so far in the article: they count against the limit. */
  readonly count: { strays: number };
}

/** Four single marks in a row are no quotation marks anyone writes: a longer run is skipped. */
const LONGEST_RUN = 3;

// Reads the character at `i`, which maybeMark() let through, and returns the offset to read next:
// a mark of one character, or a run of single marks, two of which stand for a double mark (''…'',
// ‘‘…’’).
function readAt(r: Reader, i: number): number {
  const c = MARK_OF_CODE.get(r.text.charCodeAt(i));
  if (c === undefined) return i + 1;
  const doubled = DOUBLED_MARKS.get(c + c);
  let run = 1;
  while (doubled && i + run < r.para.end && r.text[i + run] === c) run++;
  if (run === 1) {
    readMark(r, i, c);
  } else if (run === 2) {
    readDoubled(r, i, c, doubled!);
  } else if (run === LONGEST_RUN) {
    // '''Go home,' she told me,'' he said: a doubled mark opens, then a single one; where
    // marks close (me, 'Go home,''' he said) the single one closes first
    if (isOpeningPosition(r, i)) {
      readDoubled(r, i, c, doubled!);
      readMark(r, i + 2, c);
    } else {
      readMark(r, i, c);
      readDoubled(r, i + 1, c, doubled!);
    }
  }
  return i + run;
}

// The character before `i` lets a mark there open: a space, the paragraph start, a bracket or
// dash, or another mark.
function isOpeningPosition(r: Reader, i: number): boolean {
  const before = i > r.para.start ? r.text[i - 1]! : '\n';
  return SPACE.test(before) || BEFORE_OPENING.has(before) || CLOSERS.has(before);
}

// ''We won,'' he said: two single marks read as the double mark they stand for, spanning both.
function readDoubled(r: Reader, at: number, c: string, doubled: DoubledMark): void {
  const { text, stack } = r;
  const glyph = c + c;
  const before = at > r.para.start ? text[at - 1]! : '\n';
  const after = at + 2 < r.para.end ? text[at + 2]! : '\n';
  const canClose = !SPACE.test(before) && !WORD_CHAR.test(after);
  const canOpen = !SPACE.test(after) && isOpeningPosition(r, at);
  const inner = stack.at(-1);
  const innerSingle = inner !== undefined && MARK_FAMILY.get(inner.mark) === 'single';
  // as with " : a mark that also opens closes where it looks like a closing mark, or cannot open
  if (doubled.closes && (!doubled.opens || canClose || !canOpen)) {
    const target = findOpen(stack, doubled.reads);
    // A writer who opened with '' closes with ''; with a single quotation open inside another
    // double mark, the two characters are read apart (below).
    const closes =
      target >= 0 &&
      (!innerSingle || stack[target]!.open.text === glyph) &&
      !(DIGIT.test(before) && isInchMark(r, at, target));
    if (closes) {
      closeOpen(r, target, span(text, at, at + 2));
      return;
    }
  }
  // 'The fault is the students'' — an apostrophe, then the mark that closes the single quotation
  if (canClose && innerSingle && inner.closers.includes(c)) {
    readMark(r, at + 1, c);
    return;
  }
  // as with " : alone at the start of a paragraph, a mark that opens and closes opens
  const startsParagraph = at === r.para.start && doubled.closes;
  if (doubled.opens && (canOpen || startsParagraph)) pushOpen(r, at, glyph, doubled.reads, after);
}

// A mark of one character: it closes an open quotation, opens one, or is an apostrophe, an inch
// mark or a stray.
function readMark(r: Reader, i: number, c: string): void {
  const { text, para, stack } = r;
  const before = i > para.start ? text[i - 1]! : '\n';
  const after = i + 1 < para.end ? text[i + 1]! : '\n';
  if (APOSTROPHE_MARKS.has(c) && isApostrophe(text, i)) return;
  const canOpen = !SPACE.test(after) && isOpeningPosition(r, i);
  const canClose = !SPACE.test(before) && !WORD_CHAR.test(after);
  const inch = STRAIGHT_DOUBLE_MARKS.has(c) && DIGIT.test(before);

  // A guillemet, or a mark that never opens (’ 」 』), closes the quotation it can close; a mark
  // that also opens (" ' ” “ ‘) must look like a closing mark.
  const target = findOpen(stack, c);
  const closes =
    target >= 0 &&
    (GUILLEMETS.has(c) || !CLOSERS.has(c) || canClose || (!canOpen && c !== "'")) &&
    !(inch && isInchMark(r, i, target)) &&
    !isPossessiveInsideQuote(text, i, para.end, c, r.next);
  if (closes) {
    closeOpen(r, target, { start: i, end: i + 1, text: c });
    return;
  }
  // An apostrophe or an inch mark that closes nothing is just that; another closing mark
  // that closes nothing, and cannot open, is a stray: ignored, and recorded.
  if ((APOSTROPHE_MARKS.has(c) && !CLOSERS.has(c)) || inch) return;
  // A mark that only opens (“ ‘ „ « …) opens even with a space after it (“ We won”), unless it
  // stands where a closing mark stands (word“ next); a symmetric one (" ' ”) needs to look like
  // an opening. A symmetric mark alone at the start of a paragraph opens too (” … what I learned).
  const opens =
    CLOSERS.has(c) &&
    (SYMMETRIC_MARKS.has(c)
      ? canOpen || (i === para.start && c !== "'")
      : OPEN_ONLY_BEFORE_WORD.has(c)
        ? canOpen
        : canOpen || !canClose || !CLOSING_MARKS.has(c));
  if (opens) {
    pushOpen(r, i, c, c, after);
  } else if (!APOSTROPHE_MARKS.has(c)) {
    const stray = span(text, i, i + 1);
    r.count.strays += 1;
    const host = stack.at(-1);
    if (host) (host.strays ??= []).push(stray);
    else r.orphans.push([stray, para.index]);
  }
}

// The quotation at `target` closes with `close`; marks opened inside it and never closed
// themselves end there.
function closeOpen(r: Reader, target: number, close: Span): void {
  const { text, stack } = r;
  while (stack.length > target + 1) {
    r.emit(endPart(text, stack.pop()!, close.start), null, UNCLOSED);
  }
  r.emit(endPart(text, stack.pop()!, close.start), close, NONE);
}

// A quotation opens at `at` with `glyph`, read as the mark `mark`; `after` is the character after
// the glyph.
function pushOpen(r: Reader, at: number, glyph: string, mark: string, after: string): void {
  const { text, stack } = r;
  if (stack.length >= MAX_DEPTH) return;
  // The same mark again while one is open: where a sentence starts (“One, she said. “Two,”)
  // the open one was never closed; inside a sentence (“what he calls “hell” today”) it nests.
  if (stack.at(-1)?.mark === mark && UPPER_START.test(after) && opensSentence(text, at)) {
    r.emit(endPart(text, stack.pop()!, at), null, UNCLOSED);
  }
  stack.push({
    mark,
    open: span(text, at, at + glyph.length),
    closers: CLOSERS.get(mark)!,
    depth: stack.length,
    partStart: at + glyph.length,
    paragraph: r.para.index,
    parts: [],
    paragraphs: [],
    strays: null,
  });
}

// Every quotation mark is in Latin-1 (" ' « »), General Punctuation (‘ to ‟, ‹ ›), CJK Symbols
// (「 to 』) or the fullwidth forms (＂): a cheap test on the code unit skips almost every character.
function maybeMark(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x2018 && code <= 0x203a) ||
    (code >= 0x300c && code <= 0x300f) ||
    code === 0xff02
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

// “…\n\n“…, ‘…\n\n‘… or ''…\n\n''…: the next paragraph starts with an opening mark of the
// carried one's family. Returns the length of that mark, or 0 when the paragraph does not reopen.
function reopens(text: string, carried: Open, para: Paragraph): number {
  const c = text[para.start]!;
  const doubled = text[para.start + 1] === c ? DOUBLED_MARKS.get(c + c) : undefined;
  const mark = doubled?.opens ? doubled.reads : c;
  const length = doubled?.opens ? 2 : 1;
  if (MARK_FAMILY.get(mark) !== MARK_FAMILY.get(carried.mark) || !CLOSERS.has(mark)) return 0;
  if (para.end - para.start <= length || SPACE.test(text[para.start + length]!)) return 0;
  return length === 1 && APOSTROPHE_MARKS.has(c) && isApostrophe(text, para.start) ? 0 : length;
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

// A straight double mark after a digit, with a quotation open that it could close: after feet it
// is an inch mark ("He is 5' 9" tall,"); else it closes ("the "Class of 2016" members") unless the
// quotation opened with a curly mark whose curly closer comes later (“the 12" pipe,” he said).
// With no quotation open it is always an inch mark: it never opens one.
function isInchMark(r: Reader, i: number, target: number): boolean {
  if (FEET_BEFORE.test(r.text.slice(Math.max(0, i - FEET_REACH), i))) return true;
  const opener = r.stack[target]!.mark;
  if (STRAIGHT_DOUBLE_MARKS.has(opener)) return false;
  const curly = r.next(CLOSERS.get(opener)![0]!, i + 1);
  return curly >= 0 && curly < r.para.end;
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
    // the last quotation starting before the mark, and the one after it
    const next = countBefore(found.length, (k) => found[k]!.start < mark.start);
    const before = found[next - 1];
    const after = found[next];
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
