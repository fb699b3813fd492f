import type { TokenContext } from '../../document/token-context.js';
import type { TokenRange } from '../../mentions/noun-phrase.js';
import { pronounOf } from '../../mentions/pronouns.js';
import { NAME_SUFFIXES } from '../../lexicon/name-suffixes.js';
import type { Span, Speaker } from '../../types.js';

/** The index of the token that starts at `offset`, or -1 (tokens are in text order). */
export function tokenStartingAt(ctx: TokenContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the token that ends at `offset`, or -1. */
export function tokenEndingAt(ctx: TokenContext, offset: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const end = tokens[mid]!.end;
    if (end === offset) return mid;
    if (end < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The tokens of a span, or null when the span does not start and end on token edges. */
export function tokensOf(ctx: TokenContext, s: Span): TokenRange | null {
  const first = tokenStartingAt(ctx, s.start);
  const last = tokenEndingAt(ctx, s.end);
  return first >= 0 && last >= first ? [first, last] : null;
}

/** A speaker's mentions that are no pronoun ("the official", "Blinken"), as token ranges. */
export function describingMentions(
  ctx: TokenContext,
  speaker: Pick<Speaker, 'mentions'>,
): TokenRange[] {
  const ranges: TokenRange[] = [];
  for (const m of speaker.mentions) {
    if (pronounOf(m.text.toLowerCase()) !== undefined) continue;
    const range = tokensOf(ctx, m);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** The last word of a person's name, suffixes ("Jr.") left out: where a mention by surname ends. */
export function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(w.toLowerCase()));
  return words.length > 0 ? words[words.length - 1] : undefined;
}

/**
 * Every place the article names a person: each occurrence of their surname as a word, with the
 * rest of the name written before it ("Antony Blinken", "Mr. Blinken" → "Blinken"). The titles,
 * honorifics and appositives around these places tell who the person is.
 *
 * @param ctx the article's tokens
 * @param speaker a speaker of kind `person`
 * @param sharedSurnames surnames that name more than one speaker: those people are found only
 *   where their name is written in full
 * @returns the name's token ranges, in text order
 */
export function nameSites(
  ctx: TokenContext,
  speaker: Pick<Speaker, 'name' | 'mentions'>,
  sharedSurnames: ReadonlySet<string>,
): TokenRange[] {
  const { tokens, text } = ctx;
  const surname = surnameOf(speaker.name);
  if (!surname) return [];
  const shared = sharedSurnames.has(surname) && speaker.name !== surname;
  const sites: TokenRange[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // a surname may be several tokens: "Adeosun-Ladipo" is read as Adeosun, -, Ladipo
    if (!text.startsWith(surname, tokens[k]!.start)) continue;
    const last = tokenEndingAt(ctx, tokens[k]!.start + surname.length);
    if (last < k) continue;
    const end = tokens[last]!.end;
    const fullStart = end - speaker.name.length;
    const full = fullStart >= 0 && text.slice(fullStart, end) === speaker.name;
    const first = full ? tokenStartingAt(ctx, fullStart) : -1;
    if (first >= 0) sites.push([first, last]);
    else if (!shared) sites.push([k, last]);
  }
  return sites;
}
