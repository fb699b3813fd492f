// Issue 14: the cost of analyzeArticle grows in proportion to the text, for strings that mix long
// tokens, URLs and marks with the writer's speech (cues, reports, many people of few surnames).
// Work is bounded two ways: by counting what wink-nlp is given (every character once, no run it
// reads in quadratic time), and by a generous ratio of CPU time per character between a text and
// the same text repeated eight times (a cost that grows with the square of the length gives 8;
// the bound is 3). Speed itself is measured by `npm run bench` only.
import fc from 'fast-check';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type WinkInstance } from '../../src/index.js';
import { guardedWink } from '../analyze/guarded-wink.js';

// The one wink instance of this test process, guarded (a long run given to wink throws) and
// counted: how many characters it was given to read.
const read = { characters: 0 };
const guarded = guardedWink(winkNLP(model, ['pos']) as unknown as WinkInstance);
const { analyzeArticle } = createAnalyzer({
  nlp: {
    its: guarded.its,
    readDoc(text: string) {
      read.characters += text.length;
      return guarded.readDoc(text);
    },
  },
});

const SURNAMES = ['Gale', 'Hume', 'Obi', 'Lopez'];
const GIVEN = ['Maria', 'Ken', 'Aiko', 'Leona'];
/** Stands for a given name new at each repetition of the text: an article of many people. */
const NEW_NAME = '\u0001';
const WORDS = ['the plan', 'we will win', 'no', 'it is over', 'soon'];

const run = (alphabet: string, max: number) =>
  fc
    .array(fc.constantFrom(...alphabet), { minLength: 60, maxLength: max })
    .map((chars) => chars.join(''));

const name = fc.oneof(
  fc.constantFrom(...SURNAMES),
  fc.tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAMES)).map((n) => n.join(' ')),
  fc.constantFrom(...SURNAMES).map((surname) => `Sen. ${NEW_NAME} ${surname}`),
);
const words = fc.constantFrom(...WORDS);

const piece = fc.oneof(
  fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '\n\n', ', ', '. ', ': '),
  fc.tuple(words, name).map(([w, n]) => `“${w},” said ${n}.`),
  fc.tuple(name, words).map(([n, w]) => `${n} said that “${w}” would fail, and`),
  fc.tuple(words, name).map(([w, n]) => `${w}, according to ${n},`),
  fc.tuple(name, words).map(([n, w]) => `${n} told reporters ${w}`),
  name,
  run('abcdefghijklmnopqrstuvwxyz0123456789+/=', 2000),
  run('-=_%20', 2000),
  run('ab/?&=.-', 2000).map((path) => `https://example.com/${path}`),
);

/** A stretch of text to repeat: pieces joined with spaces. */
const unit = fc
  .array(piece, { minLength: 5, maxLength: 30 })
  .map((pieces) => `${pieces.join(' ')} `);

/** A made-up given name for the `i`th repetition: Aa, Ab, …, Aba, … */
function givenName(i: number): string {
  let letters = '';
  for (let n = i; n > 0 || letters === ''; n = Math.floor(n / 26))
    letters = String.fromCharCode(97 + (n % 26)) + letters;
  return `A${letters}`;
}

/** `text` repeated to `size` characters, each repetition with a new given name. */
function repeated(text: string, size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += text.replaceAll(NEW_NAME, givenName(i));
  return out.slice(0, size);
}

/** CPU time (user and system, microseconds) of analyzeArticle on `text`: the least of three. */
function cpuTime(text: string): number {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    analyzeArticle(text, { maxQuotes: Infinity });
    const used = process.cpuUsage(before);
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

describe('analyzeArticle costs time in proportion to the text', () => {
  it('gives wink-nlp every character once, in runs it reads in linear time', () => {
    fc.assert(
      fc.property(unit, (text) => {
        const article = repeated(text, 20_000);
        read.characters = 0;
        analyzeArticle(article, { maxQuotes: Infinity });
        expect(read.characters).toBeLessThanOrEqual(article.length);
      }),
      { numRuns: 30 },
    );
  });

  it('costs no more per character on eight times the text (within a generous 3 times)', () => {
    analyzeArticle(repeated('“We will win,” said Maria Lopez. ', 50_000)); // (the JIT warm)
    fc.assert(
      fc.property(unit, (text) => {
        const small = repeated(text, 16_000);
        const large = repeated(text, 128_000);
        const perCharacter = (t: string) => cpuTime(t) / t.length;
        const ratio = perCharacter(large) / perCharacter(small);
        expect(ratio, JSON.stringify(text.slice(0, 200))).toBeLessThan(3);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
