// Over every PolNeAR and style article (../shared/eval, read at run time, never copied): no
// speaker is named by a pronoun, by words opening a clause, or by a page's label. Skipped when
// the shared data is not there.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const sets = ['polnear-dev', 'polnear-train', 'styles-dev'];
const present =
  existsSync(`${root}dist/index.js`) && sets.every((s) => existsSync(`${evalDir}${s}.jsonl`));

/** Reading all 952 articles takes 30 s alone, and more beside the other test files. */
const READ_ALL_MS = 180_000;

/** What a speaker's name must never be, each with an example of the name it rules out. */
const BAD_NAMES: ReadonlyArray<readonly [kind: string, test: RegExp]> = [
  // words that stand for someone named elsewhere ("one", as in "said one", names an anonymous source)
  ['pronoun', /^(?:he|she|it|i|we|they|you|him|her|them|us|who|which|that|this|these|those)$/i],
  // a conjunction, question word, focusing adverb or auxiliary opening a clause: "While Clinton",
  // "what residents", "Even China", "Should Mr. Clarke's company", "Says"
  [
    'function word',
    /^(?:after|although|because|before|if|once|since|though|unless|until|when|whether|while|what|which|whose|whom|even|just|now|also|not|is|was|are|were|has|have|had|do|does|did|should|would|could|can|might|must|says|said)(?:\s|$)/i,
  ],
  // a crosshead or label in capitals: "BEST THING THAT HAPPENED", "READ MORE:"
  ['page label', /^(?:\P{Ll}*\p{Lu}{2,}\P{Ll}*\s){2,}\P{Ll}*\p{Lu}{2,}|:$/u],
];

describe.skipIf(!present)('speaker names over the shared articles', () => {
  it(
    'names no speaker by a pronoun, a function word or a page label',
    async () => {
      const { analyzeArticle } = (await import(
        `${root}dist/index.js`
      )) as typeof import('../../src/index.js');
      const bad: string[] = [];
      for (const set of sets) {
        for (const line of readFileSync(`${evalDir}${set}.jsonl`, 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const { text } = JSON.parse(line) as { text: string };
          for (const { name } of analyzeArticle(text).speakers) {
            const kind = BAD_NAMES.find(([, test]) => test.test(name))?.[0];
            if (kind) bad.push(`${kind}: ${name}`);
          }
        }
      }
      expect(bad).toStrictEqual([]);
    },
    READ_ALL_MS,
  );
});
