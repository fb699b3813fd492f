// Who a pronoun or a description refers to, by salience: the whole pipeline on articles written
// for these tests, each quotation's speaker with the resolution step that found it.
import { describe, expect, it } from 'vitest';
import { resolvedSteps } from './cast-helpers.js';

type Case = readonly [article: string, expected: ReadonlyArray<readonly [string | null, string]>];

const table = (name: string, cases: readonly Case[]) =>
  describe(name, () => {
    it.each(cases)('%j', (article, expected) => {
      expect(resolvedSteps(article)).toStrictEqual(expected);
    });
  });

table('a name in a caption is no antecedent', [
  [
    'The council met on Monday.\n\n“We need a fence,” Arlo Benn said.\n\nMaria Oduya, who lives opposite the reserve, was fined last year.\n\nPhoto: Edna Voss has lived by the reserve since 1986. (Council Desk: Sam Iles)\n\n“They are working dogs,” she said.',
    [
      ['Arlo Benn', 'new-entity'],
      ['Maria Oduya', 'nearest-compatible'],
    ],
  ],
]);
