import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.js';

/** The result of one task: the article's output, or an error message. */
export type TaskOutcome = { readonly output: string } | { readonly error: string };

interface PooledWorker {
  readonly worker: Worker;
  /** The tasks sent and not answered yet, by `seq`. */
  readonly waiting: Map<number, (outcome: TaskOutcome) => void>;
}

/**
 * Up to `size` worker threads running {@link WorkerTask}s. A worker is started only when every
 * running one is busy, so a single short article loads the language model once, not once per core.
 *
 * @example
 * const pool = new WorkerPool(new URL('./cli-worker.js', import.meta.url), 4, { format: 'jsonl' });
 * const outcome = await pool.run('a1', text);
 * await pool.close();
 */
export class WorkerPool {
  readonly #workers: PooledWorker[] = [];
  #seq = 0;

  /**
   * @param script the worker's entry file
   * @param size the most worker threads to run
   * @param setup passed to each worker as its `workerData`
   */
  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  /**
   * Analyses one article on the least busy worker.
   *
   * @param id the article's id, for the output
   * @param text the article
   * @returns its output or an error; never rejects, even when a worker dies
   */
  run(id: string | number, text: string): Promise<TaskOutcome> {
    const pooled = this.#pick();
    const seq = this.#seq++;
    return new Promise((resolve) => {
      pooled.waiting.set(seq, resolve);
      pooled.worker.postMessage({ seq, id, text } satisfies WorkerTask);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
    this.#workers.length = 0;
  }

  #pick(): PooledWorker {
    let best = this.#workers[0];
    for (const pooled of this.#workers) if (pooled.waiting.size < best!.waiting.size) best = pooled;
    if (best && (best.waiting.size === 0 || this.#workers.length >= this.size)) return best;
    return this.#start();
  }

  #start(): PooledWorker {
    const worker = new Worker(this.script, { workerData: this.setup });
    const pooled: PooledWorker = { worker, waiting: new Map() };
    this.#workers.push(pooled);
    worker.on('message', (reply: WorkerReply) => {
      const resolve = pooled.waiting.get(reply.seq);
      pooled.waiting.delete(reply.seq);
      resolve?.('output' in reply ? { output: reply.output } : { error: reply.error });
    });
    const fail = (reason: string): void => {
      // A worker that died takes its queued articles with it: report each and start afresh.
      const index = this.#workers.indexOf(pooled);
      if (index !== -1) this.#workers.splice(index, 1);
      for (const resolve of pooled.waiting.values())
        resolve({ error: `worker thread stopped (${reason})` });
      pooled.waiting.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return pooled;
  }
}
