import { CAPITALISED } from '../lexicon/capitalised.js';
import { CAPTION_LABELS, FURNITURE_LABELS, FURNITURE_LINES } from '../lexicon/furniture.js';
import type { ParagraphKind } from '../types.js';

/** Lines that only credit an image: "Example Photo", "(AP Photo/Jane Doe)", "Getty Images". */
const CREDIT =
  /^\(?[^.!?]{0,60}\b(?:photo|photograph|image|illustration|credit|file)s?\b[^.!?]{0,60}\)?$/i;
/**
 * A caption ends with the credit in parentheses: "… on May 1. (Jane Doe/Agency via Getty Images)".
 * Tested on the last parenthesis only, so that a long paragraph full of "(" costs one pass.
 */
const CAPTION_CREDIT =
  /^\((?:[^()]*\/[^()]*|[^()]*\b(?:photo|images?|getty|reuters|afp|ap)\b[^()]*)\)\s*$/i;
/** Longer than this, a closing parenthesis is not a credit: credits are a few names. */
const CREDIT_MAX = 160;
/** "By Jane Doe", "By Jane Doe and John Roe, Staff Writers". */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and)\s.*)?$/iu;
/** "From The Example Times", "Source: Example News", "This article first appeared in …". */
const SOURCE =
  /^(?:from|source:|originally published|this (?:article|story) (?:first |originally )?appeared)\s/i;

/**
 * A link or label line is at most a headline's length: "READ MORE: <the linked story's headline>".
 */
const FURNITURE_MAX_WORDS = 25;
/** A crosshead or a pull quote is a few words: a longer quotation alone is a paragraph of speech. */
const CROSSHEAD_MAX_WORDS = 12;
/** "READ MORE: …", "Watch: …": the label before the colon. */
const LABEL = /^(\p{L}[\p{L} ]{0,20}):(?:\s|$)/u;
/** "MORE COVERAGE:", "PHOTOS:": a label in capitals, alone on its line. */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}\d &'’/-]{0,40}:$/u;
/** Where a quotation-only paragraph's marks are: one at each end. */
const OPENING = /^(?:''|‘‘|[“"‘'«„‟])/u;
const CLOSING = /(?:''|’’|[”"’'»“])$/u;
/** A mark of a double quotation inside: the paragraph holds more than one quotation. */
const INNER_DOUBLE = /["“”«»]|''/;

/**
 * Tells what a paragraph is from its text and position. A headline is the first paragraph when it
 * is a short single line; captions and credits are recognised by the credit they carry; link and
 * label lines by their label (src/lexicon/furniture.ts), crossheads and pull quotes as a short
 * quotation alone with no final stop.
 *
 * @param text the paragraph, trimmed
 * @param index its position in the article
 * @param count how many paragraphs the article has
 * @returns the paragraph's kind
 */
export function paragraphKind(text: string, index: number, count: number): ParagraphKind {
  // Every rule below looks at short paragraphs only: count words no further than the largest limit.
  const words = countWords(text, 31);
  const firstBreak = text.search(/\r|\n|\u2028/);
  const oneLine = firstBreak < 0;
  const firstLine = oneLine ? text : text.slice(0, firstBreak).trim();
  if (words <= 12 && SOURCE.test(text)) return 'source';
  if (words <= 14 && oneLine && BYLINE.test(text)) return 'byline';
  if (words <= 8 && oneLine && CREDIT.test(text) && !/[.!?]["”’]?$/.test(text)) return 'credit';
  if (
    endsWithCredit(text) ||
    (!oneLine && countWords(firstLine, 7) <= 6 && CREDIT.test(firstLine)) ||
    CAPTION_LABELS.has(labelOf(text))
  )
    return 'caption';
  if (words <= FURNITURE_MAX_WORDS && oneLine && isFurniture(text)) return 'furniture';
  // "The mayor said on Tuesday:" opens what follows: running text, never a headline
  if (
    index === 0 &&
    count > 1 &&
    oneLine &&
    words <= 30 &&
    !text.endsWith(':') &&
    looksLikeTitle(text)
  )
    return 'headline';
  if (words <= CROSSHEAD_MAX_WORDS && oneLine && isCrosshead(text)) return 'crosshead';
  return 'body';
}

/**
 * Paragraphs of the page, not of the story: link and label lines, crossheads and pull quotes.
 * They hold no speech, name no one a later pronoun refers to, and a quotation continued from
 * before them is read past them.
 *
 * @param kind a paragraph's kind
 * @returns true for furniture and crossheads
 */
export function isPageFurniture(kind: ParagraphKind): boolean {
  return kind === 'furniture' || kind === 'crosshead';
}

// READ MORE: …, RELATED:, Story continues below advertisement, MORE COVERAGE:
function isFurniture(text: string): boolean {
  if (FURNITURE_LABELS.has(labelOf(text))) return true;
  if (FURNITURE_LINES.has(text.replace(/[.:…]+$/, '').toLowerCase())) return true;
  return CAPS_LABEL.test(text);
}

// ‘We were left with nothing’ between two paragraphs: a crosshead or a pull quote, one
// quotation alone with no final stop (a quotation of speech alone ends its sentence: “We left.”)
function isCrosshead(text: string): boolean {
  const open = OPENING.exec(text)?.[0];
  const close = CLOSING.exec(text)?.[0];
  if (!open || !close || open.length + close.length >= text.length) return false;
  const inner = text.slice(open.length, text.length - close.length);
  return !INNER_DOUBLE.test(inner) && !/[.!?…,;:]$/.test(inner) && !/^\s|\s$/.test(inner);
}

/** The label before a paragraph's colon ("READ MORE: …", "Photo: …"), lower-cased, or "". */
function labelOf(text: string): string {
  return (LABEL.exec(text)?.[1] ?? '').trim().toLowerCase();
}

function endsWithCredit(text: string): boolean {
  if (!/\)\s*$/.test(text.slice(-CREDIT_MAX))) return false;
  // (with no "(", open is -1 and the slice is the last character alone, which is no credit)
  const open = text.lastIndexOf('(');
  return text.length - open <= CREDIT_MAX && CAPTION_CREDIT.test(text.slice(open));
}

/**
 * Words in `text`, counted up to `cap` (a count of `cap` means "at least that many"): a text of a
 * million words costs no more than one of `cap`.
 */
export function countWords(text: string, cap: number): number {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length && words < cap; k++) {
    const c = text.charCodeAt(k);
    // the white space of \s that paragraphs hold: tab to carriage return, space, no-break spaces
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x2028 ||
      c === 0x3000 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x202f;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// A headline either lacks a final full stop or capitalises most of its words.
// An opening single quotation mark is the American headline's mark ("calls Obamacare ‘crazy system’").
function looksLikeTitle(text: string): boolean {
  if (!/[.!?]["”’']?$/.test(text)) return true;
  if (/(?:^|[\s(])[‘'][\p{L}][^‘'’\n]*[’'](?=[\s,.;:!?)]|$)/u.test(text)) return true;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  return capitalised >= words.length * 0.6;
}
