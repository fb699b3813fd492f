// Same article, same result, whatever the process read before, on other people's articles: the
// PolNeAR dev articles are analysed in order, then after PolNeAR train articles, then in reverse
// order, and every result must be the same each time. The data is kept in ../shared outside the
// repository: this test runs when it is there and is skipped when it is not.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const present =
  existsSync(`${evalDir}polnear-dev.jsonl`) && existsSync(`${evalDir}polnear-train.jsonl`);
/** As many unrelated articles as made wink's tags differ on 15 of the dev articles. */
const UNRELATED = 98;

const texts = (file: string): string[] =>
  readFileSync(`${evalDir}${file}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe.skipIf(!present)(
  'PolNeAR (../shared/eval): results independent of what was read before',
  () => {
    it(
      'analyses every dev article alike in order, after train articles and in reverse',
      () => {
        const dev = texts('polnear-dev.jsonl');
        const inOrder = dev.map((text) => JSON.stringify(analyzeArticle(text)));
        for (const text of texts('polnear-train.jsonl').slice(0, UNRELATED)) analyzeArticle(text);
        const reversed = [...dev].reverse().map((text) => JSON.stringify(analyzeArticle(text)));
        reversed.reverse();
        const changed = dev.flatMap((_, k) => (reversed[k] === inOrder[k] ? [] : [k]));
        expect(changed).toStrictEqual([]);
      },
      // 266 analyses of long articles on a shared machine
      120_000,
    );
  },
);
