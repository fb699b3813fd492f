// The worker thread's entry (dist/cli-worker.js): analyses the articles the main thread sends and
// sends back each one's output, already formatted. Each worker thread is its own JavaScript realm,
// so the library's lazily created wink-nlp instance is one per thread, as wink needs.
import { workerData } from 'node:worker_threads';
import { analyzeHtml } from '../html/index.js';
import { analyzeArticle } from '../index.js';
import { auditSources, type SourceAudit } from '../summary/source-audit.js';
import type { FormatName } from './args.js';
import type { ArticleId } from './output-format.js';
import { outputFormats } from './output-formats.js';
import type { Markup } from './read-inputs.js';
import { selectFields, type ResultShape } from './select-fields.js';
import { serveTasks } from './serve-tasks.js';

/** What the main thread sends: one article. */
export interface ArticleTask {
  readonly id: ArticleId;
  readonly text: string;
  /** What `text` is: the article, or its HTML for analyzeHtml. */
  readonly markup: Markup;
}

/** What the main thread gives the worker when it starts it. */
export interface WorkerSetup {
  readonly format: FormatName;
  /** `--fields` and `--compact`, for json and jsonl only; `undefined` writes whole results. */
  readonly shape: ResultShape | undefined;
  /** `--summary`: send back each article's audit of its sources instead of its output. */
  readonly summary: boolean;
}

/** What the worker sends back for one article: its output, or with `--summary` its audit. */
export type ArticleOutput = string | SourceAudit;

const setup = workerData as WorkerSetup | null;
if (setup) {
  const render = outputFormats[setup.format].render;
  serveTasks(
    ({ id, text, markup }: ArticleTask): ArticleOutput => {
      const result = markup === 'html' ? analyzeHtml(text) : analyzeArticle(text);
      if (setup.summary) return auditSources(result);
      // a shape is given only with json and jsonl (args.ts refuses it otherwise), which serialise
      // whatever fields the result has
      const shaped = setup.shape ? (selectFields(result, setup.shape) as never) : result;
      return render(id, shaped);
    },
    // Loads the language model, so that it does not count against the first article's time.
    () => analyzeArticle('“Ready,” she said.'),
  );
}
