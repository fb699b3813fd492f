import type { TokenContext } from '../../document/token-context.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import type { TokenRange } from '../../mentions/noun-phrase.js';
import { pronounOf } from '../../mentions/pronouns.js';
import type { Quote, Speaker } from '../../types.js';
import { decideGender } from './decide-gender.js';
import { givenNameEvidence, textGenderEvidence, type GenderOf } from './gender-evidence.js';
import { describingMentions, nameSites, surnameOf } from './name-sites.js';
import { speechCounts } from './speech-counts.js';
import { isRoleWord } from './name-context.js';
import { personTitle, roleTitle } from './title-and-affiliation.js';

/** The fields this step adds to a speaker. */
export type SpeakerProfile = Pick<
  Speaker,
  'gender' | 'genderEvidence' | 'title' | 'affiliation' | 'anonymous' | 'counts'
>;

/** A speaker as the cast is built, before its profile. */
export type BuiltSpeaker = Omit<Speaker, keyof SpeakerProfile>;

/** What profiling needs beyond the article. */
export interface ProfileOptions {
  /** Gender of a given name; null to read gender from the text alone. */
  readonly genderOf: GenderOf | null;
}

/**
 * A source the article does not name: a role ("a senior administration official"), a group of
 * roles ("senior administration officials"), a person known only by a pronoun.
 */
function isAnonymous(speaker: BuiltSpeaker): boolean {
  if (speaker.kind === 'role') return true;
  // "U.S. lawmakers", "people familiar with the talks" name no one; "Smith and Jones" do
  if (speaker.kind === 'group') {
    const head = speaker.name.split(/\s+/).find((w) => isRoleWord(w.toLowerCase()));
    return head !== undefined && !CAPITALISED.test(speaker.name.split(/\s+/).at(-1) ?? '');
  }
  if (speaker.kind === 'person') return pronounOf(speaker.name.toLowerCase()) !== undefined;
  return false;
}

/**
 * Who each speaker is: gender with its evidence, title, affiliation, whether the article names
 * them, and how much they say. Runs after the cast is built, on the speakers and their mentions.
 *
 * @param ctx the article's tokens
 * @param quotes the attributed quotations
 * @param speakers the built speakers
 * @param options the given-name source
 * @returns the speakers, each with its profile
 */
export function profileSpeakers(
  ctx: TokenContext,
  quotes: readonly Quote[],
  speakers: readonly BuiltSpeaker[],
  options: ProfileOptions,
): Speaker[] {
  // the surnames of more than one person
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const s of speakers) {
    const surname = s.kind === 'person' ? surnameOf(s.name) : undefined;
    if (surname) (seen.has(surname) ? shared : seen).add(surname);
  }
  // (every name is found in one pass: a pass over the article per speaker made an article of
  // many speakers cost the square of its length)
  const named = speakers.filter((s) => s.kind === 'person' && !isAnonymous(s)).map((s) => s.name);
  const sitesOf = nameSites(ctx, named, shared);
  return speakers.map((speaker) =>
    withProfile(speaker, profileOf(ctx, quotes, speaker, sitesOf, options)),
  );
}

/** The speaker with its profile, its fields in the order of the result (spreading two objects cost more). */
function withProfile(speaker: BuiltSpeaker, profile: SpeakerProfile): Speaker {
  const { id, name, kind, aliases, mentions, quotes, reported } = speaker;
  const { gender, genderEvidence, title, affiliation, anonymous, counts } = profile;
  return {
    id,
    name,
    kind,
    aliases,
    mentions,
    quotes,
    reported,
    gender,
    genderEvidence,
    title,
    affiliation,
    anonymous,
    counts,
  };
}

/** Token ranges by their first token, each once. */
function inTextOrder(ranges: readonly TokenRange[]): TokenRange[] {
  const byFirst = new Map<number, TokenRange>();
  for (const r of ranges) if (!byFirst.has(r[0])) byFirst.set(r[0], r);
  return [...byFirst.values()].sort((a, b) => a[0] - b[0]);
}

function profileOf(
  ctx: TokenContext,
  quotes: readonly Quote[],
  speaker: BuiltSpeaker,
  sitesOf: (name: string) => readonly TokenRange[],
  options: ProfileOptions,
): SpeakerProfile {
  const counts = speechCounts(quotes, speaker.quotes, speaker.reported.length);
  const anonymous = isAnonymous(speaker);
  const mentions = describingMentions(ctx, speaker);
  const named = speaker.kind === 'person' && !anonymous;
  const sitesOfName = named ? sitesOf(speaker.name) : [];
  const sites: TokenRange[] = named ? inTextOrder([...sitesOfName, ...mentions]) : mentions;
  const { title, affiliation } = named ? personTitle(ctx, sites) : roleTitle(ctx, mentions);
  if (speaker.kind !== 'person' && speaker.kind !== 'role') {
    return { gender: 'unknown', genderEvidence: [], title, affiliation, anonymous, counts };
  }
  const text = textGenderEvidence(ctx, speaker, sites);
  const given =
    named && options.genderOf ? givenNameEvidence(ctx, sitesOfName, options.genderOf) : null;
  const genderEvidence = given
    ? [...text, given].sort((a, b) => a.span.start - b.span.start)
    : text;
  return {
    gender: decideGender(genderEvidence),
    genderEvidence,
    title,
    affiliation,
    anonymous,
    counts,
  };
}
