import { sentenceAt } from '../../document/token-context.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import type { ResolutionStep } from '../cast.js';

/**
 * How far back, in tokens, "the diplomat" looks for "a European diplomat": about the paragraphs
 * a pronoun reaches.
 */
const INTRODUCTION_REACH = 300;

/** How many words may stand between "a" and its role noun: "a senior European Union diplomat". */
const MODIFIER_REACH = 4;

/** Words that introduce someone new. */
const INDEFINITE = /^(?:a|an|another|one)$/;

/**
 * "A European diplomat who spoke on condition of anonymity said …" … "the diplomat said": a
 * definite role the article introduced without a name, and no known speaker holds, is someone of
 * its own, not the nearest named person.
 */
export const unnamedRole: ResolutionStep = {
  name: 'unnamed-role',
  apply({ ctx, store }, { first, at, info }) {
    if (info.kind !== 'role' || !info.definite || info.roles.length === 0) return null;
    const { tokens, quoteOf } = ctx;
    const from = sentenceAt(ctx, first)[0];
    for (let k = from - 1; k >= 0 && k >= from - INTRODUCTION_REACH; k--) {
      if (quoteOf[k]! >= 0 || !info.roles.includes(tokens[k]!.lower)) continue;
      // "a spokeswoman, Liesbet Marsh," is named
      if (tokens[k + 1]?.value === ',' && CAPITALISED.test(tokens[k + 2]?.value ?? '')) continue;
      for (let j = k - 1; j >= 0 && j >= k - MODIFIER_REACH; j--) {
        if (INDEFINITE.test(tokens[j]!.lower)) return store.create(info, at);
        if (tokens[j]!.pos === 'PUNCT' || tokens[j]!.pos === 'VERB') break;
      }
    }
    return null;
  },
};
