import type { TokenContext } from '../../document/token-context.js';
import { UNTITLED_ROLE_NOUNS } from '../../lexicon/untitled-role-nouns.js';
import { ROLE_PREPOSITIONS } from '../../lexicon/role-prepositions.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import { POSSESSIVE_MARK, type TokenRange } from '../../mentions/noun-phrase.js';
import { span } from '../../span.js';
import type { Span } from '../../types.js';
import {
  appositiveAfter,
  appositiveBefore,
  isTitleWord,
  phraseBeforeName,
  singularRole,
} from './name-context.js';

/** A speaker's title and what they belong to, as spans. */
export interface TitleAndAffiliation {
  readonly title: Span | null;
  readonly affiliation: Span | null;
}

const NONE: TitleAndAffiliation = { title: null, affiliation: null };

/** Words before a role that say how many or which, not what: "one of the two", "another". */
const QUANTIFIER = /^(?:a|an|the|another|one|two|three|four|several|some|many|both|of|this|that)$/;
/** Words an organisation's name may hold between its capitalised words: "University of Manitoba". */
const NAME_JOINER = /^(?:of|and|&|the|for|-)$/;

/**
 * Reads a role phrase ("one of the two senior administration officials", "Australia's foreign
 * minister", "a spokeswoman for Blue Tide Ferries", "Kildare County Council spokeswoman",
 * "Secretary of State") into its title and affiliation. A plural head is cut to its singular
 * where the singular is a prefix of it ("officials" → "official").
 *
 * @param ctx the article's tokens
 * @param range the phrase's tokens
 * @returns the title and affiliation, each null when the phrase gives none
 */
function readRolePhrase(ctx: TokenContext, range: TokenRange): TitleAndAffiliation {
  const { text, tokens } = ctx;
  const end = range[1];
  let k = range[0];
  while (k <= end && QUANTIFIER.test(tokens[k]!.lower)) k++;
  // "then-Secretary of State": the title, not when it was held
  if (tokens[k]?.lower === 'then' && tokens[k + 1]?.value === '-') k += 2;
  let affiliation: Span | null = null;
  // what the role belongs to, before it: "Australia's", "Kildare County Council"
  const ownerStart = k;
  while (k <= end && CAPITALISED.test(tokens[k]!.value) && !isTitleWord(tokens[k]!)) k++;
  if (k <= end && POSSESSIVE_MARK.test(tokens[k]!.value) && k > ownerStart) {
    affiliation = span(text, tokens[ownerStart]!.start, tokens[k - 1]!.end);
    k++;
  } else if (k > ownerStart && k <= end && isTitleWord(tokens[k]!)) {
    affiliation = span(text, tokens[ownerStart]!.start, tokens[k - 1]!.end);
  } else k = ownerStart;
  // the title: up to its last title word before a preposition ("Secretary of State" keeps its
  // "of", whose next word is a title word too)
  const titleStart = k;
  let titleEnd = -1;
  for (; k <= end; k++) {
    const t = tokens[k]!;
    const ofTitle = t.lower === 'of' && isTitleWord(tokens[k + 1] ?? t) && k + 1 <= end;
    if ((ROLE_PREPOSITIONS.has(t.lower) || t.lower === 'of') && !ofTitle) break;
    // (a title ends on a word of its own: "chairwoman of the" is no title)
    if (isTitleWord(t) && !NAME_JOINER.test(t.lower)) titleEnd = k;
    else if (t.pos === 'PUNCT' && t.value !== '-') break;
  }
  const title = titleEnd >= titleStart ? titleSpan(ctx, titleStart, titleEnd) : null;
  // what the role belongs to, after it: "for Blue Tide Ferries", "at the University of Manitoba"
  if (
    !affiliation &&
    k < end &&
    (ROLE_PREPOSITIONS.has(tokens[k]!.lower) || tokens[k]!.lower === 'of')
  ) {
    affiliation = organizationAfter(ctx, k + 1, end);
  }
  return { title, affiliation };
}

/** The title from `a` to `b`, a plural head cut to its singular; null for "person", "woman". */
function titleSpan(ctx: TokenContext, a: number, b: number): Span | null {
  const { text, tokens } = ctx;
  const head = tokens[b]!;
  const singular = singularRole(head.lower);
  if (UNTITLED_ROLE_NOUNS.has(singular) && a === b) return null;
  const cut = singular !== head.lower && head.lower.startsWith(singular);
  const end = cut ? head.start + singular.length : head.end;
  return span(text, tokens[a]!.start, end);
}

/** The organisation named from token `a` on, up to `b`: "the RCMP", "the University of Manitoba". */
function organizationAfter(ctx: TokenContext, a: number, b: number): Span | null {
  const { text, tokens } = ctx;
  let last = -1;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (CAPITALISED.test(t.value)) last = k;
    else if (!NAME_JOINER.test(t.lower)) break;
  }
  return last >= a ? span(text, tokens[a]!.start, tokens[last]!.end) : null;
}

/**
 * A named person's title and affiliation: from the first place the article writes a title with
 * their name, before it ("Secretary of State Antony Blinken") or in an appositive ("Marise Payne,
 * Australia's foreign minister," or "Australia's foreign minister, Marise Payne,").
 *
 * @param ctx the article's tokens
 * @param sites where the article names the person, in text order
 */
export function personTitle(ctx: TokenContext, sites: readonly TokenRange[]): TitleAndAffiliation {
  let found: TitleAndAffiliation = NONE;
  for (const [first, last] of sites) {
    for (const phrase of [
      phraseBeforeName(ctx, first),
      appositiveAfter(ctx, last),
      appositiveBefore(ctx, first, last),
    ]) {
      if (!phrase) continue;
      const read = readRolePhrase(ctx, phrase);
      if (read.title && !found.title)
        found = { title: read.title, affiliation: read.affiliation ?? found.affiliation };
      else if (read.affiliation && !found.affiliation)
        found = { ...found, affiliation: read.affiliation };
      if (found.title && found.affiliation) return found;
    }
  }
  return found;
}

/**
 * A speaker known by description: the title and affiliation of their fullest mention ("another
 * senior administration official" over "the official").
 *
 * @param ctx the article's tokens
 * @param mentions the speaker's describing mentions
 */
export function roleTitle(ctx: TokenContext, mentions: readonly TokenRange[]): TitleAndAffiliation {
  let best: TitleAndAffiliation = NONE;
  for (const range of mentions) {
    const read = readRolePhrase(ctx, range);
    const longer = (read.title?.text.length ?? 0) > (best.title?.text.length ?? 0);
    if (longer) best = { title: read.title, affiliation: read.affiliation ?? best.affiliation };
    else if (!best.affiliation && read.affiliation)
      best = { ...best, affiliation: read.affiliation };
  }
  return best;
}
