import type { AnalysisResult, Quote, Span } from '../types.js';
import { idText, type ArticleId, type OutputFormat } from './output-format.js';

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and for attribute values in double or single quotes. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/**
 * The colour of the n-th speaker of an article. Hues a golden angle apart stay distinct for any
 * number of speakers, where a fixed palette would give two speakers one colour.
 */
function speakerColour(n: number): string {
  return `hsl(${Math.round((n * 137.508) % 360)} 85% 82%)`;
}

const pageStart = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quotations by speaker</title>
<style>
body { font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font: 600 1.4rem system-ui, sans-serif; }
article { border-top: 1px solid #ccc; margin-top: 2rem; }
h2 { font: 600 0.95rem system-ui, sans-serif; color: #555; }
ul.speakers { list-style: none; padding: 0; font: 0.9rem system-ui, sans-serif; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
p { white-space: pre-wrap; }
mark { border-radius: 3px; padding: 0 0.1em; color: inherit; }
mark.none { background: none; border-bottom: 2px dotted #999; }
small { color: #666; }
.headline { font-weight: bold; font-size: 1.25em; }
.byline, .caption, .credit, .source { color: #666; font-size: 0.9em; }
</style>
</head>
<body>
<h1>Quotations by speaker</h1>
`;

/** A highlighted stretch of text: the quoted words of one quotation in one paragraph. */
interface Highlight extends Span {
  readonly quote: Quote;
}

/** The quoted words to highlight, in text order, without overlaps. */
function highlights(quotes: readonly Quote[]): Highlight[] {
  const all = quotes.flatMap((quote) => quote.parts.map((part) => ({ ...part, quote })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const h of all) {
    // A quotation inside another is already highlighted as part of the outer one.
    const last = kept[kept.length - 1];
    if (!last || h.start >= last.end) kept.push(h);
  }
  return kept;
}

function markOpen(quote: Quote, colours: ReadonlyMap<string, string>): string {
  if (!quote.speaker) return '<mark class="none" title="not attributed">';
  const colour = colours.get(quote.speaker.id) ?? speakerColour(0);
  return `<mark style="background:${colour}" title="${escapeHtml(quote.speaker.name)}">`;
}

function renderArticle(id: ArticleId, { paragraphs, quotes, speakers }: AnalysisResult): string {
  const colours = new Map(speakers.map((speaker, n) => [speaker.id, speakerColour(n)]));
  const out = [`<article>\n<h2>${escapeHtml(idText(id))}</h2>\n<ul class="speakers">\n`];
  for (const speaker of speakers) {
    const count = speaker.quotes.length;
    out.push(
      `<li><mark style="background:${colours.get(speaker.id)}">${escapeHtml(speaker.name)}</mark> `,
      `<small>${speaker.kind}, ${count} ${count === 1 ? 'quotation' : 'quotations'}</small></li>\n`,
    );
  }
  const unattributed = quotes.filter((quote) => !quote.speaker).length;
  if (unattributed)
    out.push(`<li><mark class="none">not attributed</mark> <small>${unattributed}</small></li>\n`);
  if (!quotes.length) out.push('<li><small>no quotations</small></li>\n');
  out.push('</ul>\n');

  const marks = highlights(quotes);
  let next = 0;
  for (const paragraph of paragraphs) {
    out.push(`<p class="${paragraph.kind}">`);
    let at = paragraph.start;
    while (next < marks.length && marks[next]!.start < paragraph.end) {
      const mark = marks[next]!;
      // Clip to the paragraph, so a stray span cannot swallow text or break the page.
      const start = Math.max(mark.start, at);
      const end = Math.min(mark.end, paragraph.end);
      if (start < end) {
        out.push(escapeHtml(paragraph.text.slice(at - paragraph.start, start - paragraph.start)));
        out.push(
          markOpen(mark.quote, colours),
          escapeHtml(paragraph.text.slice(start - paragraph.start, end - paragraph.start)),
          '</mark>',
        );
        at = end;
      }
      next += 1;
    }
    out.push(escapeHtml(paragraph.text.slice(at - paragraph.start)), '</p>\n');
  }
  out.push('</article>\n');
  return out.join('');
}

/**
 * `--format html`: one standalone page (styles inline, nothing to fetch) with a section per article:
 * its speakers, each in a colour of their own, then its text with every quotation highlighted in
 * its speaker's colour, its speaker's name shown on hover, and unattributed quotations underlined.
 *
 * @example
 * const page = formatHtml.begin + formatHtml.render('story.txt', analyzeArticle(text)) + formatHtml.end(1);
 */
export const formatHtml: OutputFormat = {
  begin: pageStart,
  between: '',
  end: (count) => `${count ? '' : '<p>No article could be read.</p>\n'}</body>\n</html>\n`,
  render: renderArticle,
};
