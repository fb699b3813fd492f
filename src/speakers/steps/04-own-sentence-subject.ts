import { sentenceSubject } from '../../grammar/subjects.js';
import { sentenceAt } from '../../document/token-context.js';
import type { ResolutionStep } from '../cast.js';
import { subjectEntity } from '../subject-entity.js';

/** "Clinton says she …": a pronoun after its own sentence's subject refers to that subject. */
export const ownSentenceSubject: ResolutionStep = {
  name: 'own-sentence-subject',
  apply(cast, { first, info }) {
    if (info.kind !== 'pronoun') return null;
    const [s0] = sentenceAt(cast.ctx, first);
    if (first <= s0) return null;
    return subjectEntity(cast, info, sentenceSubject(cast.ctx, s0, first - 1), first);
  },
};
