// Strings that mix quotation marks and words with what no word needs: long runs of letters,
// digits and symbols, URLs, base64 data: URIs. For every such string analyzeArticle returns, with
// every span an exact slice, and wink-nlp is never given a run it reads in quadratic time (before
// the long runs were masked from it, one run of 16,000 letters took 0.5 s, and 256,000 took 93 s).
import fc from 'fast-check';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Span, type WinkInstance } from '../../src/index.js';
import { guardedWink } from '../analyze/guarded-wink.js';

// The one wink instance of this test process, guarded: a long run given to wink throws.
const { analyzeArticle } = createAnalyzer({
  nlp: guardedWink(winkNLP(model, ['pos']) as unknown as WinkInstance),
});

const MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '「', '」'];
const WORDS = [' ', '\n\n', 'said', 'Ken Obi', 'she added.', ',', '.', ':', '\u3000', '\u00a0'];

/** A run of one alphabet's characters, up to 16,000 long. */
const run = (alphabet: string) =>
  fc
    .array(fc.constantFrom(...alphabet), { minLength: 60, maxLength: 16_000 })
    .map((chars) => chars.join(''));

const longPiece = fc.oneof(
  run('abcdefghijklmnopqrstuvwxyz'),
  run('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='),
  run('-=_*~.'),
  run('%20'),
  run('0123456789'),
  run('abc“”’\'".,-'),
  run('ab/?&=.-').map((path) => `https://example.com/${path}`),
  run('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/').map((b64) => `data:image/png;base64,${b64}`),
);

const article = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: longPiece },
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''));

function checkSpan(text: string, s: Span | null | undefined): void {
  if (!s) return;
  expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  expect(s.text).toBe(text.slice(s.start, s.end));
}

describe('analyzeArticle on long tokens, URLs and marks', () => {
  it('returns, with exact spans, the same each time', () => {
    fc.assert(
      fc.property(article, (text) => {
        const result = analyzeArticle(text);
        for (const p of result.paragraphs) checkSpan(text, p);
        for (const q of result.quotes)
          for (const s of [q, q.open, q.close, q.mention, q.cue, ...q.parts, ...q.strayMarks])
            checkSpan(text, s);
        for (const speaker of result.speakers) for (const m of speaker.mentions) checkSpan(text, m);
        expect(analyzeArticle(text)).toStrictEqual(result);
      }),
      { numRuns: 60 },
    );
  });
});
