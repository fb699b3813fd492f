// The `quote-attribution/node` entry: batches on worker threads, and the audit of a batch's
// sources. Kept apart from the main entry, which runs in the browser too (the audit would run
// there as well, but a page audits one article, with summarizeSources).
export { analyzeMany } from './analyze-many.js';
export { auditSources, mergeSourceAudits, SourceAuditTotals } from '../summary/source-audit.js';

export type { AnalyzeManyOptions, BatchArticle, BatchResult } from './analyze-many.js';
export type { SourceAudit, SpeakerTotal } from '../summary/source-audit.js';
