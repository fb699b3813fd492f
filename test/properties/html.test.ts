// Guarantees analyzeHtml keeps for any markup: a result, never a crash; every span an exact slice
// of the extracted text; every span's html range reading as its text (test/html/html-reference.ts
// reads the slices independently). fast-check builds pages from blocks of words, quotation marks
// as characters and as entities, inline tags, line breaks, junk elements and hidden ones; and
// throws raw strings of markup characters at it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeHtml, extractText } from '../../src/html/index.js';
import { readSlice, spansIn, squash } from '../html/html-reference.js';

const WORDS = [
  'We',
  'will',
  'win',
  'said',
  'she said.',
  'he added:',
  'Maria Lopez',
  'Mayor Ana Ruiz',
  'according to',
  'the official',
  'Tom&amp;Jerry',
  'port&rsquo;s',
  '&mdash;',
  '&nbsp;',
  '&quot;',
  '&lt;b&gt;',
  ',',
  '.',
];
const MARKS = ['“', '”', '&ldquo;', '&rdquo;', '&#8220;', '&#x201D;', '"', '‘', '&rsquo;'];
const SPACE = [' ', '  ', '\n', '\n    ', '\t', ' \n\n '];

const word = fc.constantFrom(...WORDS, ...MARKS);
const inlineTag = fc.constantFrom('a href="/x"', 'em', 'strong', 'span class="n"', 'b');
const junk = fc.constantFrom(
  '<script>var s = "“no,” said X";</script>',
  '<style>p { quotes: "“" "”"; }</style>',
  '<nav><a href="/">“Home,” he said</a></nav>',
  '<span hidden>“hidden,” said Y</span>',
  '<div aria-hidden="true">secret words</div>',
  '<!-- “a comment,” said Z -->',
  '<br>',
  '<img src="a.jpg" alt="">',
);

/** A run of words with spaces, sometimes wrapped in an inline tag. */
const phrase: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(word, fc.constantFrom(...SPACE)), { minLength: 1, maxLength: 8 }),
    fc.option(inlineTag),
  )
  .map(([pieces, tag]) => {
    const words = pieces.map(([w, s]) => w + s).join('');
    if (!tag) return words;
    return `<${tag}>${words}</${tag.split(' ')[0]}>`;
  });

const block = fc
  .tuple(
    fc.constantFrom('p', 'div', 'li', 'h1', 'h2', 'blockquote', 'figcaption', 'header', ''),
    fc.array(fc.oneof({ weight: 5, arbitrary: phrase }, { weight: 1, arbitrary: junk }), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([tag, parts]) => (tag ? `<${tag}>${parts.join('')}</${tag}>` : parts.join('')));

const page = fc
  .array(fc.tuple(block, fc.constantFrom(...SPACE)), { maxLength: 8 })
  .map((blocks) => blocks.map(([b, s]) => b + s).join(''));

/** Markup characters alone, in any order: unclosed tags, stray entities, broken comments. */
const rawMarkup = fc
  .array(
    fc.constantFrom(
      '<',
      '>',
      '</',
      '/>',
      '<p',
      '<p>',
      '</p>',
      '<!--',
      '-->',
      '&',
      '&amp',
      ';',
      '#',
      '"',
      '“',
      'a',
      ' ',
      '\n',
      '<script>',
      '<br',
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''));

describe('analyzeHtml over generated pages', () => {
  it('gives every span an exact slice of the text and an html range that reads as it', () => {
    fc.assert(
      fc.property(page, (html) => {
        const result = analyzeHtml(html);
        for (const { path, span } of spansIn(result)) {
          const { start, end, text } = span as { start: number; end: number; text: string };
          expect(text, path).toBe(result.text.slice(start, end));
          const range = span['html'] as { start: number; end: number };
          expect(range.start, path).toBeLessThanOrEqual(range.end);
          expect(readSlice(html.slice(range.start, range.end)), path).toBe(squash(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on broken markup, and reads the same text every time', () => {
    fc.assert(
      fc.property(fc.oneof(rawMarkup, fc.string({ maxLength: 80 })), (html) => {
        const result = analyzeHtml(html);
        expect(extractText(html).text).toBe(result.text);
        for (const { span } of spansIn(result)) {
          const { start, end, text } = span as { start: number; end: number; text: string };
          expect(result.text.slice(start, end)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
