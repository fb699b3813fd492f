import os from 'node:os';
import { mapOrdered } from '../cli/map-ordered.js';
import { WorkerPool, type TaskOutcome } from '../cli/worker-pool.js';
import type { AnalysisResult } from '../index.js';
import type { BatchTask } from './worker.js';

/** One article of a batch: its text, or `{ id, text }` to name it in the results. */
export type BatchArticle = string | { readonly id?: string | number; readonly text: string };

/** What {@link analyzeMany} yields for one article, in input order. */
export type BatchResult =
  | {
      readonly kind: 'result';
      /** The article's `id`, or its position in the input when it has none. */
      readonly id: string | number;
      /** Its position in the input, from 0. */
      readonly index: number;
      /** What `analyzeArticle` finds in it. */
      readonly result: AnalysisResult;
    }
  | {
      readonly kind: 'error';
      readonly id: string | number;
      readonly index: number;
      /** Why there is no result: not an article, the library failed on it, or its thread died. */
      readonly error: string;
    };

/** Options of {@link analyzeMany}. */
export interface AnalyzeManyOptions {
  /**
   * Worker threads to analyse on; each loads its own language model (about 60 MB).
   * @default the number of cores available
   */
  readonly jobs?: number;
  /** Stops the batch: the iteration throws the signal's reason and the threads are stopped. */
  readonly signal?: AbortSignal;
}

/** Articles in flight per thread: enough to keep each busy while the oldest result waits its turn. */
const IN_FLIGHT_PER_JOB = 4;

interface Numbered {
  readonly index: number;
  readonly article: unknown;
}

async function* numbered(
  source: Iterable<BatchArticle> | AsyncIterable<BatchArticle>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Numbered> {
  let index = 0;
  for await (const article of source) {
    signal?.throwIfAborted();
    yield { index: index++, article };
  }
}

/** The task for one input item, or why the item is not an article. */
function taskOf({ index, article }: Numbered): BatchTask | { id: number; error: string } {
  if (typeof article === 'string') return { id: index, text: article };
  const { id, text } = (typeof article === 'object' && article !== null ? article : {}) as {
    id?: unknown;
    text?: unknown;
  };
  if (typeof text !== 'string') {
    return {
      id: index,
      error: 'not an article: expected a string or { id, text } with a string text',
    };
  }
  return { id: typeof id === 'string' || typeof id === 'number' ? id : index, text };
}

function checkJobs(jobs: unknown): number {
  if (jobs === undefined) return os.availableParallelism?.() ?? os.cpus().length;
  if (typeof jobs !== 'number' || !Number.isInteger(jobs) || jobs < 1) {
    throw new RangeError(
      `analyzeMany: jobs must be a whole number of 1 or more, not ${String(jobs)}`,
    );
  }
  return jobs;
}

/**
 * Analyses many articles on a pool of worker threads, the pool the `quote-attribution` command
 * runs on, and yields each article's result in input order as soon as it and those before it are
 * done. The source is read lazily, a few articles per thread ahead, so memory stays flat however
 * long it is. An item that is not an article, or one the library fails on, is yielded as an
 * `error` item in its place; the others go on.
 *
 * @param source the articles: an array, a generator, or an async iterable such as a stream's lines
 * @param options see {@link AnalyzeManyOptions}
 * @returns the results in input order
 * @throws {RangeError} when `jobs` is not a whole number of 1 or more
 * @example
 * for await (const item of analyzeMany(['“Yes,” she said.', { id: 'a2', text: '…' }], { jobs: 2 })) {
 *   if (item.kind === 'result') console.log(item.id, item.result.quotes.length);
 *   else console.error(item.id, item.error);
 * }
 */
export async function* analyzeMany(
  source: Iterable<BatchArticle> | AsyncIterable<BatchArticle>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<BatchResult> {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('analyzeMany: options must be an object');
  const jobs = checkJobs(options.jobs);
  const { signal } = options;
  signal?.throwIfAborted();
  // dist/node-worker.js is built beside this file (see tsup.config.ts).
  const pool = new WorkerPool<BatchTask, AnalysisResult, Record<string, never>>(
    new URL('./node-worker.js', import.meta.url),
    { size: jobs, setup: {} },
  );
  const run = async (item: Numbered): Promise<BatchResult> => {
    const task = taskOf(item);
    if ('error' in task)
      return { kind: 'error', id: task.id, index: item.index, error: task.error };
    const outcome: TaskOutcome<AnalysisResult> = await pool.run(task);
    return 'error' in outcome
      ? { kind: 'error', id: task.id, index: item.index, error: outcome.error }
      : { kind: 'result', id: task.id, index: item.index, result: outcome.output };
  };
  const stop = () => void pool.close();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for await (const result of mapOrdered(
      numbered(source, signal),
      jobs * IN_FLIGHT_PER_JOB,
      run,
    )) {
      signal?.throwIfAborted();
      yield result;
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    await pool.close();
  }
}
