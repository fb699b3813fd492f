// Who each mention refers to, through the whole pipeline: pronouns, "the official", short names.
// Each case: an article and, for each quotation in order, [speaker id, speaker name, mention].
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

type Row = readonly [id: string | null, name: string | null, mention: string | null];
type Case = readonly [article: string, quotes: readonly Row[]];

const LEAD = 'The ferry board met on Tuesday.\n\n';

function resolved(article: string): Row[] {
  return analyzeArticle(article).quotes.map(
    (q) => [q.speaker?.id ?? null, q.speaker?.name ?? null, q.mention?.text ?? null] as const,
  );
}

const table = (name: string, cases: readonly Case[]) =>
  describe(name, () => {
    it.each(cases)('%j', (article, quotes) => {
      expect(resolved(article)).toStrictEqual(quotes);
    });
  });

table('he and she: the nearest earlier speaker of that gender', [
  [
    `${LEAD}“We need more boats,” said one of the two senior ferry officials.\n\n“The schedule is broken,” he said.\n\n“We are hiring,” said another senior ferry official.\n\n“Crews start Monday,” she said.`,
    [
      ['s1', 'senior ferry official', 'one of the two senior ferry officials'],
      ['s1', 'senior ferry official', 'he'],
      ['s2', 'senior ferry official', 'another senior ferry official'],
      ['s2', 'senior ferry official', 'she'],
    ],
  ],
  [
    `${LEAD}“The boats are old,” Mr. Okafor said.\n\n“We fixed two,” Ms. Lindqvist said.\n\n“They leak,” he said.\n\n“Three more are waiting,” she said.`,
    [
      ['s1', 'Okafor', 'Mr. Okafor'],
      ['s2', 'Lindqvist', 'Ms. Lindqvist'],
      ['s1', 'Okafor', 'he'],
      ['s2', 'Lindqvist', 'she'],
    ],
  ],
  [
    `${LEAD}“The boats are old,” Harold Finch said.\n\n“We fixed two,” Susan Castell said.\n\n“They leak,” he said.`,
    [
      ['s1', 'Harold Finch', 'Harold Finch'],
      ['s2', 'Susan Castell', 'Susan Castell'],
      ['s1', 'Harold Finch', 'he'],
    ],
  ],
]);

table('he and she: a person named but not yet quoted', [
  [
    'The ferry board met in the evening.\n\nHarold Finch opened the meeting. “We cut what we could,” he said.',
    [['s1', 'Harold Finch', 'he']],
  ],
  [
    `${LEAD}Ms. Lindqvist opened the meeting.\n\n“We cut what we could,” she said.`,
    [['s1', 'Lindqvist', 'she']],
  ],
]);

table('the official: the latest official', [
  [
    `${LEAD}“We need more boats,” said one of the two senior ferry officials.\n\n“The schedule is broken,” he said.\n\n“We are hiring,” said another senior ferry official.\n\n“Fares will not rise,” the official said.`,
    [
      ['s1', 'senior ferry official', 'one of the two senior ferry officials'],
      ['s1', 'senior ferry official', 'he'],
      ['s2', 'senior ferry official', 'another senior ferry official'],
      ['s2', 'senior ferry official', 'the official'],
    ],
  ],
  [
    `${LEAD}“We are hiring,” said a senior ferry official.\n\n“Fares will not rise,” the senior official said.`,
    [
      ['s1', 'senior ferry official', 'a senior ferry official'],
      ['s1', 'senior ferry official', 'the senior official'],
    ],
  ],
]);

table('a / another official: someone new', [
  [
    `${LEAD}“We are hiring,” said a senior ferry official.\n\n“Fares will not rise,” said another senior ferry official.`,
    [
      ['s1', 'senior ferry official', 'a senior ferry official'],
      ['s2', 'senior ferry official', 'another senior ferry official'],
    ],
  ],
]);

table('a surname joins the full name', [
  [
    `${LEAD}Port Commissioner Antony Blinkwell spoke at the meeting.\n\n“We will not sell the docks,” Blinkwell said.`,
    [['s1', 'Antony Blinkwell', 'Blinkwell']],
  ],
  [
    `${LEAD}“We will not sell the docks,” Blinkwell said.\n\nPort Commissioner Antony Blinkwell later repeated the pledge.\n\n“Not one dock,” Blinkwell said.`,
    [
      ['s1', 'Antony Blinkwell', 'Blinkwell'],
      ['s1', 'Antony Blinkwell', 'Blinkwell'],
    ],
  ],
  [
    `${LEAD}“We will not sell the docks,” said Secretary of State Antony Blinkwell.\n\n“Not one dock,” Blinkwell said.`,
    [
      ['s1', 'Antony Blinkwell', 'Secretary of State Antony Blinkwell'],
      ['s1', 'Antony Blinkwell', 'Blinkwell'],
    ],
  ],
  [
    `${LEAD}“We will not sell the docks,” Ms. Whitcombe said.\n\n“Not one dock,” said Mayor Dana Whitcombe.`,
    [
      ['s1', 'Dana Whitcombe', 'Ms. Whitcombe'],
      ['s1', 'Dana Whitcombe', 'Mayor Dana Whitcombe'],
    ],
  ],
]);

table('people with the same surname stay apart', [
  [
    `${LEAD}“We will not sell the docks,” Harold Finch said.\n\n“We might,” Susan Finch said.`,
    [
      ['s1', 'Harold Finch', 'Harold Finch'],
      ['s2', 'Susan Finch', 'Susan Finch'],
    ],
  ],
]);

describe('speakers: ids, kinds and aliases', () => {
  const { speakers } = analyzeArticle(
    `${LEAD}“Talks are over,” Beijing said.\n\n“We will not sell the docks,” said Secretary of State Antony Blinkwell.\n\n“We are hiring,” the White House said.\n\n“Not one dock,” Blinkwell said.\n\n“The boats are old,” senior ferry officials said.\n\n“They leak,” he said.`,
  );

  it('numbers speakers in order of first quotation', () => {
    expect(speakers.map((s) => [s.id, s.name, s.kind])).toStrictEqual([
      ['s1', 'Beijing', 'place'],
      ['s2', 'Antony Blinkwell', 'person'],
      ['s3', 'White House', 'organization'],
      ['s4', 'senior ferry officials', 'group'],
    ]);
  });

  it('lists every other form the article uses for a speaker, but no pronoun', () => {
    expect(speakers.map((s) => s.aliases)).toStrictEqual([
      [],
      ['Secretary of State Antony Blinkwell', 'Blinkwell'],
      ['the White House'],
      [],
    ]);
  });

  it('indexes each speaker’s quotations', () => {
    expect(speakers.map((s) => s.quotes)).toStrictEqual([[0], [1, 3, 5], [2], [4]]);
  });
});

table('a name never runs across a sentence', [
  [
    `${LEAD}Harold Finch opened the meeting. “We cut what we could,” he said.`,
    [['s1', 'Harold Finch', 'he']],
  ],
  [
    `${LEAD}The vote came on Wednesday. Kwame Okafor was not pleased.\n\n“It is too late,” warned Okafor.`,
    [['s1', 'Kwame Okafor', 'Okafor']],
  ],
]);

table('one speaker for both parts of a split quotation, and for a known subject', [
  [
    `${LEAD}“The water is clean,” she said, “and it will stay clean.”`,
    // "she" refers to no one the article names: no speaker, never one named "she"
    [
      [null, null, null],
      [null, null, null],
    ],
  ],
  [
    `${LEAD}Marta Oyelaran took questions.\n\n“The water is clean,” she said, “and it will stay clean.”`,
    [
      ['s1', 'Marta Oyelaran', 'she'],
      ['s1', 'Marta Oyelaran', 'she'],
    ],
  ],
  [
    `${LEAD}“It held,” said Rep. Alexandria Ocasio-Cortez.\n\n“It did,” Ocasio-Cortez said.`,
    [
      ['s1', 'Alexandria Ocasio-Cortez', 'Rep. Alexandria Ocasio-Cortez'],
      ['s1', 'Alexandria Ocasio-Cortez', 'Ocasio-Cortez'],
    ],
  ],
]);

table('a role given in an appositive is remembered', [
  [
    `${LEAD}“We are hiring,” said Lena Marsh, a spokeswoman for the ferry agency.\n\n“Fares will not rise,” the spokeswoman said.`,
    [
      ['s1', 'Lena Marsh', 'Lena Marsh'],
      ['s1', 'Lena Marsh', 'the spokeswoman'],
    ],
  ],
]);

table('a campaign is an organisation: "it" and "they" refer to it', [
  [
    `${LEAD}“The ferry plan is a gift to developers,” the Castell campaign said.\n\nThe Castell campaign is now contrasting its plan with what they call the board’s “giveaway.”`,
    [
      ['s1', 'Castell campaign', 'the Castell campaign'],
      ['s1', 'Castell campaign', 'they'],
    ],
  ],
]);

table('"it" and "they" with nothing in their sentence: the previous sentence\'s subject', [
  [
    `${LEAD}“The fares are fair,” the ferry board said.\n\nThe Castell campaign is defending its plan. It is denouncing what it calls “a smear.”`,
    [
      ['s1', 'ferry board', 'the ferry board'],
      ['s2', 'Castell campaign', 'it'],
    ],
  ],
]);
