import type { ResolutionStep } from '../cast.js';
import { fullestForm } from '../name-index.js';

/**
 * Someone new: a name takes its fullest form in the article ("Yang" → "Yang Jiechi"). A pronoun
 * that no earlier step resolved makes no one: "she" is never a speaker's name, and a quotation
 * whose "she" refers to no one the article names has no speaker.
 */
export const newEntity: ResolutionStep = {
  name: 'new-entity',
  apply({ store, names }, { at, info }) {
    return info.kind === 'pronoun' ? null : store.create(fullestForm(names, info), at);
  },
};
