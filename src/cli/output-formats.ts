import type { FormatName } from './args.js';
import { formatCsv } from './format-csv.js';
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatJsonl } from './format-jsonl.js';
import { formatText } from './format-text.js';
import type { OutputFormat } from './output-format.js';

/**
 * Every `--format`, by name.
 *
 * @example
 * const format = outputFormats['jsonl'];
 */
export const outputFormats: Readonly<Record<FormatName, OutputFormat>> = {
  text: formatText,
  json: formatJson,
  jsonl: formatJsonl,
  html: formatHtml,
  csv: formatCsv,
};
