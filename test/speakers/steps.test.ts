// Each resolution step called on its own, with articles written for these tests: which entity it
// returns for a mention (by the entity's name), or null when it leaves the mention to the next step.
import { describe, expect, it } from 'vitest';
import type { Cast, ResolutionStep } from '../../src/speakers/cast.js';
import { appositiveName } from '../../src/speakers/steps/01-appositive-name.js';
import { roleHolder } from '../../src/speakers/steps/02-role-holder.js';
import { unnamedRole } from '../../src/speakers/steps/06-unnamed-role.js';
import { lastSpeaker } from '../../src/speakers/steps/08-last-speaker.js';
import { knownEntity } from '../../src/speakers/steps/03-known-entity.js';
import { ownSentenceSubject } from '../../src/speakers/steps/04-own-sentence-subject.js';
import { previousSentenceSubject } from '../../src/speakers/steps/05-previous-sentence-subject.js';
import { nearestCompatible } from '../../src/speakers/steps/07-nearest-compatible.js';
import { newEntity } from '../../src/speakers/steps/09-new-entity.js';
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

table(appositiveName, [
  ['A spokeswoman, Liesbet Marsh, said the ferry was late.', [], 'A spokeswoman', 'Liesbet Marsh'],
  [
    'Its chief executive, Declan Morrow, said the ferry was late.',
    [],
    'Its chief executive',
    'Declan Morrow',
  ],
  ['A spokeswoman said the ferry was late.', [], 'A spokeswoman', null],
  ['A spokeswoman, who would not be named, said the ferry was late.', [], 'A spokeswoman', null],
  [
    'According to the spokeswoman, Liesbet Marsh said the ferry was late.',
    [],
    'the spokeswoman',
    null,
  ],
  [
    'According to the Marrowick Gazette, Liesbet Marsh, a pilot, said so.',
    [],
    'the Marrowick Gazette',
    null,
  ],
  ['Harold Finch, Susan Castell said, was late.', [], 'Harold Finch', null],
]);

table(roleHolder, [
  [
    'Its chief executive, Declan Morrow, spoke first. Mayor Susan Castell spoke next. Later the chief executive left.',
    [],
    'the chief executive',
    'Declan Morrow',
  ],
  [
    'Parish priest Noel Sarmiento opened the hall. Later the priest left.',
    [],
    'the priest',
    'Noel Sarmiento',
  ],
  [
    'Sinead Mulvey, 34, rents a house. Later the 34-year-old left.',
    [],
    'the 34-year-old',
    'Sinead Mulvey',
  ],
  [
    'Orla Kinsane (29) rents a house. Later the 29-year-old left.',
    [],
    'the 29-year-old',
    'Orla Kinsane',
  ],
  ['Orla Kinsane, 29, rents a house. Later the 30-year-old left.', [], 'the 30-year-old', null],
  [
    'Dana Reyes, a ferry engineer, spoke. Later the engineer left.',
    [],
    'the engineer',
    'Dana Reyes',
  ],
  ['Dana Reyes, a ferry engineer, spoke. Later the mayor left.', [], 'the mayor', null],
  ['Mayor Dana Reyes said the mayor would leave.', [], 'the mayor', null],
  ['Dana Reyes, a ferry engineer, spoke. Later an engineer left.', [], 'an engineer', null],
  [
    'Oisin Hayes, a first-term councillor, spoke. Later the first-term councillor left.',
    [],
    'the first-term councillor',
    'Oisin Hayes',
  ],
  [
    'Bernadette Kinsella (71), a retired school secretary, spoke. Later the secretary left.',
    [],
    'the secretary',
    'Bernadette Kinsella',
  ],
  [
    'Chief financial officer Dana Reyes spoke. Later the chief executive left.',
    [],
    'the chief executive',
    null,
  ],
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
  ['Harold Finch opened the meeting. He wants more boats.', [], 'He', 'Harold Finch'],
  ['It is denouncing the board.', [], 'It', null],
  [
    'Tomas Reyes confirmed that Peter Lund, who missed the spring, would play. He trained well.',
    [],
    'He',
    'Tomas Reyes',
  ],
  ['Her landlord served a notice in March. She has paid every month.', [], 'She', null],
  [
    'Dwayne Pell, a retired millwright, lives on Birch Road. The retired millwright sat down. He wants to go home.',
    [],
    'He',
    'Dwayne Pell',
  ],
  ['The old quarry lies under the hill. She wants it kept.', [], 'She', null],
]);

describe('previous-sentence-subject: a subject already resolved', () => {
  it('"He said …", resolved as a report, is the same person for the next "he"', () => {
    const article = 'Liam Byrne spoke. He said the squad was tired. He wants a week off.';
    const cast = castOf(article);
    const byrne = known(cast, 'Liam Byrne');
    cast.store.resolve(siteOf(cast, 'He').first, byrne);
    const e = previousSentenceSubject.apply(cast, siteOf(cast, 'He', 2));
    expect(e).toBe(byrne);
  });
});

table(unnamedRole, [
  [
    'A senior European diplomat spoke first. Later the diplomat left.',
    [],
    'the diplomat',
    'diplomat',
  ],
  ['Harold Finch spoke first. Later the diplomat left.', [], 'the diplomat', null],
  ['A diplomat, Liesbet Marsh, spoke first. Later the diplomat left.', [], 'the diplomat', null],
  ['A European diplomat spoke first. Later a diplomat left.', [], 'a diplomat', null],
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

table(lastSpeaker, [
  ['Mr. Okafor spoke first. Later she left.', ['Mr. Okafor'], 'she', 'Okafor'],
  ['The ferry board met. Later she left.', ['The ferry board'], 'she', null],
  [
    'The ferry board met. Mr. Okafor spoke. Later they left.',
    ['The ferry board', 'Mr. Okafor'],
    'they',
    'ferry board',
  ],
  ['Later she left.', [], 'she', null],
  ['The ferry board thanked Ms. Lindqvist. Later she left.', [], 'she', 'Lindqvist'],
  ['The ferry board thanked Mr. Okafor. Later she left.', [], 'she', null],
  ['Harold Finch spoke first. Later Susan Castell left.', ['Harold Finch'], 'Susan Castell', null],
]);

table(newEntity, [
  ['Later he left.', [], 'he', null],
  ['Kwame Okafor left.', [], 'Kwame Okafor', 'Kwame Okafor'],
  ['Port Commissioner Yang Jiechi spoke. Later Yang left.', [], 'Yang', 'Yang Jiechi'],
]);

// (that the steps run in the order of their file numbers: test/named-lists.test.ts)
describe('the order of the steps', () => {
  it.each([
    [
      'The ferry board met on Tuesday.\n\n“The boats are old,” Harold Finch said.\n\n“They leak,” he said.',
      [
        ['Harold Finch', 'new-entity'],
        ['Harold Finch', 'previous-sentence-subject'],
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
      'The ferry board met on Tuesday.\n\n“The water is clean,” Harold Finch said, “and it will stay clean.”',
      [
        ['Harold Finch', 'new-entity'],
        ['Harold Finch', 'same-mention'],
      ],
    ],
    ['The ferry board met on Tuesday.\n\n“The water is clean,” she said.', [[null, null]]],
    [
      'The ferry board met on Tuesday.\n\n“The water is clean,” Mr. Okafor said.\n\n“It will stay clean,” she said.',
      [
        ['Okafor', 'new-entity'],
        ['Okafor', 'last-speaker'],
      ],
    ],
    [
      'The school board met on Tuesday.\n\nLorraine Castellanos chairs the board.\n\n“We will vote,” Harold Finch said.\n\nCastellanos, seated nearby, disagreed. “We will not,” she said.',
      [
        ['Harold Finch', 'new-entity'],
        ['Lorraine Castellanos', 'previous-sentence-subject'],
      ],
    ],
    [
      'The rail agency met.\n\nIts chief executive, Declan Morrow, said the bridges were old.\n\n“We will not sell the docks,” Mayor Susan Castell said.\n\n“The bridges are old,” the chief executive said.',
      [
        ['Susan Castell', 'new-entity'],
        ['Declan Morrow', 'role-holder'],
      ],
    ],
    [
      'The ferry board met on Tuesday.\n\nA spokeswoman, Liesbet Marsh, said the fares were “fair.”\n\n“We are hiring,” the spokeswoman said.',
      [
        ['Liesbet Marsh', 'appositive-name'],
        ['Liesbet Marsh', 'role-holder'],
      ],
    ],
    [
      'The ferry board met on Tuesday.\n\n“We are hiring,” Susan Castell said.\n\nA senior diplomat who asked not to be named called the plan weak. “It will fail,” the diplomat said.',
      [
        ['Susan Castell', 'new-entity'],
        ['diplomat', 'unnamed-role'],
      ],
    ],
  ])('names the step that resolved each quotation: %j', (article, expected) => {
    expect(resolvedSteps(article)).toStrictEqual(expected);
  });
});
