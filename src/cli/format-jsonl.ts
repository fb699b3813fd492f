import { resultJson, type OutputFormat } from './output-format.js';

/**
 * `--format jsonl`: one line per article, `{"id", "paragraphs", "quotes", "reported", "speakers"}`, in input
 * order, for the same pipelines the JSONL input comes from.
 *
 * @example
 * formatJsonl.render('a1', analyzeArticle(text)); // '{"id":"a1","paragraphs":[…],…}\n'
 */
export const formatJsonl: OutputFormat = {
  begin: '',
  between: '',
  end: () => '',
  render: (id, result) => `${resultJson(id, result)}\n`,
};
