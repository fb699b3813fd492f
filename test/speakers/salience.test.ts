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

table('a description by age is the person named with that age', [
  [
    '“We bake at four,” said Marta Kolbe, 48, a baker.\n\n“Nobody else does,” the 48-year-old said.',
    [
      ['Marta Kolbe', 'new-entity'],
      ['Marta Kolbe', 'role-holder'],
    ],
  ],
  [
    'Orla Kinsane (34) has rented the house since 2017.\n\nThe 34-year-old said the notice was “a shock”.',
    [['Orla Kinsane', 'role-holder']],
  ],
]);

table('the previous sentence’s subject before a person named since as an object', [
  [
    '“We were flat,” said Neil Brannock.\n\nBrannock confirmed that Lewis Odum, who tore a hamstring, would start.\n\n“He has trained well,” he said.',
    [
      ['Neil Brannock', 'new-entity'],
      ['Neil Brannock', 'previous-sentence-subject'],
    ],
  ],
  [
    '“We were flat,” said Neil Brannock.\n\nRuairi Cole, the assistant coach, spoke to Stuart Fenn on Monday.\n\n“We are friends,” he said.',
    [
      ['Neil Brannock', 'new-entity'],
      ['Ruairi Cole', 'previous-sentence-subject'],
    ],
  ],
  [
    'Orla Kinsane (34) has rented the house since 2017. Her landlord served a notice in March.\n\n“I have paid every month,” she said.',
    [['Orla Kinsane', 'nearest-compatible']],
  ],
]);

table('words for roles and organisations the lexicon knows', [
  [
    '“We need a fence,” Cr Oisin Hale said.\n\nCr Graham Tull, who has sat on the council since 1999, opposes it.\n\n“It floods,” the veteran councillor said.',
    [
      ['Oisin Hale', 'new-entity'],
      ['Graham Tull', 'role-holder'],
    ],
  ],
  [
    'In a statement, the municipality said the pipe had arrived.\n\n“We apologise,” it said.',
    [['municipality', 'previous-sentence-subject']],
  ],
  [
    'Arjun Mehr made 94 on Sunday.\n\nMehr grinned. “That is between me and the coach,” the India skipper said.',
    [['Arjun Mehr', 'nearest-compatible']],
  ],
]);
