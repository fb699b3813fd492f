import { joined } from '../../mentions/describe-mention.js';
import type { ResolutionStep } from '../cast.js';
import { fullestForm } from '../name-index.js';

/**
 * Someone new: a name takes its fullest form in the article ("Yang" → "Yang Jiechi"); a pronoun
 * no earlier step resolved stands for a person (or a group, when plural) named by its own word.
 */
export const newEntity: ResolutionStep = {
  name: 'new-entity',
  apply({ ctx, store, names }, { first, last, at, info }) {
    if (info.kind !== 'pronoun') return store.create(fullestForm(names, info, at), at);
    return store.create(
      {
        kind: info.plural ? 'group' : 'person',
        name: joined(ctx.tokens, first, last),
        surname: null,
        given: [],
        gender: info.gender,
        roles: [],
        definite: true,
      },
      at,
    );
  },
};
