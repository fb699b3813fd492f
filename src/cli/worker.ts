// The worker thread's entry (dist/cli-worker.js): analyses the articles the main thread sends and
// sends back each one's output, already formatted. Each worker thread is its own JavaScript realm,
// so the library's lazily created wink-nlp instance is one per thread, as wink needs.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../index.js';
import type { FormatName } from './args.js';
import { outputFormats } from './output-formats.js';

/** What the main thread sends: one article. */
export interface WorkerTask {
  /** Numbers the task, to match the reply to it. */
  readonly seq: number;
  readonly id: string | number;
  readonly text: string;
}

/** What the worker sends back: the article's output, or why it could not be analysed. */
export type WorkerReply =
  | { readonly seq: number; readonly output: string }
  | { readonly seq: number; readonly error: string };

/** What the main thread gives the worker when it starts it. */
export interface WorkerSetup {
  readonly format: FormatName;
}

const port = parentPort;
if (port) {
  const { format } = workerData as WorkerSetup;
  const render = outputFormats[format].render;
  port.on('message', ({ seq, id, text }: WorkerTask) => {
    let reply: WorkerReply;
    try {
      reply = { seq, output: render(id, analyzeArticle(text)) };
    } catch (error) {
      // One article the library fails on must not stop the other thousands.
      reply = { seq, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
