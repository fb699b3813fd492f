// The `quote-attribution/node` entry: batches on worker threads. Node-only, so kept apart from the
// main entry, which runs in the browser too.
export { analyzeMany } from './analyze-many.js';

export type { AnalyzeManyOptions, BatchArticle, BatchResult } from './analyze-many.js';
