import type { AnalysisResult, Quote } from '../types.js';
import { escapeControls } from './escape-controls.js';
import { idText, type ArticleId, type OutputFormat } from './output-format.js';

/** A quotation on one line, between the marks the article used, its control characters escaped. */
function quoted(quote: Quote): string {
  // A quotation over several paragraphs has line breaks; one line per quotation reads better.
  const words = quote.text.replace(/\s+/g, ' ').trim();
  return escapeControls(`${quote.open.text}${words}${quote.close?.text ?? ''}`);
}

function renderArticle(id: ArticleId, { quotes, reported, speakers }: AnalysisResult): string {
  // An id or a name with a line break or an escape code in it must not forge or restyle output.
  const lines = [escapeControls(idText(id))];
  if (quotes.length === 0 && reported.length === 0) lines.push('  no quotations');
  for (const speaker of speakers) {
    lines.push(`  ${escapeControls(speaker.name)} (${speaker.kind})`);
    for (const index of speaker.quotes) {
      const quote = quotes[index];
      if (quote) lines.push(`    ${quoted(quote)}`);
    }
    // reported statements under the quotations, marked apart from the speaker's own words
    for (const index of speaker.reported) {
      const report = reported[index];
      if (report)
        lines.push(`    (reported) ${escapeControls(report.text.replace(/\s+/g, ' ').trim())}`);
    }
  }
  const unattributed = quotes.filter((quote) => quote.speaker === null);
  if (unattributed.length) {
    lines.push('  not attributed');
    for (const quote of unattributed) lines.push(`    ${quoted(quote)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `--format text`, the default: per article its id, then each speaker with their quotations and
 * under them their reported statements, marked `(reported)`, then
 * the quoted words attributed to no one (titles, scare quotes), one blank line between articles.
 *
 * @example
 * formatText.render('story.txt', analyzeArticle('"We will win," said Maria Lopez.'));
 * // 'story.txt\n  Maria Lopez (person)\n    "We will win,"\n'
 */
export const formatText: OutputFormat = {
  begin: '',
  between: '\n',
  end: () => '',
  render: renderArticle,
};
