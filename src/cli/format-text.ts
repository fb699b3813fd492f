import type { AnalysisResult, Quote } from '../types.js';
import type { OutputFormat } from './output-format.js';

/** A quotation on one line, between the marks the article used. */
function quoted(quote: Quote): string {
  // A quotation over several paragraphs has line breaks; one line per quotation reads better.
  const words = quote.text.replace(/\s+/g, ' ').trim();
  return `${quote.open.text}${words}${quote.close?.text ?? ''}`;
}

function renderArticle(id: string | number, { quotes, speakers }: AnalysisResult): string {
  const lines = [String(id)];
  if (quotes.length === 0) lines.push('  no quotations');
  for (const speaker of speakers) {
    lines.push(`  ${speaker.name} (${speaker.kind})`);
    for (const index of speaker.quotes) {
      const quote = quotes[index];
      if (quote) lines.push(`    ${quoted(quote)}`);
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
 * `--format text`, the default: per article its id, then each speaker with their quotations, then
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
