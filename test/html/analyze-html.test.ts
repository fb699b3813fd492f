// analyzeHtml and the text it reads from HTML: tables of markup we wrote, with the text expected,
// the speaker and the rule that decided, and the HTML ranges of the spans.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type WinkInstance } from '../../src/index.js';
import { analyzeHtml, extractText } from '../../src/html/index.js';
import { readSlice, spansIn, squash, withoutHtml } from './html-reference.js';

describe('extractText: the text a reader sees', () => {
  it.each([
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<div>One.</div>\n  <div>\n    Two.\n  </div>', 'One.\n\nTwo.'],
    ['<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['<p>One.<br><br>Two.</p>', 'One.\n\nTwo.'],
    ['<p>Runs   of\n\t white   space</p>', 'Runs of white space'],
    [
      '<p>Tom&amp;Jerry &ldquo;x&rdquo; &#8220;y&#x201D; a&nbsp;b</p>',
      'Tom&Jerry “x” “y” a\u00a0b',
    ],
    ['<p>said <a href="/m">Maria <em>Lopez</em></a>.</p>', 'said Maria Lopez.'],
    ['<ul><li>First</li><li>Second</li></ul>', 'First\n\nSecond'],
    ['<blockquote><p>Quoted.</p></blockquote><p>After.</p>', 'Quoted.\n\nAfter.'],
    ['<h2>Sub</h2>Loose text<p>Para</p>', 'Sub\n\nLoose text\n\nPara'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\n\nc'],
    ['<p>Unclosed<p>paragraphs', 'Unclosed\n\nparagraphs'],
    ['', ''],
    ['plain text, no tags', 'plain text, no tags'],
  ])('%j reads as %j', (html, text) => {
    expect(extractText(html).text).toBe(text);
  });

  it.each([
    ['<script>var q = "“No,” said Bob";</script><p>Kept.</p>', 'script'],
    ['<style>p::before { content: "“"; }</style><p>Kept.</p>', 'style'],
    ['<nav><a href="/">“Home,” said nobody</a></nav><p>Kept.</p>', 'nav'],
    ['<aside>Related: “Quote,” he said.</aside><p>Kept.</p>', 'aside'],
    ['<p>Kept.</p><footer>© “The Paper”</footer>', 'footer'],
    ['<form><label>Name</label><textarea>“x”</textarea></form><p>Kept.</p>', 'form'],
    ['<head><title>Site | Story</title></head><p>Kept.</p>', 'head'],
    ['<p hidden>Secret.</p><p>Kept.</p>', 'hidden attribute'],
    ['<p aria-hidden="true">Secret.</p><p>Kept.</p>', 'aria-hidden'],
    ['<div style="color: red; display: none">Secret.</div><p>Kept.</p>', 'display: none'],
    ['<noscript><p>Enable scripts.</p></noscript><p>Kept.</p>', 'noscript'],
    ['<!-- “a comment,” said X --><p>Kept.</p>', 'a comment'],
  ])('leaves out %j (%s)', (html) => {
    expect(extractText(html).text).toBe('Kept.');
  });

  it('marks the first <h1> as the headline and every <figcaption> as a caption', () => {
    const html =
      '<h2>Kicker</h2><h1>Title</h1><h1>Second title</h1><figure><figcaption>A view.</figcaption></figure>';
    expect(
      extractText(html).marked.map((b) => [b.kind, html.slice(b.html.start, b.html.end)]),
    ).toStrictEqual([
      ['headline', '<h1>Title</h1>'],
      ['caption', '<figcaption>A view.</figcaption>'],
    ]);
  });

  it('takes the first heading in a <header> as the headline when there is no <h1>', () => {
    const html = '<header><h2>Title</h2><p>By Jane Roe</p></header><h3>Later</h3>';
    expect(extractText(html).marked.map((b) => html.slice(b.html.start, b.html.end))).toStrictEqual(
      ['<h2>Title</h2>'],
    );
  });
});

describe('analyzeHtml: speakers and rules, as for the same words in plain text', () => {
  it.each([
    [
      '<p>&ldquo;We will not rush this,&rdquo; said <a href="/people/ev">Mayor Elena Vasquez</a>.</p>',
      'Elena Vasquez',
      'cue-after',
    ],
    [
      '<p><strong>Tomas Reyes</strong> said: &ldquo;The pier is safe.&rdquo;</p>',
      'Tomas Reyes',
      'cue-before',
    ],
    [
      '<div>&ldquo;The wall comes first,&rdquo; according to <a href="#">Sen. Ada Osei</a>.</div>',
      'Ada Osei',
      'according-to',
    ],
    ['<p>&#8220;Nobody asked us,&#8221; <em>Lena Park</em> said.</p>', 'Lena Park', 'cue-after'],
  ])('%s → %s (%s)', (html, speaker, reason) => {
    const { quotes, text } = analyzeHtml(html);
    expect(quotes.map((q) => [q.speaker?.name, q.reason])).toStrictEqual([[speaker, reason]]);
    expect(withoutHtml(quotes)).toStrictEqual(analyzeArticle(text).quotes);
  });

  it('gives a quotation over two paragraphs to the speaker the first names', () => {
    const html =
      '<p>&ldquo;The ferry runs at six,&rdquo; said <a href="/ml">Maria Lopez</a>.</p>\n' +
      '<p>&ldquo;It will run at five in the summer,&rdquo; she added.</p>';
    const { quotes } = analyzeHtml(html);
    expect(quotes.map((q) => [q.speaker?.name, q.reason])).toStrictEqual([
      ['Maria Lopez', 'cue-after'],
      ['Maria Lopez', 'cue-after'],
    ]);
  });

  it('puts the html range of a quotation, its mention and its cue on the HTML source', () => {
    const html = '<p>&ldquo;Soon,&rdquo; said <a href="/m">Maria Lopez</a>.</p>';
    const [quote] = analyzeHtml(html).quotes;
    const slice = (range: { start: number; end: number } | undefined) =>
      range && html.slice(range.start, range.end);
    expect([
      slice(quote?.html),
      slice(quote?.mention?.html),
      slice(quote?.cue?.html),
    ]).toStrictEqual(['Soon,', 'Maria Lopez', 'said']);
    expect(slice(quote?.open.html)).toBe('&ldquo;');
    expect(slice(quote?.close?.html)).toBe('&rdquo;');
  });

  it('gives every span, at every depth, an html range that reads as its text', () => {
    const html =
      '<header><h1>Ferry plan &ldquo;on hold&rdquo;</h1></header>\n<nav>Home</nav>' +
      '<p>&ldquo;We need <em>more</em>\n   time,&rdquo; said <a href="/x">Ana Ruiz</a>, the port&rsquo;s chief.</p>' +
      '<figure><figcaption>The pier. (Jane Roe/Agency)</figcaption></figure>' +
      '<p>&ldquo;Soon,&rdquo; she added.<br>&ldquo;Very soon.&rdquo;</p><script>“x,” said Y</script>';
    const result = analyzeHtml(html);
    const spans = spansIn(result);
    expect(spans.length).toBeGreaterThan(10);
    for (const { path, span } of spans) {
      const range = span['html'] as { start: number; end: number };
      expect(span['text'], path).toBe(
        result.text.slice(span['start'] as number, span['end'] as number),
      );
      expect(readSlice(html.slice(range.start, range.end)), path).toBe(
        squash(span['text'] as string),
      );
    }
    expect(result.paragraphs.map((p) => p.kind)).toStrictEqual([
      'headline',
      'body',
      'caption',
      'body',
    ]);
  });

  it('follows the markup for the headline and captions', () => {
    const html =
      '<p>Kicker line</p><h1>Mayor Says the Pier Is Safe</h1>' +
      '<p>&ldquo;It is safe,&rdquo; said Mayor Ana Ruiz.</p>' +
      '<figcaption>The pier on Monday</figcaption>';
    expect(analyzeHtml(html).paragraphs.map((p) => [p.kind, p.text])).toStrictEqual([
      ['body', 'Kicker line'],
      ['headline', 'Mayor Says the Pier Is Safe'],
      ['body', '“It is safe,” said Mayor Ana Ruiz.'],
      ['caption', 'The pier on Monday'],
    ]);
  });

  it('uses an injected wink instance', () => {
    let reads = 0;
    const real = winkNLP(model, ['pos']) as unknown as WinkInstance;
    const nlp: WinkInstance = {
      its: real.its,
      readDoc: (text) => {
        reads += 1;
        return real.readDoc(text);
      },
    };
    const { quotes } = analyzeHtml('<p>&ldquo;Yes,&rdquo; said Ana Ruiz.</p>', { nlp });
    expect([quotes[0]?.speaker?.name, reads]).toStrictEqual(['Ana Ruiz', 1]);
  });

  it.each([[null], [undefined], [42], [{ html: '<p>' }]])('throws a TypeError for %j', (value) => {
    expect(() => analyzeHtml(value as unknown as string)).toThrow(TypeError);
  });

  it('throws a TypeError for options that are not an object', () => {
    expect(() => analyzeHtml('<p>x</p>', 'fast' as never)).toThrow(TypeError);
  });
});
