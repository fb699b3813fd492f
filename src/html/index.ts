// The `quote-attribution/html` entry: articles given as HTML. Kept apart from the main entry so
// that the HTML parser is downloaded only by those who read HTML.
export { analyzeHtml } from './analyze-html.js';
export { extractText } from './extract-text.js';

export type { HtmlAnalysisResult, HtmlOptions } from './analyze-html.js';
export type { ExtractedText, MarkedBlock } from './extract-text.js';
export type { WithHtmlRanges } from './map-spans.js';
export type { HtmlRange } from './text-builder.js';
