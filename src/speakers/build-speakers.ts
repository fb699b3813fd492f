import { countBefore } from '../count-before.js';
import type { RawAttribution } from '../attribution/attribute-quotes.js';
import type { TokenContext } from '../document/token-context.js';
import type { RawReport } from '../reported/sieve.js';
import { span } from '../span.js';
import type { DetectedQuote, Quote, Report, Span, SpeakerRef } from '../types.js';
import type { BuiltSpeaker } from './profile/profile-speakers.js';
import { RELATIVE_PRONOUNS } from '../lexicon/relative-pronouns.js';
import { pronounOf } from '../mentions/pronouns.js';
import { resolveEntities, type CastAttribution } from './coreference.js';

const isPronoun = (word: string): boolean =>
  pronounOf(word) !== undefined || RELATIVE_PRONOUNS.has(word);

interface SpeakerEntry {
  id: string;
  quotes: number[];
  reported: number[];
  mentions: Map<number, Span>;
}

/**
 * Joins quotations, reported statements, their attributions and the resolved entities into the
 * public result: each quotation and report with its speaker, mention and cue as spans; each
 * speaker with its forms, quotations and reports. Quotations and reports go through one cast in
 * text order, so a report and a quotation about the same person are one speaker.
 *
 * @param ctx the article's tokens in context
 * @param quotes its quotations
 * @param attributions one per quotation
 * @param reports its reported statements, in text order
 */
export function buildSpeakers(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
  attributions: readonly RawAttribution[],
  reports: readonly RawReport[] = [],
): { quotes: Quote[]; reported: Report[]; speakers: BuiltSpeaker[] } {
  const { text, tokens } = ctx;
  const { quoteEntity, reportEntity, entities } = resolveCast(ctx, quotes, attributions, reports);
  const range = (r: readonly [number, number] | null): Span | null =>
    r ? span(text, tokens[r[0]]!.start, tokens[r[1]]!.end) : null;

  // speakers are numbered in order of their first quotation, then of their first report
  const byEntity = new Map<number, SpeakerEntry>();
  const entry = (e: number): SpeakerEntry => {
    let found = byEntity.get(e);
    if (!found) {
      found = { id: `s${byEntity.size + 1}`, quotes: [], reported: [], mentions: new Map() };
      byEntity.set(e, found);
    }
    return found;
  };
  const addMention = (e: SpeakerEntry, m: Span | null) => {
    if (m) e.mentions.set(m.start, m);
  };
  quoteEntity.forEach((e, qi) => {
    if (e === null) return;
    const found = entry(e);
    found.quotes.push(qi);
    addMention(found, range(attributions[qi]!.mention));
  });
  // a report whose mention resolves to no one (an "it" with nothing to refer to) is left out
  const kept: number[] = [];
  reportEntity.forEach((e, ri) => {
    if (e === null) return;
    const found = entry(e);
    found.reported.push(kept.length);
    kept.push(ri);
    addMention(found, range(reports[ri]!.mention));
  });

  const outQuotes: Quote[] = quotes.map((q, qi) => {
    const e = quoteEntity[qi] as number | null; // (one entry per quotation)
    const speaker = e === null ? null : { id: byEntity.get(e)!.id, name: entities[e]!.name };
    return attributedQuote(q, attributions[qi]!, speaker, range);
  });

  const reported: Report[] = kept.map((ri) => {
    const e = reportEntity[ri]!;
    const speaker = { id: byEntity.get(e)!.id, name: entities[e]!.name };
    return builtReport(reports[ri]!, speaker, quotes, range);
  });

  const speakers: BuiltSpeaker[] = [...byEntity].map(([e, found]) => {
    const entity = entities[e]!;
    const mentions = [...found.mentions.values()].sort((x, y) => x.start - y.start);
    // pronouns are no names: they stay among the mentions, not the aliases
    const aliases = [...new Set(mentions.map((m) => m.text))].filter(
      (t) => t !== entity.name && !isPronoun(t.toLowerCase()),
    );
    const { id, quotes: own, reported: said } = found;
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      aliases,
      mentions,
      quotes: own,
      reported: said,
    };
  });
  return { quotes: outQuotes, reported, speakers };
}

/**
 * Resolves the mentions of quotations and reports as one cast, in text order: a quotation's place
 * is where it starts, a report's where its mention stands (the cast reads the mention there). A
 * quotation's `sameAs` (the earlier quotation it continues) is carried over.
 */
function resolveCast(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
  attributions: readonly RawAttribution[],
  reports: readonly RawReport[],
) {
  const items = [
    ...quotes.map((q, i) => ({ at: q.start, quote: i, report: -1 })),
    ...reports.map((r, i) => ({ at: ctx.tokens[r.mention[0]]!.start, quote: -1, report: i })),
  ].sort((x, y) => x.at - y.at);
  const placeOfQuote: number[] = [];
  items.forEach((item, place) => {
    if (item.quote >= 0) placeOfQuote[item.quote] = place;
  });
  const cast: CastAttribution[] = items.map((item) => {
    if (item.report >= 0) return { mention: reports[item.report]!.mention, sameAs: null };
    const { mention, sameAs } = attributions[item.quote]!;
    return { mention, sameAs: sameAs === null ? null : placeOfQuote[sameAs]! };
  });
  const { entityOf, entities } = resolveEntities(ctx, cast);
  const quoteEntity: Array<number | null> = [];
  const reportEntity: Array<number | null> = [];
  items.forEach((item, place) => {
    if (item.quote >= 0) quoteEntity[item.quote] = entityOf[place] ?? null;
    else reportEntity[item.report] = entityOf[place] ?? null;
  });
  return { quoteEntity, reportEntity, entities };
}

/**
 * Indices of the quotations whose marks lie inside a clause. Quotations come in order of their
 * start: the search begins at the first that starts in the clause and ends past its end, so each
 * report costs the quotations in its clause, not all of the article's (with one every sentence,
 * 1 MB of reports and quotations took 45 s).
 */
function quotesWithin(quotes: readonly DetectedQuote[], clause: Span): number[] {
  const inside: number[] = [];
  const from = countBefore(quotes.length, (qi) => quotes[qi]!.start < clause.start);
  // (a quotation's words start after its opening mark and end before its closing one)
  for (let qi = from; qi < quotes.length && quotes[qi]!.start <= clause.end; qi++) {
    const q = quotes[qi]!;
    const end = q.close ? q.close.end : q.end;
    if (q.open.start >= clause.start && end <= clause.end) inside.push(qi);
  }
  return inside;
}

/** A reported statement as the result gives it, with its speaker and the quotations inside it. */
function builtReport(
  r: RawReport,
  speaker: SpeakerRef,
  quotes: readonly DetectedQuote[],
  range: (r: readonly [number, number] | null) => Span | null,
): Report {
  const clause = range(r.clause)!;
  const inside = quotesWithin(quotes, clause);
  return {
    start: clause.start,
    end: clause.end,
    text: clause.text,
    kind: inside.length > 0 ? 'mixed' : 'indirect',
    speaker,
    mention: range(r.mention)!,
    cue: range(r.cue)!,
    confidence: r.confidence,
    reason: r.reason,
    rule: r.rule,
    quotes: inside,
  };
}

/**
 * A detected quotation with its attribution, as the result gives it. Every field is written out:
 * spreading the detected quotation made each result a slow, dictionary-shaped object, a fifth of
 * the time on inputs made of quotations.
 */
function attributedQuote(
  q: DetectedQuote,
  a: RawAttribution,
  speaker: SpeakerRef | null,
  range: (r: readonly [number, number] | null) => Span | null,
): Quote {
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
    speaker,
    mention: speaker === null ? null : range(a.mention),
    cue: speaker === null ? null : range(a.cue),
    confidence: a.confidence,
    reason: a.reason,
    rule: a.rule,
  };
}
