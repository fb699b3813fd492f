// --fields and --compact through the built command: what each keeps, and the usage errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from './run-cli.js';

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));

describe.concurrent('--fields and --compact', () => {
  it('--fields keeps the id and the fields named', async () => {
    const run = await runCli(['--format', 'jsonl', '--fields', 'quotes', 'archive.jsonl']);
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    for (const result of lines(run.stdout))
      expect(Object.keys(result)).toStrictEqual(['id', 'quotes']);
  });

  it('--compact drops the paragraphs and what repeats another field, keeping every attribution', async () => {
    const [full, compact] = await Promise.all([
      runCli(['--format', 'jsonl', 'archive.jsonl']),
      runCli(['--format', 'jsonl', '--compact', 'archive.jsonl']),
    ]);
    expect([compact.code, compact.stderr]).toStrictEqual([0, '']);
    const before = lines(full.stdout);
    const after = lines(compact.stdout);
    expect(after.map((r) => r.id)).toStrictEqual(before.map((r) => r.id));
    for (const [k, result] of after.entries()) {
      expect(result.paragraphs).toBeUndefined();
      expect(result.speakers.every((s: object) => !('mentions' in s))).toBe(true);
      // the same quotations, speakers, mentions and rules
      const who = (r: {
        quotes: { text: string; speaker: { name: string } | null; reason: string }[];
      }) => r.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.reason]);
      expect(who(result)).toStrictEqual(who(before[k]));
    }
    // 3,667 bytes against 5,787 on this archive of short articles
    expect(compact.stdout.length).toBeLessThan(full.stdout.length * 0.7);
  });

  it.each([
    [
      ['--format', 'jsonl', '--fields', 'quotes,colour'],
      '--fields takes a comma-separated list of',
    ],
    [['--compact', '--format', 'text'], '--fields and --compact shape json and jsonl output'],
    [
      ['--fields', 'quotes', '--format', 'html'],
      '--fields and --compact shape json and jsonl output',
    ],
  ])('%j is a usage error', async (args, message) => {
    const run = await runCli([...args, 'maria.txt']);
    expect([run.code, run.stdout]).toStrictEqual([2, '']);
    expect(run.stderr).toContain(message);
  });

  it('reads the fixture archive', () => {
    expect(readFileSync(`${fixtures}archive.jsonl`, 'utf8').length).toBeGreaterThan(100);
  });
});
