// Acceptance on the seed article the project was specified from. The article and its gold
// quotations are other people's writing, kept in ../shared outside the repository: this test
// reads them when they are there and is skipped when they are not.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(`${corpus}seed-sino-us-talks.txt`);

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string;
  mention: string;
  cluster: string;
  kind: 'full' | 'partial';
}

interface GoldReport {
  start: number;
  end: number;
  text: string;
  speaker: string;
  cluster: string;
}

describe.skipIf(!present)('seed article (../shared/corpus)', () => {
  const text = present ? readFileSync(`${corpus}seed-sino-us-talks.txt`, 'utf8') : '';
  const gold: GoldQuote[] = present
    ? JSON.parse(readFileSync(`${corpus}seed-sino-us-talks.gold.json`, 'utf8')).quotes
    : [];
  const reportedGold: GoldReport[] = present
    ? JSON.parse(readFileSync(`${corpus}seed-sino-us-talks.gold.json`, 'utf8')).reported
    : [];
  const result = present
    ? analyzeArticle(text)
    : { quotes: [], reported: [], speakers: [], paragraphs: [] };

  it('finds every gold quotation with exactly the gold offsets and kind', () => {
    for (const g of gold) {
      const q = result.quotes.find((x) => x.start === g.start && x.end === g.end);
      expect(q, g.text).toBeDefined();
      expect(q!.text).toBe(g.text);
      expect(q!.kind, g.text).toBe(g.kind);
    }
  });

  it('attributes each gold quotation to the gold speaker, through the gold mention', () => {
    for (const g of gold) {
      const q = result.quotes.find((x) => x.start === g.start)!;
      expect(q.speaker?.name, g.text).toBe(g.speaker);
      expect(q.mention?.text, g.text).toBe(g.mention);
    }
  });

  it('gives each gold speaker cluster its own speaker, and one speaker per cluster', () => {
    const idOf = new Map<string, string>();
    for (const g of gold) {
      const id = result.quotes.find((x) => x.start === g.start)!.speaker!.id;
      if (idOf.has(g.cluster)) expect(id, g.text).toBe(idOf.get(g.cluster));
      else idOf.set(g.cluster, id);
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    // the official who is "he" and the official who is "she" are two people
    expect(idOf.get('official-1')).not.toBe(idOf.get('official-2'));
  });

  it('attributes no other quotation', () => {
    const extra = result.quotes.filter((q) => q.speaker && !gold.some((g) => g.start === q.start));
    expect(extra).toStrictEqual([]);
  });

  // a reported statement is found when one returned item covers at least half of it
  const reportFor = (g: GoldReport) =>
    result.reported.find(
      (r) => 2 * (Math.min(r.end, g.end) - Math.max(r.start, g.start)) >= g.end - g.start,
    );

  it('finds every gold reported statement', () => {
    expect(reportedGold.length).toBe(14);
    for (const g of reportedGold) expect(reportFor(g), g.text).toBeDefined();
  });

  it('gives each reported statement the speaker of its cluster, shared with the cluster’s quotations', () => {
    const idOf = new Map<string, string>();
    for (const g of gold)
      idOf.set(g.cluster, result.quotes.find((x) => x.start === g.start)!.speaker!.id);
    for (const g of reportedGold) {
      const id = reportFor(g)!.speaker.id;
      if (idOf.has(g.cluster)) expect(id, g.text).toBe(idOf.get(g.cluster));
      else idOf.set(g.cluster, id);
    }
    const clusters = [...new Set([...gold, ...reportedGold].map((g) => g.cluster))];
    expect(new Set(clusters.map((c) => idOf.get(c))).size).toBe(clusters.length);
  });
});
