import { describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  attributeQuotes,
  createAnalyzer,
  detectQuotes,
  splitParagraphs,
} from '../../src/index.js';

const ARTICLE =
  'The council met on Tuesday night.\n\n“We will rebuild the pier,” said Mayor Susan Castell.\n\n“Soon,” she added.';

describe('non-string input: a TypeError', () => {
  const fns = { analyzeArticle, attributeQuotes, splitParagraphs, detectQuotes } as Record<
    string,
    (x: unknown) => unknown
  >;
  it.each(
    Object.keys(fns).flatMap((name) =>
      [undefined, null, 42, { text: 'x' }, ['x'], new String('x')].map(
        (input) => [name, input] as const,
      ),
    ),
  )('%s(%j)', (name, input) => {
    expect(() => fns[name]!(input)).toThrow(TypeError);
  });
});

describe('createAnalyzer: invalid options throw at once', () => {
  it.each([
    [null],
    ['nlp'],
    [42],
    [{ nlp: {} }],
    [{ nlp: 'wink' }],
    [{ nlp: { readDoc: 1, its: {} } }],
    [{ nlp: { readDoc: () => null } }],
  ])('createAnalyzer(%j)', (options) => {
    expect(() => createAnalyzer(options as never)).toThrow(TypeError);
  });

  it.each([[undefined], [{}], [{ nlp: undefined }]])(
    'createAnalyzer(%j) uses the default instance',
    (options) => {
      const analyzer = createAnalyzer(options);
      expect(analyzer.analyzeArticle(ARTICLE).quotes.map((q) => q.speaker?.name)).toStrictEqual([
        'Susan Castell',
        'Susan Castell',
      ]);
    },
  );
});

describe('attributeQuotes(text, quotes)', () => {
  it('gives the same attributions for quotes from detectQuotes as when it detects them itself', () => {
    expect(attributeQuotes(ARTICLE, detectQuotes(ARTICLE))).toStrictEqual(attributeQuotes(ARTICLE));
  });

  it('keeps every detected field of each quotation', () => {
    const detected = detectQuotes(ARTICLE);
    const quotes = attributeQuotes(ARTICLE, detected);
    expect(
      quotes.map(({ speaker, mention, cue, confidence, reason, rule, ...rest }) => rest),
    ).toStrictEqual(detected);
  });

  it('matches analyzeArticle', () => {
    expect(attributeQuotes(ARTICLE)).toStrictEqual(analyzeArticle(ARTICLE).quotes);
  });

  it.each([['quotes of another article', detectQuotes('“Something else entirely,” he said.')]])(
    'rejects %s with a RangeError',
    (_, quotes) => {
      expect(() => attributeQuotes(ARTICLE, quotes)).toThrow(RangeError);
    },
  );

  it.each([
    ['a string', 'quotes'],
    ['an object', { length: 0 }],
  ])('rejects %s with a TypeError', (_, quotes) => {
    expect(() => attributeQuotes(ARTICLE, quotes as never)).toThrow(TypeError);
  });

  it.each([[''], ['No quotation here.'], ['A headline\n\nAnd a paragraph without quotes.']])(
    '%j → []',
    (text) => {
      expect(attributeQuotes(text)).toStrictEqual([]);
    },
  );
});

describe('analyzeArticle: the result', () => {
  it.each([[''], ['   \n\n  ']])('%j → nothing', (text) => {
    expect(analyzeArticle(text)).toStrictEqual({
      paragraphs: [],
      quotes: [],
      reported: [],
      speakers: [],
    });
  });

  it('attributes a small article', () => {
    const { quotes, speakers } = analyzeArticle(ARTICLE);
    expect(
      quotes.map((q) => [q.text, q.speaker, q.mention?.text, q.cue?.text, q.reason]),
    ).toStrictEqual([
      [
        'We will rebuild the pier,',
        { id: 's1', name: 'Susan Castell' },
        'Mayor Susan Castell',
        'said',
        'cue-after',
      ],
      ['Soon,', { id: 's1', name: 'Susan Castell' }, 'she', 'added', 'cue-after'],
    ]);
    expect(speakers).toStrictEqual([
      {
        id: 's1',
        name: 'Susan Castell',
        kind: 'person',
        aliases: ['Mayor Susan Castell'],
        mentions: [
          { start: 68, end: 87, text: 'Mayor Susan Castell' },
          { start: 98, end: 101, text: 'she' },
        ],
        quotes: [0, 1],
        reported: [],
        gender: 'female',
        genderEvidence: [
          { kind: 'given-name', gender: 'female', span: { start: 74, end: 79, text: 'Susan' } },
          { kind: 'pronoun', gender: 'female', span: { start: 98, end: 101, text: 'she' } },
        ],
        title: { start: 68, end: 73, text: 'Mayor' },
        affiliation: null,
        anonymous: false,
        counts: { quotations: 2, reported: 0, words: 6 },
      },
    ]);
  });

  it.each([
    [ARTICLE],
    ['“A,” she said. “B,” he said.\n\n“C,” they said, according to nobody.'],
    ['Line\r\n\r\n“We are ready 🌊,” said Harold Finch.\r\n\r\n“Still ready,” he added.'],
  ])('%j: every span is the exact slice of the input', (text) => {
    const { paragraphs, quotes, speakers } = analyzeArticle(text);
    const spans = [
      ...paragraphs,
      ...quotes.flatMap((q) => [
        q,
        q.open,
        ...(q.close ? [q.close] : []),
        ...q.parts,
        ...(q.mention ? [q.mention] : []),
        ...(q.cue ? [q.cue] : []),
      ]),
      ...speakers.flatMap((s) => s.mentions),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns plain JSON-safe data', () => {
    const result = analyzeArticle(ARTICLE);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it('confidence is between 0 and 1', () => {
    for (const q of analyzeArticle(ARTICLE).quotes) {
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });
});
