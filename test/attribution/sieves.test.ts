// The sieves as data: one file a rule, numbered in run order, listed in that order by
// sieves/index.ts and by README's rule table.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Sieve } from '../../src/attribution/sieve.js';
import { SIEVES } from '../../src/attribution/sieves/index.js';

const dir = new URL('../../src/attribution/sieves/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /^\d\d-.+\.ts$/.test(f))
  .sort();

describe('sieves', () => {
  it('are one file each, numbered from 01 without a gap, in the order of the list', async () => {
    expect(files.map((f) => Number(f.slice(0, 2)))).toStrictEqual(files.map((_, i) => i + 1));
    const exported = await Promise.all(
      files.map(async (f) => Object.values(await import(new URL(f, dir).href)) as Sieve[]),
    );
    expect(exported.map((e) => e.length)).toStrictEqual(files.map(() => 1));
    expect(exported.map(([s]) => s)).toStrictEqual(SIEVES);
  });

  it('are named after their file', () => {
    expect(SIEVES.map((s) => s.name)).toStrictEqual(files.map((f) => f.slice(3, -3)));
  });

  it.each(SIEVES.map((s) => [s.name, s] as const))(
    '%s has a confidence between 0 and 1',
    (_, s) => {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    },
  );
});

describe("README's rule table", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const head = readme.indexOf('| `rule` | `reason` |');
  const lines = readme.slice(head).split('\n').slice(2);
  // (the table ends at the first line that is not a row)
  const rows = lines
    .slice(
      0,
      lines.findIndex((line) => !line.startsWith('|')),
    )
    .map((line) => line.split(' | ').slice(0, 2));

  it('lists every rule with its reason, in the order the code runs them', () => {
    expect(head).toBeGreaterThan(0);
    expect(rows).toStrictEqual(
      SIEVES.map((s) => [
        `| \`${s.name}\``,
        s.reason === 'repeated' ? "the previous item's" : `\`${s.reason}\``,
      ]),
    );
  });
});
