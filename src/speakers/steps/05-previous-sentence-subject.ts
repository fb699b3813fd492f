import { sentenceSubject } from '../../grammar/subjects.js';
import { canSpeak, describeMention } from '../../mentions/describe-mention.js';
import type { ResolutionStep } from '../cast.js';
import { agrees } from '../agreement.js';
import { subjectEntity } from '../subject-entity.js';
import { roleHolder } from './02-role-holder.js';

/**
 * "Bramwell confirmed that Okonkwo-Hart would return. “…,” he said.": a pronoun with no
 * antecedent in its own sentence refers to the previous sentence's subject when that fits, before
 * a person named since as an object or inside a clause. A subject already resolved (the speaker of
 * a report, "He said the side …") is the one it was resolved to; "he" and "she" are someone who
 * can speak ("The cave lies …, Phommachanh said. “…,” she said" is not the cave).
 */
export const previousSentenceSubject: ResolutionStep = {
  name: 'previous-sentence-subject',
  apply(cast, { first, info }) {
    if (info.kind !== 'pronoun') return null;
    const { ctx, store } = cast;
    const s = ctx.sentenceOf[first]!;
    if (s === 0) return null;
    const [s0, s1] = ctx.sentences[s - 1]!;
    const subject = sentenceSubject(ctx, s0, s1);
    if (!subject) return null;
    const [a, b] = subject;
    // ("Dwayne Pelletier, a retired millwright" … "the retired millwright sat": the one described)
    const site = { first: a, last: b, at: ctx.tokens[a]!.start, referent: subject };
    const known =
      store.resolvedAt(a) ??
      roleHolder.apply(cast, { ...site, info: describeMention(ctx.tokens, subject) }) ??
      undefined;
    if (known === undefined) {
      if (info.gender !== 'unknown' && !canSpeak(ctx.tokens, subject)) return null;
      return subjectEntity(cast, info, subject, first);
    }
    const e = store.entities[known]!;
    return agrees(info, e.kind, e.gender, e.plural) ? known : null;
  },
};
