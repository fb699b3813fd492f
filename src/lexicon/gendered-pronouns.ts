/**
 * Every case form of the third-person singular pronouns that tell a gender: subject, object,
 * possessive and reflexive ("she said", "told her", "her office", "herself"). Sorted.
 */
export const GENDERED_PRONOUNS: Readonly<Record<string, 'female' | 'male'>> = {
  he: 'male',
  her: 'female',
  hers: 'female',
  herself: 'female',
  him: 'male',
  himself: 'male',
  his: 'male',
  she: 'female',
};
