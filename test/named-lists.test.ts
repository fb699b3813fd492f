// The house's ordered lists of named rules, kept one way: one file a rule in its folder, numbered
// from 01 in run order, exporting one object named after its file; the folder's index.ts lists
// them in that order, and README's table of the rules (where there is one) lists them in that
// order too. One table row a list.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIEVES } from '../src/attribution/sieves/index.js';
import { REPORT_SIEVES } from '../src/reported/sieves/index.js';
import { RESOLUTION_STEPS } from '../src/speakers/steps/index.js';

/** What a table row is read from: a rule of a list. */
interface Rule {
  readonly name: string;
  readonly reason?: string;
  readonly confidence?: number;
  readonly judged?: 'rare';
}

/** How README's rule table says where a confidence comes from. */
const JUDGED = { measured: 'measured', rare: 'judged (rare)' } as const;

interface NamedList {
  /** What the list is, for the test names. */
  readonly label: string;
  /** The folder of its files, from the repository's root. */
  readonly folder: string;
  /** The list as its index.ts exports it. */
  readonly list: readonly Rule[];
  /** README's table of the list: the start of its header line, and the cells each rule's row starts with. */
  readonly readme?: { readonly head: string; readonly cells: (rule: Rule) => string[] };
}

const LISTS: readonly NamedList[] = [
  {
    label: 'attribution sieves',
    folder: 'src/attribution/sieves/',
    list: SIEVES,
    readme: {
      head: '| `rule` | `reason` |',
      cells: (s) => [
        `\`${s.name}\``,
        s.reason === 'repeated' ? "the previous item's" : `\`${s.reason}\``,
        `${s.confidence}, ${JUDGED[s.judged ?? 'measured']}`,
      ],
    },
  },
  {
    label: 'reported-speech sieves',
    folder: 'src/reported/sieves/',
    list: REPORT_SIEVES,
    readme: {
      head: '| reported `rule` | `reason` |',
      cells: (s) => [
        `\`${s.name}\``,
        `\`${s.reason}\``,
        `${s.confidence}, ${JUDGED[s.judged ?? 'measured']}`,
      ],
    },
  },
  { label: 'speaker resolution steps', folder: 'src/speakers/steps/', list: RESOLUTION_STEPS },
];

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** The rows of README's table whose header line starts with `head`, each cut into its cells. */
function tableRows(head: string): string[][] {
  const at = readme.indexOf(head);
  if (at < 0) return [];
  const lines = readme.slice(at).split('\n').slice(2);
  // (the table ends at the first line that is not a row)
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return lines.slice(0, end < 0 ? lines.length : end).map((line) =>
    line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim()),
  );
}

describe.each(LISTS.map((l) => [l.label, l] as const))('%s', (_, { folder, list, readme }) => {
  const dir = new URL(folder, root);
  const files = readdirSync(dir)
    .filter((f) => /^\d\d-.+\.ts$/.test(f))
    .sort();

  it('are one file each, numbered from 01 without a gap, in the order of the list', async () => {
    expect(files.map((f) => Number(f.slice(0, 2)))).toStrictEqual(files.map((_, i) => i + 1));
    const exported = await Promise.all(
      files.map(async (f) => Object.values(await import(new URL(f, dir).href)) as unknown[]),
    );
    expect(exported.map((e) => e.length)).toStrictEqual(files.map(() => 1));
    expect(exported.map(([s]) => s)).toStrictEqual(list);
  });

  it('are named after their file', () => {
    expect(list.map((s) => s.name)).toStrictEqual(files.map((f) => f.slice(3, -3)));
  });

  if (list.some((s) => s.confidence !== undefined))
    it('have a confidence in (0, 1]', () => {
      for (const { name, confidence } of list)
        expect([name, confidence! > 0 && confidence! <= 1]).toStrictEqual([name, true]);
    });

  if (readme)
    it("are README's table, in the order the code runs them", () => {
      const { head, cells } = readme;
      const rows = tableRows(head);
      expect(rows.length).toBeGreaterThan(0);
      const wanted = list.map(cells);
      expect(rows.map((row, i) => row.slice(0, wanted[i]?.length ?? 0))).toStrictEqual(wanted);
    });
});
