// Issue 14, the library's half: every string costs time in proportion to its length and memory in
// proportion to the result, and every quotation given to attributeQuotes is checked.
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import {
  createAnalyzer,
  detectQuotes,
  splitParagraphs,
  type AnalysisResult,
  type DetectedQuote,
  type WinkInstance,
} from '../../src/index.js';
import { guardedWink } from './guarded-wink.js';

// The one wink instance of this test process (vitest runs each file in a process of its own), and
// an analyzer over it that refuses to give wink a run it would read in quadratic time: on a
// library that gives wink such a run, the tests below fail at once instead of running for minutes.
const { analyzeArticle, attributeQuotes } = createAnalyzer({
  nlp: guardedWink(winkNLP(model, ['pos']) as unknown as WinkInstance),
});

/** Every span of the result is the exact slice of `text` it says it is. */
function expectExactSpans(text: string, result: AnalysisResult): void {
  const spans = [
    ...result.paragraphs,
    ...result.quotes.flatMap((q) => [q, q.open, q.close, q.mention, q.cue, ...q.parts]),
    ...result.speakers.flatMap((s) => s.mentions),
  ];
  for (const s of spans) if (s) expect(s.text).toBe(text.slice(s.start, s.end));
}

const base64 = Buffer.from(Array.from({ length: 96_000 }, (_, i) => (i * 7919) % 251)).toString(
  'base64',
);

// 128,000 characters without a space took wink-nlp about 23 s (its URL and e-mail patterns are
// quadratic); masked, they take a fraction of a second.
const LONG = 128_000;

describe('long runs without a space cost time in proportion to their length', () => {
  it.each([
    ['a run of letters after an opening mark', `“${'a'.repeat(LONG)}`, []],
    [
      'a base64 data: image in HTML',
      `<p>“We will win,” said Maria Lopez.</p><img src="data:image/png;base64,${base64}"><p>“Soon,” she added.</p>`,
      ['Maria Lopez', 'Maria Lopez'],
    ],
    [
      'a line of dashes between quotations',
      `“We will win,” said Maria Lopez.\n\n${'-'.repeat(LONG)}\n\n“Soon,” said Ken Obi.`,
      ['Maria Lopez', 'Ken Obi'],
    ],
    [
      'a URL full of %20',
      `“Read it,” said Ken Obi, linking to https://example.com/${'%20'.repeat(LONG / 3)}.`,
      ['Ken Obi'],
    ],
  ])(
    '%s',
    (_, text, speakers) => {
      const result = analyzeArticle(text);
      expect(
        result.quotes.filter((q) => q.depth === 0).map((q) => q.speaker?.name ?? null),
      ).toStrictEqual(
        speakers.length ? speakers : result.quotes.filter((q) => q.depth === 0).map(() => null),
      );
      expectExactSpans(text, result);
    },
    10_000,
  );
});

describe('maxQuotes bounds what the analysis holds', () => {
  it('stops after maxQuotes quotations and says so', () => {
    const text = '‘a’ '.repeat(1000);
    const result = analyzeArticle(text, { maxQuotes: 100 });
    expect(result.quotes).toHaveLength(100);
    expect(result.truncated).toBe(true);
    expect(result.quotes.map((q) => q.start)).toStrictEqual(
      detectQuotes(text)
        .slice(0, 100)
        .map((q) => q.start),
    );
    expectExactSpans(text, result);
  });

  it.each([
    ['fewer quotations than the limit', '“We will win,” said Maria Lopez. “Soon,” she added.', 2],
    ['exactly the limit', '“One,” said Ken Obi. “Two,” he added.', 2],
  ])('is absent with %s', (_, text, limit) => {
    const result = analyzeArticle(text, { maxQuotes: limit });
    expect('truncated' in result).toBe(false);
    expect(result).toStrictEqual(analyzeArticle(text));
  });

  it('keeps the cue after the last quotation kept', () => {
    const text = '“One,” said Ken Obi. “Two,” said Maria Lopez. “Three,” said Aiko Tanaka.';
    const result = analyzeArticle(text, { maxQuotes: 2 });
    expect(result.quotes.map((q) => [q.text, q.speaker?.name, q.rule])).toStrictEqual(
      analyzeArticle(text)
        .quotes.slice(0, 2)
        .map((q) => [q.text, q.speaker?.name, q.rule]),
    );
    expect(result.truncated).toBe(true);
  });

  it.each([[0], [-1], [1.5], [NaN], ['10']])('maxQuotes %o is a RangeError', (maxQuotes) => {
    expect(() => analyzeArticle('“Hi,” she said.', { maxQuotes: maxQuotes as number })).toThrow(
      /maxQuotes must be a whole number of 1 or more/,
    );
  });

  it('stops after 100,000 paragraphs too, and says so', () => {
    const text = 'Fine.\n\n'.repeat(100_010);
    const result = analyzeArticle(text);
    expect([
      result.paragraphs.length,
      result.paragraphs.at(-1)?.index,
      result.truncated,
    ]).toStrictEqual([100_000, 99_999, true]);
  });

  it('takes Infinity for no limit', () => {
    const text = '‘a’ '.repeat(30);
    expect(analyzeArticle(text, { maxQuotes: Infinity }).quotes).toHaveLength(30);
  });
});

describe('attributeQuotes checks every quotation it is given', () => {
  const text = '“We will win,” said Maria Lopez. “Soon,” she added.';
  const [first] = detectQuotes(text) as [DetectedQuote];
  const at = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  it.each([
    [
      'a negative start',
      { ...first, ...at(-1, first.end) },
      /quotes\[0\] has a quotation out of range/,
    ],
    [
      'an end past the text',
      { ...first, end: text.length + 5 },
      /quotes\[0\] has a quotation out of range/,
    ],
    ['start after end', { ...first, start: 10, end: 5, text: '' }, /out of range/],
    ['a fractional offset', { ...first, start: 1.5 }, /not whole numbers/],
    ['NaN', { ...first, end: NaN }, /not whole numbers/],
    [
      'text that is not the slice',
      { ...first, text: 'We will lose,' },
      /quotation whose text is not the text there/,
    ],
    [
      'a wrong opening mark',
      { ...first, open: at(3, 4) },
      /opening mark whose text|marks inside its words/,
    ],
    ['a closing mark inside the words', { ...first, close: at(5, 6) }, /marks inside its words/],
    ['a part outside the words', { ...first, parts: [at(20, 30)] }, /part outside its words/],
    ['a negative depth', { ...first, depth: -1 }, /depth/],
    ['a paragraph that is not a number', { ...first, paragraph: 0.5 }, /paragraph numbers/],
  ])('throws a RangeError naming the first bad one: %s', (_, bad, message) => {
    expect(() => attributeQuotes(text, [bad as DetectedQuote])).toThrow(RangeError);
    expect(() => attributeQuotes(text, [bad as DetectedQuote])).toThrow(message);
  });

  it('names the index of the bad one', () => {
    const quotes = detectQuotes(text);
    const bad = [...quotes, { ...quotes[1]!, start: -3 }];
    expect(() => attributeQuotes(text, bad)).toThrow(/quotes\[2\]/);
  });

  it('takes quotations detected in the same text', () => {
    expect(attributeQuotes(text, detectQuotes(text)).map((q) => q.speaker?.name)).toStrictEqual([
      'Maria Lopez',
      'Maria Lopez',
    ]);
  });
});

describe('detectQuotes alone is bounded by maxQuotes too', () => {
  it('stops after maxQuotes quotations and says so, as analyzeArticle does', () => {
    const text = '‘a’ '.repeat(1000);
    const quotes = detectQuotes(text, { maxQuotes: 100 });
    expect([quotes.length, quotes.truncated]).toStrictEqual([100, true]);
    expect(quotes.map((q) => q.start)).toStrictEqual(
      analyzeArticle(text, { maxQuotes: 100 }).quotes.map((q) => q.start),
    );
    expect(quotes.map((q) => q.start)).toStrictEqual(
      detectQuotes(text, { maxQuotes: Infinity })
        .slice(0, 100)
        .map((q) => q.start),
    );
  });

  it('stops at 20,000 by default', () => {
    const quotes = detectQuotes('‘a’ '.repeat(20_005));
    expect([quotes.length, quotes.truncated]).toStrictEqual([20_000, true]);
    expect(detectQuotes('‘a’ '.repeat(20_005), { maxQuotes: Infinity })).toHaveLength(20_005);
  });

  it.each([
    ['fewer quotations than the limit', '“We will win,” said Maria Lopez. “Soon,” she added.', 3],
    ['exactly the limit', '“One,” said Ken Obi. “Two,” he added.', 2],
  ])('has no truncated flag with %s', (_, text, limit) => {
    const quotes = detectQuotes(text, { maxQuotes: limit });
    expect('truncated' in quotes).toBe(false);
    expect(quotes).toStrictEqual(detectQuotes(text));
  });

  it('stops after 100,000 paragraphs when it splits them itself', () => {
    const text = '“Fine.”\n\n'.repeat(100_010);
    const quotes = detectQuotes(text, { maxQuotes: Infinity });
    expect([quotes.length, quotes.at(-1)?.paragraph, quotes.truncated]).toStrictEqual([
      100_000,
      99_999,
      true,
    ]);
  });

  it('takes the paragraphs as an option, or as an array as before', () => {
    const text = '“One,” said Ken Obi.\n\n“Two,” he added.';
    const paragraphs = splitParagraphs(text);
    expect(detectQuotes(text, { paragraphs })).toStrictEqual(detectQuotes(text));
    expect(detectQuotes(text, paragraphs)).toStrictEqual(detectQuotes(text));
  });

  it.each([[0], [-1], [1.5], [NaN], ['10']])('maxQuotes %o is a RangeError', (maxQuotes) => {
    expect(() => detectQuotes('“Hi,” she said.', { maxQuotes: maxQuotes as number })).toThrow(
      /detectQuotes: maxQuotes must be a whole number of 1 or more/,
    );
  });

  it('options that are not an object are a TypeError', () => {
    expect(() => detectQuotes('“Hi,” she said.', 5 as never)).toThrow(TypeError);
  });
});
