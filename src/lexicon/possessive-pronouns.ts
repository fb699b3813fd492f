import type { SubjectPronoun } from './subject-pronouns.js';

/**
 * Possessive determiners, which open a noun phrase as an article does ("his campaign manager"),
 * with the subject pronoun each stands for where it can refer back to a speaker ("his warning" is
 * his); the writer's and the reader's ("my", "our", "your") refer to no one in the article.
 */
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, SubjectPronoun | null>> = {
  her: 'she',
  his: 'he',
  its: 'it',
  my: null,
  our: null,
  their: 'they',
  your: null,
};
