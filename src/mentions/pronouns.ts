/** Grammatical gender a speaker can be referred to with. */
export type Gender = 'male' | 'female' | 'unknown';

/** Personal pronouns that can stand as the subject of a reporting verb. */
export const SUBJECT_PRONOUNS = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  they: { gender: 'unknown', plural: true }, // also singular they; plural first
  it: { gender: 'unknown', plural: false }, // an organisation, a report, a statement
  i: { gender: 'unknown', plural: false }, // the writer, in columns and letters
  we: { gender: 'unknown', plural: true },
} as const satisfies Record<string, { gender: Gender; plural: boolean }>;

export type SubjectPronoun = keyof typeof SUBJECT_PRONOUNS;

/** Relative pronouns: "Smith, who said …" refers back to the noun phrase before the comma. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set('who which that'.split(' '));

/** Possessive determiners and the pronoun they stand for: "his warning" is his. */
const POSSESSIVE_OF: Readonly<Record<string, SubjectPronoun>> = {
  his: 'he',
  her: 'she',
  their: 'they',
  its: 'it',
};

/** The subject pronoun a word is, or stands for as a possessive ("her" → she), if any. */
export function pronounOf(word: string): SubjectPronoun | undefined {
  return isSubjectPronoun(word) ? word : POSSESSIVE_OF[word];
}

export function isSubjectPronoun(word: string): word is SubjectPronoun {
  return Object.hasOwn(SUBJECT_PRONOUNS, word);
}
