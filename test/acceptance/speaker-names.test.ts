// Over every PolNeAR and style article (../shared/eval, read at run time, never copied): no
// speaker is named by a pronoun. Skipped when the shared data is not there.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const sets = ['polnear-dev', 'polnear-train', 'styles-dev'];
const present =
  existsSync(`${root}dist/index.js`) && sets.every((s) => existsSync(`${evalDir}${s}.jsonl`));

/** Words that stand for someone named elsewhere: never a speaker's name. */
const PRONOUN = /^(?:he|she|it|i|we|they|you|him|her|them|us|who|which|that|this|these|those)$/i;

describe.skipIf(!present)('speaker names over the shared articles', () => {
  it('names no speaker by a pronoun', async () => {
    const { analyzeArticle } = (await import(
      `${root}dist/index.js`
    )) as typeof import('../../src/index.js');
    const named: string[] = [];
    for (const set of sets) {
      for (const line of readFileSync(`${evalDir}${set}.jsonl`, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text: string };
        for (const s of analyzeArticle(text).speakers) if (PRONOUN.test(s.name)) named.push(s.name);
      }
    }
    expect(named).toStrictEqual([]);
  });
});
