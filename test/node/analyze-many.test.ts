// analyzeMany as users get it: the built quote-attribution/node (its worker thread is a built
// file), on articles the project's generator writes (bench/generate-articles.mjs), compared with
// analyzeArticle on each in this thread.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../dist/index.js';
import { analyzeMany, type BatchResult } from '../../dist/node.js';

const generator = fileURLToPath(new URL('../../bench/generate-articles.mjs', import.meta.url));

/** `count` short made-up articles, `{ id, text }`, the same on every run. */
function generated(count: number): { id: string; text: string }[] {
  const jsonl = execFileSync(process.execPath, [generator, String(count)], { encoding: 'utf8' });
  return jsonl
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const all: BatchResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('analyzeMany', () => {
  it('gives analyzeArticle’s result for each of 1,000 articles on 2 threads, in input order', async () => {
    const articles = generated(1000);
    // from an async source, as a stream's lines come
    async function* source() {
      for (const article of articles) yield article;
    }
    const results = await collect(analyzeMany(source(), { jobs: 2 }));
    expect(results.map((r) => r.id)).toStrictEqual(articles.map((a) => a.id));
    expect(results.every((r) => r.kind === 'result')).toBe(true);
    for (const [k, r] of results.entries()) {
      expect(r.kind === 'result' && r.result, r.id as string).toStrictEqual(
        analyzeArticle(articles[k]!.text),
      );
    }
  }, 240_000);

  it('reports a bad item in its place and analyses the rest', async () => {
    const items = [
      '“We will win,” said Maria Lopez.',
      42,
      { id: 'no-text' },
      { id: 'x', text: '“Not yet,” Tomas Park told reporters.' },
      null,
      { text: '“Soon,” she said.' },
    ];
    const results = await collect(analyzeMany(items as never, { jobs: 2 }));
    expect(results.map((r) => [r.index, r.id, r.kind])).toStrictEqual([
      [0, 0, 'result'],
      [1, 1, 'error'],
      [2, 2, 'error'],
      [3, 'x', 'result'],
      [4, 4, 'error'],
      [5, 5, 'result'],
    ]);
    const speakers = results.map((r) =>
      r.kind === 'result' ? r.result.quotes.map((q) => q.speaker?.name ?? null) : r.error,
    );
    expect(speakers[0]).toStrictEqual(['Maria Lopez']);
    expect(speakers[1]).toMatch(/not an article/);
    expect(speakers[3]).toStrictEqual(['Tomas Park']);
  });

  it('stops when its signal aborts, throwing the reason', async () => {
    const controller = new AbortController();
    const seen: BatchResult[] = [];
    const run = async () => {
      for await (const result of analyzeMany(generated(200), {
        jobs: 1,
        signal: controller.signal,
      })) {
        seen.push(result);
        if (seen.length === 3) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(seen).toHaveLength(3);
  });

  it.each([[0], [1.5], [-1], ['2']])('refuses jobs: %j', async (jobs) => {
    await expect(collect(analyzeMany([], { jobs: jobs as number }))).rejects.toThrow(RangeError);
  });
});
