// Each resolution step called on its own, with articles written for these tests: which entity it
// returns for a mention (by the entity's name), or null when it leaves the mention to the next step.
import { describe, expect, it } from 'vitest';
import type { Cast, ResolutionStep } from '../../src/speakers/cast.js';
import { knownEntity } from '../../src/speakers/steps/01-known-entity.js';
import { ownSentenceSubject } from '../../src/speakers/steps/02-own-sentence-subject.js';
import { previousSentenceSubject } from '../../src/speakers/steps/03-previous-sentence-subject.js';
import { nearestCompatible } from '../../src/speakers/steps/04-nearest-compatible.js';
import { newEntity } from '../../src/speakers/steps/05-new-entity.js';
import { RESOLUTION_STEPS } from '../../src/speakers/steps/index.js';
import { castOf, known, resolvedSteps, siteOf } from './cast-helpers.js';

/** An article, the phrases made entities before the step runs, the mention, the expected name. */
type Case = readonly [
  article: string,
  known: readonly string[],
  mention: string,
  name: string | null,
];

function run(step: ResolutionStep, article: string, before: readonly string[], mention: string) {
  const cast: Cast = castOf(article);
  for (const phrase of before) known(cast, phrase);
  // the mention is the last occurrence of its phrase: a name made known is its first
  const nth = article.split(mention).length - 1;
  const e = step.apply(cast, siteOf(cast, mention, nth));
  return e === null ? null : cast.store.entities[e]!.name;
}

const table = (step: ResolutionStep, cases: readonly Case[]) =>
  describe(step.name, () => {
    it.each(cases)('%j', (article, before, mention, name) => {
      expect(run(step, article, before, mention)).toStrictEqual(name);
    });
  });

table(knownEntity, [
  [
    'Port Commissioner Antony Blinkwell spoke. Blinkwell left.',
    ['Antony Blinkwell'],
    'Blinkwell',
    'Antony Blinkwell',
  ],
  ['Harold Finch spoke. Susan Finch left.', ['Harold Finch'], 'Susan Finch', null],
  [
    'The ferry board met. The ferry board voted.',
    ['The ferry board'],
    'The ferry board',
    'ferry board',
  ],
  [
    'Lena Marsh, a spokeswoman, spoke. A spokeswoman left.',
    ['Lena Marsh, a spokeswoman'],
    'A spokeswoman',
    null,
  ],
  ['Harold Finch spoke. He left.', ['Harold Finch'], 'He', null],
  ['The ferry board met. Harold Finch left.', ['The ferry board'], 'Harold Finch', null],
]);

table(ownSentenceSubject, [
  ['Harold Finch says he will stay.', [], 'he', 'Harold Finch'],
  ['Susan Castell says he will stay.', [], 'he', null],
  ['Ms. Castell says he will stay.', [], 'he', null],
  ['The ferry board says it will stay.', [], 'it', 'ferry board'],
  ['He will stay, the report says.', [], 'He', null],
]);

table(previousSentenceSubject, [
  [
    'The Castell campaign is defending its plan. It is denouncing the board.',
    [],
    'It',
    'Castell campaign',
  ],
  ['Senior ferry officials met. They want more boats.', [], 'They', 'Senior ferry officials'],
  ['Harold Finch opened the meeting. He wants more boats.', [], 'He', null],
  ['It is denouncing the board.', [], 'It', null],
]);

table(nearestCompatible, [
  ['Harold Finch opened the meeting. Later he left.', [], 'he', 'Harold Finch'],
  ['Ms. Lindqvist opened the meeting. Later she left.', [], 'she', 'Lindqvist'],
  ['Ms. Lindqvist opened the meeting. Later he left.', [], 'he', null],
  [
    'Mr. Okafor spoke first. Ms. Lindqvist spoke next. Later he left.',
    ['Mr. Okafor', 'Ms. Lindqvist'],
    'he',
    'Okafor',
  ],
  [
    'Ms. Lindqvist spoke first. The mayor said the actress left.',
    ['Ms. Lindqvist'],
    'the actress',
    'Lindqvist',
  ],
  ['Ms. Lindqvist spoke first. An actress left.', ['Ms. Lindqvist'], 'An actress', null],
]);

table(newEntity, [
  ['Later he left.', [], 'he', 'he'],
  ['Kwame Okafor left.', [], 'Kwame Okafor', 'Kwame Okafor'],
  ['Port Commissioner Yang Jiechi spoke. Later Yang left.', [], 'Yang', 'Yang Jiechi'],
]);

describe('the order of the steps', () => {
  it('is the order of their file numbers', () => {
    expect(RESOLUTION_STEPS.map((s) => s.name)).toStrictEqual([
      'known-entity',
      'own-sentence-subject',
      'previous-sentence-subject',
      'nearest-compatible',
      'new-entity',
    ]);
  });

  it.each([
    [
      'The ferry board met on Tuesday.\n\n“The boats are old,” Harold Finch said.\n\n“They leak,” he said.',
      [
        ['Harold Finch', 'new-entity'],
        ['Harold Finch', 'nearest-compatible'],
      ],
    ],
    [
      'The ferry board met on Tuesday.\n\nHarold Finch opened the meeting, and when asked about the boats he said, “They leak.”',
      [['Harold Finch', 'own-sentence-subject']],
    ],
    [
      'The ferry board met on Tuesday.\n\n“We will not sell the docks,” said Antony Blinkwell.\n\n“Not one dock,” Blinkwell said.',
      [
        ['Antony Blinkwell', 'new-entity'],
        ['Antony Blinkwell', 'known-entity'],
      ],
    ],
    [
      'The ferry board met on Tuesday.\n\n“The water is clean,” she said, “and it will stay clean.”',
      [
        ['she', 'new-entity'],
        ['she', 'same-mention'],
      ],
    ],
  ])('names the step that resolved each quotation: %j', (article, expected) => {
    expect(resolvedSteps(article)).toStrictEqual(expected);
  });
});
