import { countBefore } from '../../count-before.js';
import type { TokenContext } from '../../document/token-context.js';
import type { TokenRange } from '../../mentions/noun-phrase.js';
import { pronounOf } from '../../mentions/pronouns.js';
import { NAME_SUFFIXES } from '../../lexicon/name-suffixes.js';
import type { Span, Speaker } from '../../types.js';

/** The index of the token that starts at `offset`, or -1 (tokens are in text order). */
function tokenStartingAt(ctx: TokenContext, offset: number): number {
  const { tokens } = ctx;
  const k = countBefore(tokens.length, (k) => tokens[k]!.start < offset);
  return tokens[k]?.start === offset ? k : -1;
}

/** The index of the token that ends at `offset`, or -1. */
function tokenEndingAt(ctx: TokenContext, offset: number): number {
  const { tokens } = ctx;
  const k = countBefore(tokens.length, (k) => tokens[k]!.end < offset);
  return tokens[k]?.end === offset ? k : -1;
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
 * Every place the article names each person: each occurrence of their surname (a word, or several
 * tokens: "Adeosun-Ladipo" is read as Adeosun, -, Ladipo), with the rest of the name written
 * before it ("Antony Blinken", "Mr. Blinken" → "Blinken"). The titles, honorifics and appositives
 * around these places tell who the person is. A surname that names more than one speaker
 * (`sharedSurnames`) is taken for a speaker only where their name is written in full, unless it
 * is all of their name.
 *
 * One pass over the article finds the surnames, each token tried only as the start of the
 * surnames it begins; at each surname, the names of that surname are tried by their lengths, so
 * that a thousand people of ten surnames cost no more than ten.
 *
 * @param ctx the article's tokens
 * @param names the names of speakers of kind `person`
 * @param sharedSurnames surnames that name more than one speaker
 * @returns each name's token ranges, in text order (empty for a name with no surname)
 */
export function nameSites(
  ctx: TokenContext,
  names: Iterable<string>,
  sharedSurnames: ReadonlySet<string>,
): (name: string) => readonly TokenRange[] {
  const { tokens, text } = ctx;
  const sites = new Map<string, TokenRange[]>();
  const bySurname = surnameGroups(names, sites);
  /** Every beginning of a surname → the lengths of the surnames that begin so. */
  const lengthsFrom = new Map<string, Set<number>>();
  for (const surname of bySurname.keys()) {
    for (let n = 1; n <= surname.length; n++) {
      const start = surname.slice(0, n);
      const lengths = lengthsFrom.get(start) ?? new Set<number>();
      lengthsFrom.set(start, lengths.add(surname.length));
    }
  }
  tokens.forEach((t, k) => {
    for (const length of lengthsFrom.get(t.value) ?? []) {
      const surname = text.slice(t.start, t.start + length);
      const group = bySurname.get(surname);
      const last = group ? tokenEndingAt(ctx, t.start + length) : -1;
      if (last < k) continue;
      const shared = sharedSurnames.has(surname);
      if (!shared) {
        // a surname alone is each of its people's…
        for (const name of group!.names)
          sites.get(name)!.push(fullSite(ctx, last, name) ?? [k, last]);
        continue;
      }
      // …unless it names several: then it is only the person it is all the name of, and the
      // others' names are tried by their lengths (not one by one: a thousand people share it)
      if (group!.names.has(surname))
        sites.get(surname)!.push(fullSite(ctx, last, surname) ?? [k, last]);
      const end = tokens[last]!.end;
      for (const nameLength of group!.lengths) {
        if (end - nameLength < 0) continue;
        const name = text.slice(end - nameLength, end);
        if (name === surname || !group!.names.has(name)) continue;
        const site = fullSite(ctx, last, name);
        if (site) sites.get(name)!.push(site);
      }
    }
  });
  return (name) => sites.get(name) ?? [];
}

/** Surname → the names ending in it and their lengths; an empty list of sites for each name. */
function surnameGroups(
  names: Iterable<string>,
  sites: Map<string, TokenRange[]>,
): Map<string, { names: Set<string>; lengths: Set<number> }> {
  const bySurname = new Map<string, { names: Set<string>; lengths: Set<number> }>();
  for (const name of names) {
    const surname = surnameOf(name);
    if (!surname || sites.has(name)) continue;
    sites.set(name, []);
    let group = bySurname.get(surname);
    if (!group) bySurname.set(surname, (group = { names: new Set(), lengths: new Set() }));
    group.names.add(name);
    group.lengths.add(name.length);
  }
  return bySurname;
}

/** The tokens of `name` written in full, ending at token `last`, or null. */
function fullSite(ctx: TokenContext, last: number, name: string): TokenRange | null {
  const end = ctx.tokens[last]!.end;
  const fullStart = end - name.length;
  if (fullStart < 0 || ctx.text.slice(fullStart, end) !== name) return null;
  const first = tokenStartingAt(ctx, fullStart);
  return first >= 0 ? [first, last] : null;
}
