import type { AnalysisResult, Quote, Report, Span, Speaker } from '../types.js';
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

/** The same hue, dark enough for a line under text: the n-th speaker's underline. */
function speakerInk(n: number): string {
  return `hsl(${Math.round((n * 137.508) % 360)} 70% 40%)`;
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
u.reported { text-decoration: none; border-bottom: 3px solid; }
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

/** A reported clause, underlined in its speaker's colour, the name shown on hover. */
function reportOpen(report: Report, inks: ReadonlyMap<string, string>): string {
  const colour = inks.get(report.speaker.id) ?? speakerInk(0);
  const title = `${report.speaker.name} (reported)`;
  return `<u class="reported" style="border-color:${colour}" title="${escapeHtml(title)}">`;
}

/** A stretch of a paragraph with the quotation highlight and the reported clause it lies in. */
interface Piece extends Omit<Span, 'text'> {
  readonly mark: Highlight | undefined;
  readonly report: Report | undefined;
}

/**
 * A paragraph cut wherever a highlight or a reported clause starts or ends, each piece with what
 * covers it, so marks and underlines never have to nest (a clause holds quotations, and a
 * quotation may run past its clause). Spans are clipped to the paragraph, so a stray one cannot
 * swallow text or break the page.
 */
function pieces(paragraph: Span, marks: readonly Highlight[], reports: readonly Report[]): Piece[] {
  const inside = <T extends Omit<Span, 'text'>>(xs: readonly T[]) =>
    xs.filter((x) => x.start < paragraph.end && x.end > paragraph.start);
  const ownMarks = inside(marks);
  const ownReports = inside(reports);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const x of [...ownMarks, ...ownReports])
    for (const at of [x.start, x.end]) if (at > paragraph.start && at < paragraph.end) cuts.add(at);
  const at = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < at.length; k++) {
    const [start, end] = [at[k]!, at[k + 1]!];
    const covers = (x: Omit<Span, 'text'>) => x.start <= start && x.end >= end;
    // (of nested reports, the inner one: the last to start)
    const report = ownReports.filter(covers).at(-1);
    out.push({ start, end, mark: ownMarks.find(covers), report });
  }
  return out;
}

/**
 * Who a speaker is, for the list of speakers: kind, gender (for people), title, affiliation,
 * anonymous or not, and how much they say: "person · female · spokeswoman · Blue Tide Ferries ·
 * 2 quotations".
 */
function speakerProfile(speaker: Speaker): string {
  const parts: string[] = [speaker.kind];
  if (speaker.kind === 'person' || speaker.kind === 'role')
    parts.push(`<span class="gender">${speaker.gender}</span>`);
  if (speaker.title) parts.push(`<span class="title">${escapeHtml(speaker.title.text)}</span>`);
  if (speaker.affiliation)
    parts.push(`<span class="affiliation">${escapeHtml(speaker.affiliation.text)}</span>`);
  if (speaker.anonymous) parts.push('<span class="anonymous">anonymous</span>');
  const count = speaker.quotes.length;
  const said = speaker.reported.length;
  parts.push(
    `${count} ${count === 1 ? 'quotation' : 'quotations'}${said ? `, ${said} reported` : ''}`,
  );
  return parts.join(' · ');
}

function renderArticle(
  id: ArticleId,
  { paragraphs, quotes, reported, speakers }: AnalysisResult,
): string {
  const colours = new Map(speakers.map((speaker, n) => [speaker.id, speakerColour(n)]));
  const inks = new Map(speakers.map((speaker, n) => [speaker.id, speakerInk(n)]));
  const out = [`<article>\n<h2>${escapeHtml(idText(id))}</h2>\n<ul class="speakers">\n`];
  for (const speaker of speakers) {
    out.push(
      `<li><mark style="background:${colours.get(speaker.id)}">${escapeHtml(speaker.name)}</mark> `,
      `<small>${speakerProfile(speaker)}</small></li>\n`,
    );
  }
  const unattributed = quotes.filter((quote) => !quote.speaker).length;
  if (unattributed)
    out.push(`<li><mark class="none">not attributed</mark> <small>${unattributed}</small></li>\n`);
  if (!quotes.length) out.push('<li><small>no quotations</small></li>\n');
  out.push('</ul>\n');

  const marks = highlights(quotes);
  for (const paragraph of paragraphs) {
    out.push(`<p class="${paragraph.kind}">`);
    for (const piece of pieces(paragraph, marks, reported)) {
      const text = escapeHtml(
        paragraph.text.slice(piece.start - paragraph.start, piece.end - paragraph.start),
      );
      const inner = piece.mark ? `${markOpen(piece.mark.quote, colours)}${text}</mark>` : text;
      out.push(piece.report ? `${reportOpen(piece.report, inks)}${inner}</u>` : inner);
    }
    out.push('</p>\n');
  }
  out.push('</article>\n');
  return out.join('');
}

/**
 * `--format html`: one standalone page (styles inline, nothing to fetch) with a section per article:
 * its speakers, each in a colour of their own with their kind, gender, title and affiliation,
 * then its text with every quotation highlighted in its speaker's colour, its speaker's name
 * shown on hover, unattributed quotations underlined with dots, and reported clauses underlined
 * in their speaker's colour.
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
