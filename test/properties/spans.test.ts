// Guarantees that hold for every string: a result, exact in-bounds spans that never split a
// surrogate pair, the same output for the same input. fast-check generates strings that mix
// quotation marks, apostrophes, primes, line breaks, emoji and control characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  attributeQuotes,
  detectQuotes,
  splitParagraphs,
  type Span,
} from '../../src/index.js';

/** The pieces articles are made of, and the pieces that break naive scanners. */
const PIECES = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  "''",
  "'''",
  '’’',
  '‘‘',
  '＂',
  '‟',
  '‛',
  '«',
  '»',
  '‹',
  '›',
  '„',
  '‚',
  '「',
  '」',
  '『',
  '』',
  '′',
  '″',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  ' \n \n',
  '\t',
  '\u2028',
  '\u2029',
  '\u00a0',
  'we',
  'We',
  'said',
  'he said.',
  'Smith said',
  'according to',
  'that',
  'the pier will',
  'told reporters',
  'called on',
  'the students',
  's',
  'n',
  'em',
  '90s',
  '12',
  '5',
  '.',
  ',',
  ':',
  '—',
  '(',
  ')',
  '/',
  '?',
  '!',
  '😀',
  '👍🏽',
  '\uD83D',
  '\uDE00',
  '\u0000',
  '\u0007',
  '\u001b',
  '\uFEFF',
  '\u200B',
] as const;

/** Strings made of the pieces above, with some arbitrary characters mixed in. */
const article = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 80 },
  )
  .map((pieces) => pieces.join(''));

function checkSpan(text: string, s: Span | null | undefined): void {
  if (s === null || s === undefined) return;
  expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
  expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  expect(s.text).toBe(text.slice(s.start, s.end));
  // never between the two halves of a surrogate pair
  for (const at of [s.start, s.end]) {
    const hi = text.charCodeAt(at - 1);
    const lo = text.charCodeAt(at);
    expect(
      hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff,
      `split pair at ${at}`,
    ).toBe(false);
  }
}

describe('splitParagraphs', () => {
  it('gives exact, ordered, non-overlapping, trimmed paragraphs for every string', () => {
    fc.assert(
      fc.property(article, (text) => {
        const paragraphs = splitParagraphs(text);
        let last = 0;
        paragraphs.forEach((p, i) => {
          checkSpan(text, p);
          expect(p.index).toBe(i);
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.text.trim().length).toBeGreaterThan(0);
          expect(/^\s|\s$/.test(p.text)).toBe(false);
          last = p.end;
        });
        expect(splitParagraphs(text)).toStrictEqual(paragraphs);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('detectQuotes', () => {
  it('gives exact spans inside their paragraphs, in text order, the same each time', () => {
    fc.assert(
      fc.property(article, (text) => {
        const paragraphs = splitParagraphs(text);
        const quotes = detectQuotes(text);
        for (const q of quotes) {
          for (const s of [q, q.open, q.close, ...q.parts, ...q.strayMarks]) checkSpan(text, s);
          expect(q.text.length).toBeGreaterThan(0);
          expect(q.parts.length).toBe(q.paragraphs.length);
          expect(q.paragraph).toBe(q.paragraphs[0]);
          expect(q.start).toBe(q.parts[0]!.start);
          expect(q.end).toBe(q.parts[q.parts.length - 1]!.end);
          // each part lies in the paragraph it belongs to, and paragraphs follow each other
          q.parts.forEach((part, k) => {
            const p = paragraphs[q.paragraphs[k]!]!;
            expect(p.start <= part.start && part.end <= p.end).toBe(true);
            if (k > 0) expect(q.paragraphs[k]).toBe(q.paragraphs[k - 1]! + 1);
          });
          expect(q.open.end).toBeLessThanOrEqual(q.start);
          if (q.close) expect(q.close.start).toBeGreaterThanOrEqual(q.end);
          expect(q.close === null).toBe(q.repairs.includes('unclosed'));
          expect(q.strayMarks.length > 0).toBe(q.repairs.includes('stray-close'));
        }
        for (let k = 1; k < quotes.length; k++)
          expect(quotes[k]!.start).toBeGreaterThanOrEqual(quotes[k - 1]!.start);
        expect(detectQuotes(text)).toStrictEqual(quotes);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Articles with straight double marks and no single marks, so that each " can be written as ''. */
const doubleMarked = fc
  .array(
    fc.constantFrom('"', ' ', '\n\n', 'We', 'we', 'said', '12', '.', ',', ':', '(', '—', '“', '”'),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(''))
  .filter((text) => !text.includes('""'));

describe("two straight apostrophes ('')", () => {
  it('quote exactly what one straight double mark (") in their place quotes', () => {
    fc.assert(
      fc.property(doubleMarked, (text) => {
        const doubled = text.replaceAll('"', "''");
        const read = (t: string) =>
          detectQuotes(t).map((q) => ({
            text: q.text.replaceAll("''", '"'),
            marks: [q.open.text, q.close?.text].map((m) => m?.replace("''", '"')),
            kind: q.kind,
            depth: q.depth,
            paragraphs: q.paragraphs,
          }));
        expect(read(doubled)).toStrictEqual(read(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('analyzeArticle', () => {
  // wink-nlp reads every article, so fewer runs: enough to cross every piece many times
  it('gives exact spans everywhere in its result, the same each time', () => {
    fc.assert(
      fc.property(article, (text) => {
        const result = analyzeArticle(text);
        for (const p of result.paragraphs) checkSpan(text, p);
        for (const q of result.quotes) {
          for (const s of [q, q.open, q.close, q.mention, q.cue, ...q.parts, ...q.strayMarks])
            checkSpan(text, s);
          expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
        }
        for (const r of result.reported) {
          for (const s of [r, r.mention, r.cue]) checkSpan(text, s);
          expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
          expect(r.kind).toBe(r.quotes.length > 0 ? 'mixed' : 'indirect');
        }
        for (let k = 1; k < result.reported.length; k++)
          expect(result.reported[k]!.start).toBeGreaterThanOrEqual(result.reported[k - 1]!.start);
        for (const speaker of result.speakers) {
          for (const m of speaker.mentions) checkSpan(text, m);
          for (const qi of speaker.quotes) expect(result.quotes[qi]?.speaker?.id).toBe(speaker.id);
          for (const ri of speaker.reported)
            expect(result.reported[ri]?.speaker.id).toBe(speaker.id);
        }
        expect(analyzeArticle(text)).toStrictEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a non-string argument throws a TypeError saying a string was expected', () => {
  const functions = { splitParagraphs, detectQuotes, attributeQuotes, analyzeArticle } as Record<
    string,
    (text: unknown) => unknown
  >;
  it.each(
    Object.keys(functions).flatMap((name) =>
      [undefined, null, 42, {}, ['text'], new String('text'), Buffer.from('text')].map(
        (arg) => [name, arg] as const,
      ),
    ),
  )('%s(%o)', (name, arg) => {
    expect(() => functions[name]!(arg)).toThrow(TypeError);
    expect(() => functions[name]!(arg)).toThrow(/expected the article as a string/);
  });
});
