// `--summary`: the audit of an archive's sources, over all input and per outlet, through the
// built command, on an archive made here with known speakers, quotations and words.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Who speaks in the made-up archive, and what they say (every quotation's words counted below). */
const WOMEN = ['Maria Lopez', 'Ruth Okafor', 'Helen Marsh'];
const MEN = ['Tom Baker', 'Ivan Novak'];
const SAYINGS = [
  'The bridge will open in May', // 6 words
  'We have waited long enough', // 5
  'The costs are far too high', // 6
  'Nobody asked us', // 3
];
const wordsOf = (s: string) => s.split(' ').length;

/** Outlets, each under another of the three fields an archive may name it by. */
const OUTLETS = [
  ['outlet', 'North Gazette'],
  ['source', 'South Herald'],
  ['publisher', 'East Ledger'],
] as const;

interface Expected {
  articles: number;
  sources: { female: number; male: number; unknown: number };
  words: { female: number; male: number; unknown: number };
  speakers: Map<string, { quotations: number; words: number; articles: number }>;
}

const blank = (): Expected => ({
  articles: 0,
  sources: { female: 0, male: 0, unknown: 0 },
  words: { female: 0, male: 0, unknown: 0 },
  speakers: new Map(),
});

/** Article `i`: a woman quoted twice, a man once, an anonymous official once. */
function article(i: number): { text: string; woman: string; man: string } {
  const woman = WOMEN[i % WOMEN.length]!;
  const man = MEN[i % MEN.length]!;
  const text = [
    `“${SAYINGS[0]},” said ${woman}, a teacher at Hillcrest School.`,
    `“${SAYINGS[1]},” she said.`,
    `“${SAYINGS[2]},” said ${man}, who runs the ferry.`,
    `“${SAYINGS[3]},” said an official who spoke on condition of anonymity.`,
  ].join('\n\n');
  return { text, woman, man };
}

function count(into: Expected, woman: string, man: string): void {
  into.articles += 1;
  into.sources.female += 1;
  into.sources.male += 1;
  into.sources.unknown += 1;
  const [w1, w2, m, anonymous] = SAYINGS.map(wordsOf) as [number, number, number, number];
  into.words.female += w1 + w2;
  into.words.male += m;
  into.words.unknown += anonymous;
  for (const [name, quotations, words] of [
    [woman, 2, w1 + w2],
    [man, 1, m],
  ] as const) {
    const seen = into.speakers.get(name) ?? { quotations: 0, words: 0, articles: 0 };
    into.speakers.set(name, {
      quotations: seen.quotations + quotations,
      words: seen.words + words,
      articles: seen.articles + 1,
    });
  }
}

/** 20 articles, 6 per outlet and 2 with none, with one unreadable line among them. */
function archive(): { jsonl: string; all: Expected; outlets: Map<string, Expected> } {
  const all = blank();
  const outlets = new Map<string, Expected>();
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const { text, woman, man } = article(i);
    const outlet = i < 18 ? OUTLETS[i % 3]! : undefined;
    lines.push(JSON.stringify({ id: `a${i}`, ...(outlet && { [outlet[0]]: outlet[1] }), text }));
    count(all, woman, man);
    if (!outlet) continue;
    if (!outlets.has(outlet[1])) outlets.set(outlet[1], blank());
    count(outlets.get(outlet[1])!, woman, man);
  }
  lines.splice(5, 0, '{"id": "broken", "outlet": "North Gazette", "text": ');
  return { jsonl: `${lines.join('\n')}\n`, all, outlets };
}

interface AuditJson {
  articles: number;
  sources: number;
  anonymousShare: number;
  femaleShareOfGendered: number;
  byGender: Record<string, { sources: number; words: number; wordShare: number }>;
  topSpeakers: {
    name: string;
    gender: string;
    quotations: number;
    words: number;
    articles: number;
  }[];
}

/** The summary's figures for one audit, in the shape of what the archive was built to hold. */
function checkAudit(audit: AuditJson, expected: Expected): void {
  const total = expected.sources.female + expected.sources.male + expected.sources.unknown;
  const words = expected.words.female + expected.words.male + expected.words.unknown;
  expect(audit.articles).toBe(expected.articles);
  expect(audit.sources).toBe(total);
  expect(audit.anonymousShare).toBeCloseTo(expected.sources.unknown / total, 10);
  expect(audit.femaleShareOfGendered).toBeCloseTo(0.5, 10);
  for (const gender of ['female', 'male', 'unknown'] as const) {
    expect(audit.byGender[gender]!.sources).toBe(expected.sources[gender]);
    expect(audit.byGender[gender]!.words).toBe(expected.words[gender]);
    expect(audit.byGender[gender]!.wordShare).toBeCloseTo(expected.words[gender] / words, 10);
  }
  const speakers = [...expected.speakers]
    .map(([name, s]) => ({ name, gender: WOMEN.includes(name) ? 'female' : 'male', ...s }))
    // most quotations, then words, then articles, then by name
    .sort(
      (a, b) =>
        b.quotations - a.quotations ||
        b.words - a.words ||
        b.articles - a.articles ||
        (a.name < b.name ? -1 : 1),
    );
  expect(
    audit.topSpeakers.map(({ name, gender, quotations, words, articles }) => ({
      name,
      gender,
      quotations,
      words,
      articles,
    })),
  ).toStrictEqual(speakers);
}

let file = '';
let built: ReturnType<typeof archive>;
beforeAll(() => {
  built = archive();
  file = join(mkdtempSync(join(tmpdir(), 'quote-attribution-summary-')), 'archive.jsonl');
  writeFileSync(file, built.jsonl);
});

describe('--summary --format json', () => {
  it('counts every readable article, over all input and per outlet', async () => {
    const run = await runCli(['--summary', '--format', 'json', '--jobs', '1', file]);
    // the broken line is named and left out of the counts
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/archive\.jsonl, line 6: not valid JSON/);
    const summary = JSON.parse(run.stdout) as AuditJson & {
      outlets: (AuditJson & { outlet: string })[];
    };
    checkAudit(summary, built.all);
    expect(summary.outlets.map((o) => o.outlet)).toStrictEqual([
      'East Ledger',
      'North Gazette',
      'South Herald',
    ]);
    for (const outlet of summary.outlets) checkAudit(outlet, built.outlets.get(outlet.outlet)!);
  });

  it('is the same for every --jobs', async () => {
    const runs = await Promise.all(
      ['1', '2', '3'].map((jobs) =>
        runCli(['--summary', '--format', 'json', '--jobs', jobs, file]),
      ),
    );
    expect(runs[0]!.stdout.length).toBeGreaterThan(1000);
    // the output and the status; stderr may also say that --jobs 3 was lowered on a small machine
    for (const run of runs.slice(1)) {
      expect([run.code, run.stdout]).toStrictEqual([runs[0]!.code, runs[0]!.stdout]);
    }
  });
});

describe('--summary as text', () => {
  it('says the totals, the shares and the top speakers, per outlet too', async () => {
    const [one, two] = await Promise.all(
      ['1', '2'].map((jobs) => runCli(['--summary', '--jobs', jobs, file])),
    );
    expect(two).toStrictEqual(one);
    const blocks = one!.stdout.trimEnd().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toStrictEqual([
      'All input: 20 articles, 60 sources',
      'Outlet "East Ledger": 6 articles, 18 sources',
      'Outlet "North Gazette": 6 articles, 18 sources',
      'Outlet "South Herald": 6 articles, 18 sources',
    ]);
    // 20 articles of 14 + 6 + 3 quoted words: women 55%, men 30%, the anonymous 15%
    expect(blocks[0]!.split('\n').slice(1, 4)).toStrictEqual([
      '  named 40, anonymous 20 (33.3%)',
      '  by gender: female 20, male 20, unknown 20 (female 50.0% of those with a gender)',
      '  quoted words: 400; female 55.0%, male 30.0%, unknown 15.0%',
    ]);
    expect(blocks[0]).toContain(
      '    1. Maria Lopez (person, female): 14 quotations, 0 reported statements, 77 words, in 7 articles',
    );
  });

  it('writes no article, and a summary of nothing for no input', async () => {
    const run = await runCli(['--summary', '-i', 'jsonl', '-'], { stdin: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'All input: 0 articles, 0 sources\n' +
        '  named 0, anonymous 0 (0.0%)\n' +
        '  by gender: female 0, male 0, unknown 0 (female 0.0% of those with a gender)\n' +
        '  quoted words: 0; female 0.0%, male 0.0%, unknown 0.0%\n',
    );
  });
});
