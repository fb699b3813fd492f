import type { RawAttribution } from '../attribution/attribute-quotes.js';
import type { TokenContext } from '../attribution/token-context.js';
import { span } from '../span.js';
import type { DetectedQuote, Quote, Span, Speaker } from '../types.js';
import { pronounOf, RELATIVE_PRONOUNS } from '../mentions/pronouns.js';
import { resolveEntities } from './coreference.js';

const isPronoun = (word: string): boolean =>
  pronounOf(word) !== undefined || RELATIVE_PRONOUNS.has(word);

/**
 * Joins quotations, their attributions and the resolved entities into the public result: each
 * quotation with its speaker, mention and cue as spans; each speaker with its forms and quotes.
 *
 * @param ctx the article's tokens in context
 * @param quotes its quotations
 * @param attributions one per quotation
 */
export function buildSpeakers(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
  attributions: readonly RawAttribution[],
): { quotes: Quote[]; speakers: Speaker[] } {
  const { text, tokens } = ctx;
  const { entityOf, entities } = resolveEntities(ctx, attributions);
  const range = (r: readonly [number, number] | null): Span | null =>
    r ? span(text, tokens[r[0]]!.start, tokens[r[1]]!.end) : null;

  // speakers are numbered in order of their first quotation
  const byEntity = new Map<number, { id: string; quotes: number[]; mentions: Map<number, Span> }>();
  entityOf.forEach((e, qi) => {
    if (e === null) return;
    let entry = byEntity.get(e);
    if (!entry)
      byEntity.set(e, (entry = { id: `s${byEntity.size + 1}`, quotes: [], mentions: new Map() }));
    entry.quotes.push(qi);
    const m = range(attributions[qi]!.mention);
    if (m) entry.mentions.set(m.start, m);
  });

  const outQuotes: Quote[] = quotes.map((q, qi) => {
    const a = attributions[qi]!;
    const e = entityOf[qi] as number | null; // (one entry per quotation)
    // every field written out: spreading the detected quotation made each result a slow,
    // dictionary-shaped object, a fifth of the time on inputs made of quotations
    return {
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      open: q.open,
      close: q.close,
      paragraph: q.paragraph,
      paragraphs: q.paragraphs,
      parts: q.parts,
      depth: q.depth,
      repairs: q.repairs,
      strayMarks: q.strayMarks,
      speaker: e === null ? null : { id: byEntity.get(e)!.id, name: entities[e]!.name },
      mention: e === null ? null : range(a.mention),
      cue: e === null ? null : range(a.cue),
      confidence: a.confidence,
      reason: a.reason,
      rule: a.rule,
    };
  });

  const speakers: Speaker[] = [...byEntity].map(([e, { id, quotes, mentions: byStart }]) => {
    const entity = entities[e]!;
    const mentions = [...byStart.values()].sort((x, y) => x.start - y.start);
    // pronouns are no names: they stay among the mentions, not the aliases
    const aliases = [...new Set(mentions.map((m) => m.text))].filter(
      (t) => t !== entity.name && !isPronoun(t.toLowerCase()),
    );
    return { id, name: entity.name, kind: entity.kind, aliases, mentions, quotes };
  });
  return { quotes: outQuotes, speakers };
}
