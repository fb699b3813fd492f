import type { PronounMention } from '../mentions/describe-mention.js';
import type { Gender } from '../lexicon/subject-pronouns.js';
import type { SpeakerKind } from '../types.js';

/**
 * Can a pronoun refer to an entity of this kind, gender and number? "it" to an organisation or a
 * place, "they" and "we" to a group or an organisation, "he" and "she" to one person of a gender
 * that does not contradict it, "I" to no one (it is the quotation's own voice).
 *
 * @param info the pronoun
 * @param kind the candidate's kind
 * @param gender the candidate's gender, as known so far
 * @param plural whether the candidate is more than one
 * @returns whether the pronoun agrees with the candidate
 */
export function agrees(
  info: PronounMention,
  kind: SpeakerKind,
  gender: Gender,
  plural: boolean,
): boolean {
  if (info.pronoun === 'it') return kind === 'organization' || kind === 'place';
  if (info.pronoun === 'they' || info.pronoun === 'we') return plural || kind === 'organization';
  if (info.pronoun === 'i') return false;
  return (
    (kind === 'person' || kind === 'role') &&
    !plural &&
    (gender === 'unknown' || info.gender === 'unknown' || gender === info.gender)
  );
}
