import { Worker, type ResourceLimits } from 'node:worker_threads';
import { mapOrdered } from './map-ordered.js';

/** The result of one task: the worker's output, or why there is none. Never a rejection. */
export type TaskOutcome<Output> =
  | { readonly output: Output }
  | {
      readonly error: string;
      /** Why the task has no output: the worker's handler threw, or the worker itself failed. */
      readonly cause: 'failed' | 'timeout' | 'crashed';
    };

/** What the pool sends a worker: one task. Worker entries answer it with {@link serveTasks}. */
export interface TaskMessage<Input> {
  /** Numbers the task, to match the reply to it. */
  readonly seq: number;
  readonly input: Input;
}

/**
 * What a worker sends back: once `ready` when it has loaded what it needs (a task's time limit
 * counts from then, not from the worker's start), then one reply per task.
 */
export type ReplyMessage<Output> =
  | { readonly ready: true }
  | { readonly seq: number; readonly output: Output }
  | { readonly seq: number; readonly error: string };

/** Options of a {@link WorkerPool}. */
export interface WorkerPoolOptions<Setup> {
  /** The most worker threads to run at once; at least 1. */
  readonly size: number;
  /** Given to every worker as its `workerData`. */
  readonly setup: Setup;
  /**
   * How long one task may run, in milliseconds, before its worker is stopped and replaced; `0` for
   * no limit.
   * @default 0
   */
  readonly timeoutMs?: number;
  /**
   * Heap and stack limits of every worker. A worker over its limit dies alone: its task gets a
   * `crashed` outcome and the next task runs on a fresh worker.
   * @default Node's defaults
   */
  readonly resourceLimits?: ResourceLimits;
}

interface Job<Input, Output> {
  readonly input: Input;
  readonly resolve: (outcome: TaskOutcome<Output>) => void;
}

interface PooledWorker<Input, Output> {
  readonly worker: Worker;
  /** The one task it runs, if any: a worker is given a task only when it has none. */
  current: (Job<Input, Output> & { readonly seq: number; timer?: NodeJS.Timeout }) | null;
  /** Set once the worker said it is ready: until then, its task's time does not run. */
  ready: boolean;
  /** Set once it was stopped or died, so its last events are ignored. */
  dead: boolean;
}

/**
 * Up to `size` worker threads, each running one task at a time from a queue the pool keeps. A
 * worker is started only when every running one is busy, so a single short article loads the
 * language model once, not once per core.
 *
 * Because a worker holds no task but the one it runs, a worker that dies (out of memory, a crash,
 * stopped at the time limit) costs only that task: the tasks after it wait in the pool's queue and
 * run on the other workers or on a fresh one, so which tasks succeed never depends on `size`.
 *
 * @example
 * const pool = new WorkerPool(new URL('./cli-worker.js', import.meta.url), {
 *   size: 4,
 *   setup: { format: 'jsonl' },
 *   timeoutMs: 60_000,
 * });
 * const outcome = await pool.run({ id: 'a1', text, markup: 'text' });
 * await pool.close();
 */
export class WorkerPool<Input, Output, Setup = unknown> {
  readonly #workers: PooledWorker<Input, Output>[] = [];
  readonly #queue: Job<Input, Output>[] = [];
  readonly #options: WorkerPoolOptions<Setup>;
  #seq = 0;
  #closed = false;

  /**
   * @param script the worker's entry file, which answers tasks with {@link serveTasks}
   * @param options see {@link WorkerPoolOptions}
   */
  constructor(
    private readonly script: URL,
    options: WorkerPoolOptions<Setup>,
  ) {
    if (!Number.isInteger(options.size) || options.size < 1)
      throw new RangeError(
        `WorkerPool: size must be a whole number of 1 or more, not ${options.size}`,
      );
    this.#options = options;
  }

  /**
   * Runs one task on the first free worker.
   *
   * @param input what the worker's handler is given
   * @returns its output or why there is none; never rejects
   */
  run(input: Input): Promise<TaskOutcome<Output>> {
    if (this.#closed) return Promise.resolve({ error: 'the pool is closed', cause: 'failed' });
    return new Promise((resolve) => {
      this.#queue.push({ input, resolve });
      this.#dispatch();
    });
  }

  /**
   * Runs every input and yields the outcomes in input order, with at most `window` inputs read
   * and not yet taken by the caller (see {@link mapOrdered}).
   *
   * @param inputs read lazily, as the outcomes are taken
   * @param window how many inputs may be in flight; at least 1
   * @returns one outcome per input, in input order
   */
  runAll(inputs: AsyncIterable<Input>, window: number): AsyncGenerator<TaskOutcome<Output>> {
    return mapOrdered(inputs, window, (input) => this.run(input));
  }

  /** Stops every worker; tasks not finished get a `failed` outcome. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0))
      job.resolve({ error: 'the pool is closed', cause: 'failed' });
    const workers = this.#workers.splice(0);
    for (const pooled of workers) {
      pooled.dead = true;
      this.#finish(pooled, { error: 'the pool is closed', cause: 'failed' });
    }
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const pooled = this.#workers.find((candidate) => !candidate.current) ?? this.#start();
      if (!pooled) return;
      const job = this.#queue.shift()!;
      const seq = this.#seq++;
      pooled.current = { ...job, seq };
      if (pooled.ready) this.#startClock(pooled);
      pooled.worker.postMessage({ seq, input: job.input } satisfies TaskMessage<Input>);
    }
  }

  #startClock(pooled: PooledWorker<Input, Output>): void {
    const timeoutMs = this.#options.timeoutMs ?? 0;
    if (!pooled.current || timeoutMs <= 0) return;
    pooled.current.timer = setTimeout(() => this.#timeOut(pooled, timeoutMs), timeoutMs);
  }

  /** A fresh worker, or none when `size` are running already. */
  #start(): PooledWorker<Input, Output> | undefined {
    if (this.#workers.length >= this.#options.size) return undefined;
    const worker = new Worker(this.script, {
      workerData: this.#options.setup,
      resourceLimits: this.#options.resourceLimits,
    });
    const pooled: PooledWorker<Input, Output> = {
      worker,
      current: null,
      ready: false,
      dead: false,
    };
    this.#workers.push(pooled);
    worker.on('message', (reply: ReplyMessage<Output>) => {
      if (pooled.dead) return;
      if ('ready' in reply) {
        pooled.ready = true;
        this.#startClock(pooled);
        return;
      }
      if (pooled.current?.seq !== reply.seq) return;
      const outcome: TaskOutcome<Output> =
        'output' in reply ? { output: reply.output } : { error: reply.error, cause: 'failed' };
      this.#finish(pooled, outcome);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#lose(pooled, describeCrash(error)));
    worker.on('exit', (code) => this.#lose(pooled, `the worker thread exited with code ${code}`));
    return pooled;
  }

  #timeOut(pooled: PooledWorker<Input, Output>, timeoutMs: number): void {
    this.#remove(pooled);
    this.#finish(pooled, { error: `took longer than ${seconds(timeoutMs)}`, cause: 'timeout' });
    void pooled.worker.terminate();
    this.#dispatch();
  }

  /** A worker died: only the task it was running is lost; the queue goes on on a fresh one. */
  #lose(pooled: PooledWorker<Input, Output>, reason: string): void {
    if (pooled.dead) return;
    this.#remove(pooled);
    this.#finish(pooled, { error: reason, cause: 'crashed' });
    if (!this.#closed) this.#dispatch();
  }

  #remove(pooled: PooledWorker<Input, Output>): void {
    pooled.dead = true;
    const index = this.#workers.indexOf(pooled);
    if (index !== -1) this.#workers.splice(index, 1);
  }

  #finish(pooled: PooledWorker<Input, Output>, outcome: TaskOutcome<Output>): void {
    const job = pooled.current;
    pooled.current = null;
    if (!job) return;
    clearTimeout(job.timer);
    job.resolve(outcome);
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Node's worker errors in words: running out of memory is the one a user can do something about. */
function describeCrash(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return 'ran out of memory (the worker thread reached its heap limit)';
  return `the worker thread failed (${error.message})`;
}
