/** Grammatical gender a speaker can be referred to with. */
export type Gender = 'male' | 'female' | 'unknown';

/** Personal pronouns that can stand as the subject of a reporting verb. */
export const SUBJECT_PRONOUNS = {
  he: { gender: 'male', plural: false },
  i: { gender: 'unknown', plural: false }, // the writer, in columns and letters
  it: { gender: 'unknown', plural: false }, // an organisation, a report, a statement
  she: { gender: 'female', plural: false },
  they: { gender: 'unknown', plural: true }, // also singular they; plural first
  we: { gender: 'unknown', plural: true },
} as const satisfies Record<string, { gender: Gender; plural: boolean }>;

/** A personal pronoun that can stand as a subject. */
export type SubjectPronoun = keyof typeof SUBJECT_PRONOUNS;
