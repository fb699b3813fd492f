import type { TokenContext } from '../../document/token-context.js';
import type { TokenRange } from '../../mentions/noun-phrase.js';
import { pronounOf } from '../../mentions/pronouns.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/subject-pronouns.js';
import { ROLE_NOUNS } from '../../lexicon/role-nouns.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { GENDERED_PRONOUNS } from '../../lexicon/gendered-pronouns.js';
import { span } from '../../span.js';
import type { GenderEvidence, Speaker } from '../../types.js';
import { subjectPronouns } from './subject-pronouns.js';
import {
  appositiveAfter,
  appositiveBefore,
  headRoleNouns,
  phraseBeforeName,
  singularRole,
} from './name-context.js';

/** A source of given-name genders: the library's table, or one of the caller's. */
export type GenderOf = (givenName: string) => 'female' | 'male' | undefined;

/**
 * Evidence from the text for a speaker's gender: the pronouns their attributions use ("she
 * said"), an honorific before their name ("Ms. Strand"), and gendered kinship or role words in
 * their title, their appositives or their own mentions ("spokeswoman Jane Doe", "Jane Doe, a
 * mother of three,", "a spokesman for the council").
 *
 * @param ctx the article's tokens
 * @param speaker the speaker
 * @param sites where the article names or describes them: name sites and describing mentions
 * @returns the evidence in text order, each piece once
 */
export function textGenderEvidence(
  ctx: TokenContext,
  speaker: Pick<Speaker, 'name' | 'mentions'>,
  sites: readonly TokenRange[],
): GenderEvidence[] {
  const { text, tokens } = ctx;
  const byStart = new Map<number, GenderEvidence>();
  const add = (kind: GenderEvidence['kind'], gender: string, k: number) => {
    if (gender !== 'female' && gender !== 'male') return;
    const t = tokens[k]!;
    if (!byStart.has(t.start))
      byStart.set(t.start, { kind, gender, span: span(text, t.start, t.end) });
  };
  for (const m of speaker.mentions) {
    const pronoun = pronounOf(m.text.toLowerCase());
    if (pronoun && SUBJECT_PRONOUNS[pronoun].gender !== 'unknown') {
      byStart.set(m.start, { kind: 'pronoun', gender: SUBJECT_PRONOUNS[pronoun].gender, span: m });
    }
  }
  const roleWords = (range: TokenRange | null) => {
    if (!range) return;
    for (const k of headRoleNouns(tokens, range)) {
      add('role-word', ROLE_NOUNS[singularRole(tokens[k]!.lower)]!, k);
    }
  };
  for (const k of subjectPronouns(ctx, sites))
    add('pronoun', GENDERED_PRONOUNS[tokens[k]!.lower]!, k);
  for (const site of sites) {
    const [first, last] = site;
    // an honorific in the name's words or right before them: "Ms. Strand", "Ms Ada Strand"
    for (let k = Math.max(first - 1, 0); k <= last; k++) {
      const honorific = HONORIFICS[tokens[k]!.lower];
      if (honorific) add('honorific', honorific.gender, k);
    }
    roleWords(site);
    roleWords(phraseBeforeName(ctx, first));
    roleWords(appositiveAfter(ctx, last));
    roleWords(appositiveBefore(ctx, first, last));
  }
  return [...byStart.values()].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The given name's evidence: the first word of a person's name written in full, looked up with
 * `genderOf`.
 *
 * @param ctx the article's tokens
 * @param names where the article names the person (see nameSites), in text order
 * @param genderOf the given-name source
 * @returns the evidence, or null when the name is never written in full or the source does not know it
 */
export function givenNameEvidence(
  ctx: TokenContext,
  names: readonly TokenRange[],
  genderOf: GenderOf,
): GenderEvidence | null {
  const { text, tokens } = ctx;
  const full = names.find(([first, last]) => first < last);
  if (!full) return null;
  const given = tokens[full[0]]!;
  const gender = genderOf(given.value);
  return gender === 'female' || gender === 'male'
    ? { kind: 'given-name', gender, span: span(text, given.start, given.end) }
    : null;
}
