import type { DetectedQuote } from '../types.js';
import type { Finding, RawAttribution, Sieve } from './sieve.js';
import { SIEVES } from './sieves/index.js';
import { noCue } from './sieves/31-no-cue.js';
import { buildSite, type Site } from './site.js';
import type { TokenContext } from '../document/token-context.js';

export type { RawAttribution } from './sieve.js';

/**
 * Decides, for each quotation, the cue and the words naming its speaker: the sieves of
 * `sieves/index.ts` are tried in order and the first that decides stamps its name on the result.
 *
 * @param ctx the article's tokens in context
 * @param quotes its quotations, in text order
 * @returns one attribution per quotation, in the same order
 */
export function findAttributions(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
): RawAttribution[] {
  const out: RawAttribution[] = [];
  quotes.forEach((_, qi) => out.push(attributeOne(buildSite(ctx, quotes, qi), out)));
  return out;
}

function attributeOne(site: Site, earlier: readonly RawAttribution[]): RawAttribution {
  for (const sieve of SIEVES) {
    const found = sieve.apply(site, earlier);
    if (found) return stamp(sieve, found);
  }
  // (the last sieve decides every quotation that reaches it)
  return stamp(noCue, { mention: null, cue: null });
}

function stamp(sieve: Sieve, found: Finding): RawAttribution {
  const { mention, cue, sameAs = null, repeats } = found;
  return {
    mention,
    cue,
    // (a sieve whose reason is `repeated` always names the attribution it repeats)
    reason: sieve.reason === 'repeated' ? repeats!.reason : sieve.reason,
    rule: sieve.name,
    confidence: sieve.confidence,
    sameAs,
  };
}
