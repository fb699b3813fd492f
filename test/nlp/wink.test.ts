import { describe, expect, it } from 'vitest';
import { tokenize } from './helpers.js';

describe('winkTokenizer: offsets', () => {
  it.each([
    ['“We will rebuild the pier,” said Mayor Elena Castell.'],
    ['Line one.\nLine two,  with two spaces.\r\n\r\nA third paragraph.'],
    ['  Leading and trailing spaces.  '],
    ['Tabs\tand\u00a0no-break spaces, U.S. officials and Jan. 5 dates.'],
    ['“Hi 👋,” she wrote — and then, “bye 🌊🌊.”'],
    ['It’s the mayor’s call, isn’t it? “We can’t,” she said.'],
  ])('%j: every token is the exact slice at its offsets', (text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it.each([['One two.\n\nThree.'], ['“A,” she said. “B.”'], ['Mr. Smith, 45, said: “No.”']])(
    '%j: offsets only grow',
    (text) => {
      const tokens = tokenize(text);
      for (let i = 1; i < tokens.length; i++)
        expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    },
  );
});

describe('winkTokenizer: whitespace', () => {
  it.each([
    ['One.\n\n  Two.\tThree', ['One', '.', 'Two', '.', 'Three']],
    ['\n\nHello\n', ['Hello']],
    ['a \u00a0 b', ['a', 'b']],
    ['   ', []],
    ['', []],
  ])('%j → %j', (text, values) => {
    expect(tokenize(text).map((t) => t.value)).toStrictEqual(values);
  });
});

describe('winkTokenizer: contractions and quotation marks', () => {
  it.each([
    ['We can’t wait.', ['We', 'ca', 'n’t', 'wait', '.']],
    ["It's over.", ['It', "'s", 'over', '.']],
    ["They isn't.", ['They', 'is', "n't", '.']],
    ['“No,” she said.', ['“', 'No', ',', '”', 'she', 'said', '.']],
    ['‘Never again,’', ['‘', 'Never', 'again', ',', '’']],
  ])('%j → %j', (text, values) => {
    expect(tokenize(text).map((t) => t.value)).toStrictEqual(values);
  });
});

describe('winkTokenizer: lower case, lemma, part of speech', () => {
  it.each([
    ['Smith said no.', 'said', { lower: 'said', lemma: 'say', pos: 'VERB' }],
    ['She TOLD them.', 'TOLD', { lower: 'told', lemma: 'tell', pos: 'VERB' }],
    ['He added more.', 'added', { lower: 'added', lemma: 'add', pos: 'VERB' }],
    ['Harold Finch spoke.', 'Finch', { lower: 'finch', lemma: 'finch', pos: 'PROPN' }],
  ])('%j: %s', (text, value, want) => {
    const t = tokenize(text).find((x) => x.value === value)!;
    expect({ lower: t.lower, lemma: t.lemma, pos: t.pos }).toStrictEqual(want);
  });
});
