import { resultJson, type OutputFormat } from './output-format.js';

/**
 * `--format json`: one JSON array with, per article, `{ id, paragraphs, quotes, reported, speakers }`.
 * Always an array, even for one article, so a script reads every run the same way.
 *
 * @example
 * formatJson.render('story.txt', analyzeArticle(text)); // '\n  {\n    "id": "story.txt", …'
 */
export const formatJson: OutputFormat = {
  begin: '[',
  between: ',',
  end: (count) => (count ? '\n]\n' : ']\n'),
  // Each element is indented as it would be inside the array, so the streamed output reads the
  // same as JSON.stringify(array, null, 2).
  render: (id, result) => `\n  ${resultJson(id, result, 2).replaceAll('\n', '\n  ')}`,
};
