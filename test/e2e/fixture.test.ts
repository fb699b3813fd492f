// End to end on an article the project wrote for the purpose (test/fixtures/marrowick-flood-wall.txt):
// fictional people and places, one or more quotations for every attribution pattern the library
// handles, with a hand-annotated answer beside it (marrowick-flood-wall.expected.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  type AttributionRule,
  type ParagraphKind,
  type QuoteKind,
  type ReportKind,
  type ReportRule,
  type SpeakerKind,
} from '../../src/index.js';

interface ExpectedQuote {
  readonly pattern: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker: string | null;
  readonly mention: string | null;
  /** The rule expected to decide the quotation. */
  readonly rule: AttributionRule;
  readonly cluster: string | null;
}

interface ExpectedReport {
  readonly pattern: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ReportKind;
  readonly mention: string;
  readonly cue: string;
  /** The rule expected to read the statement. */
  readonly rule: ReportRule;
  readonly cluster: string;
  /** Start offsets of the quotations inside the clause. */
  readonly quotes: readonly number[];
}

interface Expected {
  readonly paragraphs: ReadonlyArray<{ index: number; opening: string; kind: ParagraphKind }>;
  readonly speakers: Readonly<Record<string, { name: string; kind: SpeakerKind }>>;
  readonly quotes: readonly ExpectedQuote[];
  readonly reported: readonly ExpectedReport[];
}

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const text = fixture('marrowick-flood-wall.txt');
const expected = JSON.parse(fixture('marrowick-flood-wall.expected.json')) as Expected;
const result = analyzeArticle(text);

/**
 * Quotations whose expected speaker name the code does not give yet, by start offset. The
 * expectation in the JSON is the right one; the name check skips these until the code is fixed.
 * Everything else about them (offsets, mention, cluster) is still checked.
 */

const attributed = expected.quotes.filter((q) => q.speaker !== null);
const quoteAt = (start: number) => result.quotes.find((q) => q.start === start);

describe('marrowick-flood-wall: paragraphs', () => {
  it('splits the article into the expected paragraphs', () => {
    expect(result.paragraphs.map((p) => p.index)).toStrictEqual(
      expected.paragraphs.map((p) => p.index),
    );
  });

  it.each(expected.paragraphs.map((p) => [p.opening, p] as const))('%s…', (_, p) => {
    const got = result.paragraphs[p.index]!;
    expect(got.text.startsWith(p.opening)).toBe(true);
    expect(got.kind).toBe(p.kind);
    expect(text.slice(got.start, got.end)).toBe(got.text);
  });
});

describe('marrowick-flood-wall: quotations', () => {
  it('finds exactly the annotated quotations, in text order', () => {
    expect(result.quotes.map((q) => [q.start, q.end])).toStrictEqual(
      expected.quotes.map((q) => [q.start, q.end]),
    );
  });

  it.each(expected.quotes.map((q) => [q.text, q] as const))('%s', (_, q) => {
    const got = quoteAt(q.start);
    expect(got).toBeDefined();
    expect({ start: got!.start, end: got!.end, text: got!.text, kind: got!.kind }).toStrictEqual({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
    });
    expect(text.slice(got!.start, got!.end)).toBe(q.text);
  });
});

describe('marrowick-flood-wall: attribution', () => {
  it.each(attributed.map((q) => [q.pattern, q.text, q] as const))('%s: %s', (_, __, q) => {
    const got = quoteAt(q.start)!;
    expect(got.speaker).not.toBeNull();
    expect(got.mention?.text ?? null).toBe(q.mention);
    if (got.mention) expect(text.slice(got.mention.start, got.mention.end)).toBe(got.mention.text);
    if (got.cue) expect(text.slice(got.cue.start, got.cue.end)).toBe(got.cue.text);
    expect(got.speaker!.name).toBe(q.speaker);
    expect(got.rule).toBe(q.rule);
  });

  it.each(
    expected.quotes.filter((q) => q.speaker === null).map((q) => [q.pattern, q.text, q] as const),
  )('%s: %s has no speaker', (_, __, q) => {
    const got = quoteAt(q.start)!;
    expect({
      speaker: got.speaker,
      mention: got.mention,
      cue: got.cue,
      rule: got.rule,
    }).toStrictEqual({
      speaker: null,
      mention: null,
      cue: null,
      rule: q.rule,
    });
  });

  it('attributes no quotation the annotation leaves without a speaker', () => {
    const extra = result.quotes.filter(
      (q) => q.speaker !== null && !attributed.some((g) => g.start === q.start),
    );
    expect(extra.map((q) => q.text)).toStrictEqual([]);
  });
});

describe('marrowick-flood-wall: speakers', () => {
  const idOf = new Map<string, string>();
  for (const q of attributed) idOf.set(q.cluster!, quoteAt(q.start)?.speaker?.id ?? '');

  it.each(attributed.map((q) => [q.cluster, q.text, q] as const))('%s: %s', (_, __, q) => {
    expect(quoteAt(q.start)!.speaker?.id).toBe(idOf.get(q.cluster!));
  });

  it('gives each cluster its own speaker, and no speaker to two clusters', () => {
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    // (speakers of reported statements only come after these; test/reported covers them)
    const quoted = result.speakers.filter((s) => s.quotes.length > 0);
    expect(quoted.map((s) => s.id).sort()).toStrictEqual([...idOf.values()].sort());
  });

  it('keeps the official who is "he" and the official who is "she" apart', () => {
    expect(idOf.get('official-1')).not.toBe(idOf.get('official-2'));
  });

  it('numbers speakers s1, s2, … in order of first quotation', () => {
    const firstSeen = [...new Set(attributed.map((q) => q.cluster!))];
    expect(firstSeen.map((c) => idOf.get(c))).toStrictEqual(firstSeen.map((_, i) => `s${i + 1}`));
  });

  it.each(Object.entries(expected.speakers))('%s', (cluster, want) => {
    const speaker = result.speakers.find((s) => s.id === idOf.get(cluster))!;
    expect(speaker.kind).toBe(want.kind);
    expect(speaker.name).toBe(want.name);
    const quotes = attributed
      .filter((q) => q.cluster === cluster)
      .map((q) => result.quotes.findIndex((r) => r.start === q.start));
    expect(speaker.quotes).toStrictEqual(quotes);
  });
});

describe('marrowick-flood-wall: reported speech', () => {
  const speakerOf = new Map<string, string>();
  for (const q of attributed) speakerOf.set(q.cluster!, quoteAt(q.start)?.speaker?.id ?? '');

  it('finds exactly the annotated reported statements, in text order', () => {
    expect(result.reported.map((r) => [r.start, r.end])).toStrictEqual(
      expected.reported.map((r) => [r.start, r.end]),
    );
  });

  it.each(expected.reported.map((r) => [r.pattern, r.text, r] as const))('%s: %s', (_, __, r) => {
    const got = result.reported.find((x) => x.start === r.start)!;
    expect(got).toBeDefined();
    expect(text.slice(got.start, got.end)).toBe(r.text);
    expect({
      text: got.text,
      kind: got.kind,
      mention: got.mention.text,
      cue: got.cue.text,
      rule: got.rule,
      quotes: got.quotes.map((i) => result.quotes[i]!.start),
    }).toStrictEqual({
      text: r.text,
      kind: r.kind,
      mention: r.mention,
      cue: r.cue,
      rule: r.rule,
      quotes: r.quotes,
    });
    expect(text.slice(got.mention.start, got.mention.end)).toBe(got.mention.text);
    expect(text.slice(got.cue.start, got.cue.end)).toBe(got.cue.text);
    // a report and the person's quotations are one speaker
    expect(got.speaker.id).toBe(speakerOf.get(r.cluster));
    expect(got.speaker.name).toBe(expected.speakers[r.cluster]!.name);
  });

  it('lists each speaker’s reports under the speaker', () => {
    for (const [cluster, id] of speakerOf) {
      const speaker = result.speakers.find((s) => s.id === id)!;
      const reports = expected.reported
        .filter((r) => r.cluster === cluster)
        .map((r) => result.reported.findIndex((x) => x.start === r.start));
      expect(speaker.reported).toStrictEqual(reports);
    }
  });
});
