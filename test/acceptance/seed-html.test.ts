// The seed article as a newsroom's page would hold it: markup this test writes around the
// article's text (kept in ../shared, outside the repository; skipped when it is absent). A header
// with the headline in <h1>, a <p> per paragraph with its curly quotation marks as entities, each
// photo caption in a <figcaption>, every speaker's name in a link, and a <nav> and <script> of
// junk. analyzeHtml must find what analyzeArticle finds in the plain text, with HTML ranges that
// read as their spans.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { analyzeHtml } from '../../src/html/index.js';
import { readSlice, spansIn, squash, withoutHtml } from '../html/html-reference.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(`${corpus}seed-sino-us-talks.txt`);

const JUNK_NAV =
  '<nav class="site">\n  <a href="/">Home</a> | <a href="/world">“World,” said the menu</a>\n</nav>';
const JUNK_SCRIPT =
  '<script>\n  window.track("“Breaking,” said the tracker"); if (a < b && c) run();\n</script>';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A paragraph's text as markup: entities for the curly double marks, names in links. */
function inline(text: string, names: readonly string[]): string {
  let html = escape(text).replaceAll('“', '&ldquo;').replaceAll('”', '&rdquo;');
  for (const name of names) {
    html = html.replaceAll(name, `<a href="/people/${name.replace(/\W+/g, '-')}">${name}</a>`);
  }
  return html;
}

/** The article as a page: headline, paragraphs, captions (a credit line, a break, the caption). */
function toPage(text: string, names: readonly string[]): string {
  const [headline, ...paragraphs] = text.trim().split(/\n\n+/);
  const body = paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n');
    if (lines.length > 1) {
      const caption = lines.map((line) => inline(line, names)).join('<br>');
      return `  <figure>\n    <img src="photo.jpg" alt="">\n    <figcaption>${caption}</figcaption>\n  </figure>`;
    }
    return `  <p>\n    ${inline(paragraph, names)}\n  </p>`;
  });
  return [
    '<!doctype html>\n<html><head><title>Site | Story</title></head><body>',
    JUNK_NAV,
    `<article>\n  <header><h1>${inline(headline!, names)}</h1></header>`,
    ...body,
    '</article>',
    JUNK_SCRIPT,
    '</body></html>',
  ].join('\n');
}

describe.skipIf(!present)('the seed article as HTML (../shared/corpus)', () => {
  const text = present ? readFileSync(`${corpus}seed-sino-us-talks.txt`, 'utf8') : '';
  const plain = analyzeArticle(text);
  // the speakers named by two words or more, each a link wherever the article names them
  const names = plain.speakers.map((s) => s.name).filter((name) => /\p{Lu}\S* \p{Lu}/u.test(name));
  const html = toPage(text, names);
  const result = analyzeHtml(html);

  it('holds the markup the test means to exercise', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(html).toContain('<a href="/people/');
    expect(html).toContain('&ldquo;');
    expect(html).toContain('<figcaption>');
  });

  it('reads the same text from the page as the plain article', () => {
    expect(result.text).toBe(text.trim());
  });

  it('finds the same quotations, speakers and reported statements', () => {
    const again = analyzeArticle(result.text) as unknown as Record<string, unknown>;
    const fromHtml = withoutHtml(result) as Record<string, unknown>;
    expect(fromHtml['quotes']).toStrictEqual(again['quotes']);
    expect(fromHtml['speakers']).toStrictEqual(again['speakers']);
    if ('reported' in again) expect(fromHtml['reported']).toStrictEqual(again['reported']);
    // and the same speaker names in order as the file as it is on disk
    expect(result.quotes.map((q) => q.speaker?.name)).toStrictEqual(
      plain.quotes.map((q) => q.speaker?.name),
    );
  });

  it('marks the <h1> as the headline and the <figcaption>s as captions', () => {
    const kinds = result.paragraphs.map((p) => p.kind);
    expect(kinds[0]).toBe('headline');
    expect(kinds.filter((kind) => kind === 'caption')).toHaveLength(
      html.split('<figcaption>').length - 1,
    );
  });

  it('gives every span an html range that reads as its text', () => {
    const spans = spansIn(result);
    expect(spans.length).toBeGreaterThan(100);
    for (const { path, span } of spans) {
      const range = span['html'] as { start: number; end: number };
      expect(readSlice(html.slice(range.start, range.end)), path).toBe(
        squash(span['text'] as string),
      );
    }
  });
});
