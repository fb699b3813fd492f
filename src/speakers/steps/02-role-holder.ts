import { sentenceAt } from '../../document/token-context.js';
import { knownOrNew, type ResolutionStep } from '../cast.js';
import { ageIn } from '../../mentions/age.js';
import { describingWords, roleHead } from '../descriptors.js';

/**
 * How far back, in characters, "the chief executive" looks for the person the article described
 * so: a role is named once and referred to for the rest of a story, further than a pronoun reaches.
 */
const ROLE_REACH = 12000;

/**
 * "Its chief executive, Declan Morrow, said …" … "the chief executive said": a definite role goes
 * to the nearest person the article named with that role (a title, a description before the name
 * or set off after it, an age for "the 34-year-old"), unless a speaker known by that role was
 * mentioned since. A person named in the mention's own sentence is not it ("Finch said the mayor").
 */
export const roleHolder: ResolutionStep = {
  name: 'role-holder',
  apply(cast, { first, last, info }) {
    const { ctx, store, names } = cast;
    if (info.kind !== 'role' || !info.definite || info.roles.length === 0) return null;
    const age = ageIn(ctx.tokens, first, last);
    const head = age ?? roleHead(ctx.tokens, first, last);
    const sentenceStart = ctx.tokens[sentenceAt(ctx, first)[0]]!.start;
    const known = store.findSame(info);
    const knownAt = known === null ? -1 : (store.entities[known]!.seenAt.at(-1) ?? -1);
    for (const n of names.before(sentenceStart, ROLE_REACH)) {
      if (n.at <= knownAt) return null;
      const words = describingWords(ctx, n.run, n.nameStart);
      if (!words.has(head)) continue;
      return knownOrNew(cast, n.info, n.at);
    }
    return null;
  },
};
