// The reported-speech rules as the house keeps sieves: one file each, numbered in run order,
// named after their file, listed in that order by src/reported/sieves/index.ts and README's table.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportSieve } from '../../src/reported/sieve.js';
import { REPORT_SIEVES } from '../../src/reported/sieves/index.js';

const dir = new URL('../../src/reported/sieves/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /^\d\d-.+\.ts$/.test(f))
  .sort();

describe('reported-speech sieves', () => {
  it('are one file each, numbered from 01 without a gap, in the order of the list', async () => {
    expect(files.map((f) => Number(f.slice(0, 2)))).toStrictEqual(files.map((_, i) => i + 1));
    const exported = await Promise.all(
      files.map(async (f) => Object.values(await import(new URL(f, dir).href)) as ReportSieve[]),
    );
    expect(exported.map(([s]) => s)).toStrictEqual(REPORT_SIEVES);
  });

  it('are named after their file', () => {
    expect(REPORT_SIEVES.map((s) => s.name)).toStrictEqual(files.map((f) => f.slice(3, -3)));
  });

  it.each(REPORT_SIEVES.map((s) => [s.name, s] as const))(
    '%s has a confidence in (0, 1]',
    (_, s) => {
      expect(s.confidence > 0 && s.confidence <= 1).toBe(true);
    },
  );
});

describe("README's reported-speech table", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const head = readme.indexOf('| reported `rule` | `reason` |');
  const lines = readme.slice(head).split('\n').slice(2);
  const rows = lines
    .slice(
      0,
      lines.findIndex((line) => !line.startsWith('|')),
    )
    .map((line) => line.split(' | ').slice(0, 2));

  it('lists every rule with its reason, in the order the code runs them', () => {
    expect(head).toBeGreaterThan(0);
    expect(rows).toStrictEqual(REPORT_SIEVES.map((s) => [`| \`${s.name}\``, `\`${s.reason}\``]));
  });
});
