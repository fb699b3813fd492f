import { sentenceSubject } from '../../grammar/subjects.js';
import type { ResolutionStep } from '../cast.js';
import { subjectEntity } from '../subject-entity.js';

/**
 * "Trump's campaign is defending him. It's denouncing what it calls …": "it" or "they" with no
 * antecedent in its own sentence refers to the previous sentence's subject, when that fits. ("He"
 * and "she" look for the nearest person instead: the previous subject is often not the speaker.)
 */
export const previousSentenceSubject: ResolutionStep = {
  name: 'previous-sentence-subject',
  apply(cast, { first, info }) {
    if (info.kind !== 'pronoun' || (info.pronoun !== 'it' && info.pronoun !== 'they')) return null;
    const s = cast.ctx.sentenceOf[first]!;
    if (s === 0) return null;
    const [s0, s1] = cast.ctx.sentences[s - 1]!;
    return subjectEntity(cast, info, sentenceSubject(cast.ctx, s0, s1), first);
  },
};
