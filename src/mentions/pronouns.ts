import { POSSESSIVE_PRONOUNS } from '../lexicon/possessive-pronouns.js';
import { SUBJECT_PRONOUNS, type SubjectPronoun } from '../lexicon/subject-pronouns.js';

/** The subject pronoun a word is, or stands for as a possessive ("her" → she), if any. */
export function pronounOf(word: string): SubjectPronoun | undefined {
  if (isSubjectPronoun(word)) return word;
  return isPossessive(word) ? (POSSESSIVE_PRONOUNS[word] ?? undefined) : undefined;
}

/** A possessive determiner: "his", "their", "our". */
export function isPossessive(word: string): boolean {
  return Object.hasOwn(POSSESSIVE_PRONOUNS, word);
}

/** A personal pronoun that can stand as a subject: "he", "they". */
export function isSubjectPronoun(word: string): word is SubjectPronoun {
  return Object.hasOwn(SUBJECT_PRONOUNS, word);
}
