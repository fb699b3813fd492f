// Builds what the resolution steps read from an article written for a test, the way analyze.ts
// does, and finds a phrase's tokens in it.
import { findAttributions } from '../../src/attribution/attribute-quotes.js';
import { buildTokenContext, type TokenContext } from '../../src/document/token-context.js';
import { describeMention } from '../../src/mentions/describe-mention.js';
import type { TokenRange } from '../../src/mentions/noun-phrase.js';
import { winkTokenizer } from '../../src/nlp/wink.js';
import { splitParagraphs } from '../../src/paragraphs/split-paragraphs.js';
import { detectQuotes } from '../../src/quotes/detect-quotes.js';
import type { Cast, MentionSite } from '../../src/speakers/cast.js';
import { resolveEntities } from '../../src/speakers/coreference.js';
import { EntityStore } from '../../src/speakers/entity-store.js';
import { indexNames } from '../../src/speakers/name-index.js';

const tokenize = winkTokenizer();

/** The article's tokens in context, as the pipeline builds them. */
export function contextOf(text: string): TokenContext {
  const paragraphs = splitParagraphs(text);
  const quotes = detectQuotes(text, paragraphs);
  return buildTokenContext(text, tokenize(text), paragraphs, quotes);
}

/** A cast with no entities yet. */
export function castOf(text: string): Cast {
  const ctx = contextOf(text);
  return { ctx, store: new EntityStore(), names: indexNames(ctx) };
}

/** The tokens of the `nth` (from 1) occurrence of `phrase` in the article. */
export function rangeOf(ctx: TokenContext, phrase: string, nth = 1): TokenRange {
  let at = -1;
  for (let k = 0; k < nth; k++) at = ctx.text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`“${phrase}” is not in the article`);
  const first = ctx.tokens.findIndex((t) => t.start >= at);
  let last = first;
  while (ctx.tokens[last + 1] && ctx.tokens[last + 1]!.end <= at + phrase.length) last++;
  return [first, last];
}

/** The mention a step reads, for the `nth` occurrence of `phrase`. */
export function siteOf(cast: Cast, phrase: string, nth = 1): MentionSite {
  const range = rangeOf(cast.ctx, phrase, nth);
  const { tokens } = cast.ctx;
  return {
    first: range[0],
    last: range[1],
    at: tokens[range[0]]!.start,
    referent: range,
    info: describeMention(tokens, range),
  };
}

/** Makes an entity of the `nth` occurrence of `phrase`, as if it had been quoted there. */
export function known(cast: Cast, phrase: string, nth = 1): number {
  const site = siteOf(cast, phrase, nth);
  if (site.info.kind === 'pronoun') throw new Error('a pronoun makes no entity here');
  return cast.store.create(site.info, site.at);
}

/** For each quotation of an article: its speaker's name and the step that resolved it. */
export function resolvedSteps(text: string): Array<readonly [string | null, string | null]> {
  const ctx = contextOf(text);
  const quotes = detectQuotes(text, ctx.paragraphs);
  const { entityOf, entities, stepOf } = resolveEntities(ctx, findAttributions(ctx, quotes));
  return entityOf.map((e, q) => [e === null ? null : entities[e]!.name, stepOf[q]!] as const);
}
