// Data flows one way: no folder of src/ imports from a stage that runs after it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders of src/ in data order; a folder may import from itself and those before it. */
const STAGES = [
  'lexicon',
  'nlp',
  'paragraphs',
  'quotes',
  'document',
  'mentions',
  'grammar',
  'attribution',
  'reported',
  'speakers',
  'summary',
  // entries beside the main one: HTML in (the command reads HTML), then batches on the command's pool
  'html',
  'cli',
  'node',
];

const src = new URL('../src/', import.meta.url).pathname;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesIn(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('stages', () => {
  it.each(STAGES.slice(0, -1).map((stage, i) => [stage, i] as const))(
    '%s imports from no later stage',
    (stage, i) => {
      const later = new Set(STAGES.slice(i + 1));
      const wrong = filesIn(path.join(src, stage)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
          .map(
            (m) => path.relative(src, path.resolve(path.dirname(file), m[1]!)).split(path.sep)[0]!,
          )
          .filter((folder) => later.has(folder))
          .map((folder) => `${path.relative(src, file)} → ${folder}`),
      );
      expect(wrong).toStrictEqual([]);
    },
  );

  it('lists every folder of src/', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toStrictEqual([...STAGES].sort());
  });
});
