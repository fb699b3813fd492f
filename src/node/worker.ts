// The worker thread's entry for analyzeMany (dist/node-worker.js): analyses the articles the pool
// sends and sends back each result as it is (the structured clone of plain JSON-safe data). Each
// worker thread is its own JavaScript realm, so the wink-nlp instance is one per thread.
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../cli/serve-tasks.js';
import { analyzeArticle } from '../index.js';

/** What the pool sends: one article, with the id its result goes by. */
export interface BatchTask {
  readonly id: string | number;
  readonly text: string;
}

// workerData is set only in a thread the pool started
if (workerData) {
  serveTasks(
    ({ text }: BatchTask) => analyzeArticle(text),
    // Loads the language model, so that it does not count against the first article's time.
    () => analyzeArticle('“Ready,” she said.'),
  );
}
