import { describe, expect, it } from 'vitest';
import { boundTokens, MAX_RUN_LENGTH } from '../../src/nlp/bound-tokens.js';
import type { Token, Tokenizer } from '../../src/nlp/token.js';

/** A tokenizer of words between spaces that remembers the longest word it was given. */
function spaceTokenizer(): { tokenize: Tokenizer; longest: () => number } {
  let longest = 0;
  const tokenize: Tokenizer = (text) =>
    [...text.matchAll(/\S+/g)].map((m): Token => {
      longest = Math.max(longest, m[0].length);
      return {
        value: m[0],
        lower: m[0].toLowerCase(),
        lemma: m[0].toLowerCase(),
        pos: 'NOUN',
        start: m.index,
        end: m.index + m[0].length,
      };
    });
  return { tokenize, longest: () => longest };
}

const run = (n: number) => 'Ab1-'.repeat(n).slice(0, n);

describe('boundTokens', () => {
  it.each([
    [
      'no long run: the tokenizer own tokens',
      'We said so.',
      [
        ['We', 'NOUN'],
        ['said', 'NOUN'],
        ['so.', 'NOUN'],
      ],
    ],
    [
      'a run just at the limit is a word',
      `x ${run(MAX_RUN_LENGTH)} y`,
      [
        ['x', 'NOUN'],
        [run(MAX_RUN_LENGTH), 'NOUN'],
        ['y', 'NOUN'],
      ],
    ],
    [
      'a run past the limit is one X token',
      `x ${run(MAX_RUN_LENGTH + 1)} y`,
      [
        ['x', 'NOUN'],
        [run(MAX_RUN_LENGTH + 1), 'X'],
        ['y', 'NOUN'],
      ],
    ],
    [
      'a run at the start and at the end',
      `${run(500)} mid ${run(300)}`,
      [
        [run(500), 'X'],
        ['mid', 'NOUN'],
        [run(300), 'X'],
      ],
    ],
    [
      'a run with white space wink does not split on (U+3000)',
      `said ${run(40)}\u3000${run(40)}.`,
      [
        ['said', 'NOUN'],
        [`${run(40)}\u3000${run(40)}.`, 'X'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    const tokens = boundTokens(spaceTokenizer().tokenize)(text);
    expect(tokens.map((t) => [t.value, t.pos])).toStrictEqual(expected);
    tokens.forEach((t) => {
      expect(t.value).toBe(text.slice(t.start, t.end));
      expect(t.lower).toBe(t.value.toLowerCase());
    });
  });

  it('never gives the tokenizer a run longer than the limit', () => {
    const inner = spaceTokenizer();
    const dataUri = `data:image/png;base64,${'iVBORw0KGgo+/'.repeat(10_000)}`;
    boundTokens(inner.tokenize)(`“Look,” she said. <img src="${dataUri}"> ${'='.repeat(9000)}`);
    expect(inner.longest()).toBeLessThanOrEqual(MAX_RUN_LENGTH);
  });
});
