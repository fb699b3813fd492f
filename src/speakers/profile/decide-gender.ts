import type { GenderEvidence, GenderEvidenceKind, SpeakerGender } from '../../types.js';

/**
 * How strongly each kind of evidence tells a gender, strongest first: words written on the name
 * itself (an honorific, a role word such as spokeswoman), then pronouns, whose antecedent is
 * read by rule and may be wrong, then the given name, which tells only what most people so named
 * are.
 */
const STRENGTH: readonly (readonly GenderEvidenceKind[])[] = [
  ['honorific', 'role-word'],
  ['pronoun'],
  ['given-name'],
];

/**
 * The gender the evidence tells: the strongest kind present decides, and when its pieces
 * disagree the gender is `'unknown'`.
 *
 * @param evidence every piece of evidence for one speaker
 * @returns the gender
 */
export function decideGender(evidence: readonly GenderEvidence[]): SpeakerGender {
  for (const kinds of STRENGTH) {
    const deciding = evidence.filter((e) => kinds.includes(e.kind));
    if (deciding.length === 0) continue;
    const first = deciding[0]!.gender;
    return deciding.every((e) => e.gender === first) ? first : 'unknown';
  }
  return 'unknown';
}
