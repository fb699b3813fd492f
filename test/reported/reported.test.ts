// One table per pattern of reported speech. Each case is an article the project wrote and, for
// each reported statement in it, in order: [clause, speaker name, rule that read it].
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

type Row = readonly [clause: string, speaker: string, rule: string];
type Case = readonly [article: string, reports: readonly Row[]];

function reported(article: string): Row[] {
  return analyzeArticle(article).reported.map((r) => [r.text, r.speaker.name, r.rule] as const);
}

const table = (name: string, cases: readonly Case[]) =>
  describe(name, () => {
    it.each(cases)('%j', (article, reports) => {
      expect(reported(article)).toStrictEqual(reports);
    });
  });

table('a verb of saying and "that"', [
  [
    'Mayor Susan Castell said that the pier would reopen in May.',
    [['that the pier would reopen in May', 'Susan Castell', 'that-clause']],
  ],
  [
    'Harold Finch told reporters that the budget was tight.',
    [['that the budget was tight', 'Harold Finch', 'that-clause']],
  ],
  [
    'The agency said Monday that the ferry would run again.',
    [['that the ferry would run again', 'agency', 'that-clause']],
  ],
  [
    'Dana Reyes denied in a statement that she had seen the report.',
    [['that she had seen the report', 'Dana Reyes', 'that-clause']],
  ],
  [
    'Harold Finch insisted that the wall would hold.',
    [['that the wall would hold', 'Harold Finch', 'that-clause']],
  ],
  [
    'The council voted on Tuesday, with Dana Reyes noting that the vote was close.',
    [['that the vote was close', 'Dana Reyes', 'that-clause']],
  ],
]);

table('a verb of saying and a clause without "that"', [
  [
    'Harold Finch has said he agreed with the plan.',
    [['he agreed with the plan', 'Harold Finch', 'bare-clause']],
  ],
  [
    'The water agency says the wall will hold.',
    [['the wall will hold', 'water agency', 'bare-clause']],
  ],
  [
    'Dana Reyes argued the tolls were too high.',
    [['the tolls were too high', 'Dana Reyes', 'bare-clause']],
  ],
  [
    'Mayor Susan Castell warned the river could rise again.',
    [['the river could rise again', 'Susan Castell', 'bare-clause']],
  ],
  [
    'Harold Finch announced the ferry would stop on Sundays.',
    [['the ferry would stop on Sundays', 'Harold Finch', 'bare-clause']],
  ],
  [
    'Dana Reyes said Harold Finch’s plan was too costly.',
    [['Harold Finch’s plan was too costly', 'Dana Reyes', 'bare-clause']],
  ],
  [
    'Harold Finch said raising the wall would cost four million pounds.',
    [['raising the wall would cost four million pounds', 'Harold Finch', 'bare-clause']],
  ],
  [
    'Dana Reyes said if elected she would cut the tolls.',
    [['if elected she would cut the tolls', 'Dana Reyes', 'bare-clause']],
  ],
  [
    'Harold Finch said those plans had failed.',
    [['those plans had failed', 'Harold Finch', 'bare-clause']],
  ],
  [
    'The council met on Tuesday. Dana Reyes spoke first, saying the tolls were unfair.',
    [['the tolls were unfair', 'Dana Reyes', 'bare-clause']],
  ],
  [
    'Harold Finch noted the tolls had not risen in a decade.',
    [['the tolls had not risen in a decade', 'Harold Finch', 'bare-clause']],
  ],
  [
    'The ferry crews said none of the boats had sailed.',
    [['none of the boats had sailed', 'ferry crews', 'bare-clause']],
  ],
  [
    'The mayor says the plan that the council backed is too costly.',
    [['the plan that the council backed is too costly', 'mayor', 'bare-clause']],
  ],
  [
    'Mayor Susan Castell says, the pier will reopen in May.',
    [['the pier will reopen in May', 'Susan Castell', 'bare-clause']],
  ],
  [
    'Harold Finch said the break, on a main laid in 1926, was caused by frost.',
    [['the break, on a main laid in 1926, was caused by frost', 'Harold Finch', 'bare-clause']],
  ],
  [
    'Harold Finch told the divers, the pier would stay shut.',
    [['the pier would stay shut', 'Harold Finch', 'bare-clause']],
  ],
]);

table('a verb of saying and "that", added and noted', [
  [
    'Dana Reyes added that the ferry would run on Sundays.',
    [['that the ferry would run on Sundays', 'Dana Reyes', 'that-clause']],
  ],
  [
    'Harold Finch noted that the tolls had not risen.',
    [['that the tolls had not risen', 'Harold Finch', 'that-clause']],
  ],
]);

table('a verb of saying after its clause', [
  [
    'The road will reopen on Monday, police said.',
    [['The road will reopen on Monday', 'police', 'cue-after-clause']],
  ],
  [
    'The wall will hold for a century, said Harold Finch.',
    [['The wall will hold for a century', 'Harold Finch', 'cue-after-clause']],
  ],
  [
    'The tolls, Dana Reyes said, will rise in June.',
    [['The tolls, Dana Reyes said, will rise in June', 'Dana Reyes', 'cue-after-clause']],
  ],
  [
    'The pier is a promise kept, as Mayor Susan Castell put it.',
    [['The pier is a promise kept', 'Susan Castell', 'cue-after-clause']],
  ],
  [
    'At one point, Dana Reyes said, she was close to quitting.',
    [
      [
        'At one point, Dana Reyes said, she was close to quitting',
        'Dana Reyes',
        'cue-after-clause',
      ],
    ],
  ],
  [
    'The tolls may rise, Harold Finch says, but the ferry will stay free.',
    [
      [
        'The tolls may rise, Harold Finch says, but the ferry will stay free',
        'Harold Finch',
        'cue-after-clause',
      ],
    ],
  ],
  [
    'The pier will close for a month, the agency said Monday.',
    [['The pier will close for a month', 'agency', 'cue-after-clause']],
  ],
  [
    'The ferry will run on Sundays, Harold Finch added.',
    [['The ferry will run on Sundays', 'Harold Finch', 'cue-after-clause']],
  ],
]);

table('according to', [
  [
    'According to the water agency, the wall cost four million pounds.',
    [['the wall cost four million pounds', 'water agency', 'according-to']],
  ],
  [
    'The wall cost four million pounds, according to Harold Finch.',
    [['The wall cost four million pounds', 'Harold Finch', 'according-to']],
  ],
  [
    'According to early figures from a survey of ferry passengers for the council, most want Sunday boats.',
    [['most want Sunday boats', 'early figures from a survey of ferry passengers', 'according-to']],
  ],
]);

table('a directive, a commitment, a call for', [
  [
    'Local traders have called on the council to cut the tolls.',
    [['the council to cut the tolls', 'Local traders', 'object-infinitive']],
  ],
  [
    'Dana Reyes urged the mayor to delay the vote.',
    [['the mayor to delay the vote', 'Dana Reyes', 'object-infinitive']],
  ],
  [
    'Harold Finch warned the ferry crews not to strike.',
    [['the ferry crews not to strike', 'Harold Finch', 'object-infinitive']],
  ],
  [
    'Mayor Susan Castell promised to rebuild the pier.',
    [['to rebuild the pier', 'Susan Castell', 'commitment']],
  ],
  ['Harold Finch vowed not to resign.', [['not to resign', 'Harold Finch', 'commitment']]],
  [
    'Dana Reyes called for an inquiry into the flood.',
    [['an inquiry into the flood', 'Dana Reyes', 'call-for']],
  ],
]);

table('a noun for words said', [
  [
    'Voters remembered Mayor Susan Castell’s promise that the pier would reopen.',
    [['that the pier would reopen', 'Susan Castell', 'speech-noun']],
  ],
  [
    'Voters remembered the ministry’s statement that the wall would hold.',
    [['that the wall would hold', 'ministry', 'speech-noun']],
  ],
]);

table('a verb of speaking and what was spoken of', [
  ['Dana Reyes criticized the plan.', [['the plan', 'Dana Reyes', 'spoken-object']]],
  ['Harold Finch denied the allegations.', [['the allegations', 'Harold Finch', 'spoken-object']]],
  [
    'Harold Finch announced his plan on Monday.',
    [['his plan on Monday', 'Harold Finch', 'spoken-object']],
  ],
  [
    'The mayor has repeatedly praised the ferry crews.',
    [['the ferry crews', 'mayor', 'spoken-object']],
  ],
  ['Harold Finch criticized him.', [['him', 'Harold Finch', 'spoken-object']]],
  ['Dana Reyes said goodbye.', [['goodbye', 'Dana Reyes', 'spoken-object']]],
  [
    'Dana Reyes accused the council of hiding the cost.',
    [['the council of hiding the cost', 'Dana Reyes', 'spoken-object']],
  ],
  [
    'Harold Finch denied the claim, saying the books were open.',
    [
      ['the claim', 'Harold Finch', 'spoken-object'],
      ['the books were open', 'Harold Finch', 'bare-clause'],
    ],
  ],
  [
    'Dana Reyes said the council had criticized the plan.',
    [
      ['the council had criticized the plan', 'Dana Reyes', 'bare-clause'],
      ['the plan', 'council', 'spoken-object'],
    ],
  ],
]);

table('a question, a name given', [
  [
    'Dana Reyes asked whether the wall would hold.',
    [['whether the wall would hold', 'Dana Reyes', 'question']],
  ],
  [
    'Harold Finch asked the mayor how the council would pay.',
    [['how the council would pay', 'Harold Finch', 'question']],
  ],
  ['Dana Reyes called the plan a disaster.', [['the plan a disaster', 'Dana Reyes', 'naming']]],
  [
    'Harold Finch called it “a promise kept.”',
    [['it “a promise kept.”', 'Harold Finch', 'naming']],
  ],
]);

table('where the clause ends', [
  [
    'Harold Finch said the wall would hold and that the council would pay for it.',
    [
      ['the wall would hold', 'Harold Finch', 'bare-clause'],
      ['that the council would pay for it', 'Harold Finch', 'bare-clause'],
    ],
  ],
  [
    'Dana Reyes said the tolls would rise, though she did not say when.',
    [['the tolls would rise', 'Dana Reyes', 'bare-clause']],
  ],
  [
    'Dana Reyes said that Harold Finch, a consultant — paid by the agency — had written the report.',
    [
      [
        'that Harold Finch, a consultant — paid by the agency — had written the report',
        'Dana Reyes',
        'that-clause',
      ],
    ],
  ],
  [
    'Dana Reyes said the pier would close — and the ferry too.',
    [['the pier would close', 'Dana Reyes', 'bare-clause']],
  ],
  [
    'Harold Finch said the pier was safe; the divers disagreed.',
    [['the pier was safe', 'Harold Finch', 'bare-clause']],
  ],
  [
    'Harold Finch said the pier was safe, according to the minutes.',
    [
      ['Harold Finch said the pier was safe', 'minutes', 'according-to'],
      ['the pier was safe', 'Harold Finch', 'bare-clause'],
    ],
  ],
  [
    'The wall will hold, Harold Finch said, adding that the council would pay.',
    [
      ['The wall will hold', 'Harold Finch', 'cue-after-clause'],
      ['that the council would pay', 'Harold Finch', 'that-clause'],
    ],
  ],
]);

describe('no reported speech', () => {
  it.each([
    'Harold Finch believes the wall will hold.',
    'Mayor Susan Castell thinks the pier is safe.',
    'Dana Reyes fears the river will rise again.',
    'Polls show the mayor is ahead.',
    'Data show the river rose by a metre.',
    'The wall is expected to hold.',
    'The mayor appears to favour the plan.',
    'It was announced that the pier would close.',
    'The pier was said to be unsafe.',
    'Harold Finch said: “The pier will reopen.”',
    '“The pier will reopen,” Harold Finch said.',
    'Dana Reyes called her mother on Sunday.',
    'The mayor won 40 pledged delegates.',
    'Defending 289, the home side won by six runs.',
    'Mayor Castell Denies Ferry Report',
    'The plan was criticized.',
    'A fund called Harbor Trust paid for the wall.',
  ])('%s', (article) => {
    expect(reported(article)).toStrictEqual([]);
  });
});

describe('reports and quotations share one cast of speakers', () => {
  it('a quotation and a later report of the same person are one speaker', () => {
    const result = analyzeArticle(
      '“We will rebuild the pier,” said Mayor Susan Castell.\n\nShe said the work would start in May.',
    );
    const [report] = result.reported;
    expect(report?.speaker).toStrictEqual(result.quotes[0]!.speaker);
    const speaker = result.speakers.find((s) => s.id === report!.speaker.id)!;
    expect({ quotes: speaker.quotes, reported: speaker.reported }).toStrictEqual({
      quotes: [0],
      reported: [0],
    });
  });

  it('a speaker of reports only is numbered after the speakers of quotations', () => {
    const result = analyzeArticle(
      'Harold Finch said the wall would hold.\n\n“It will,” said Dana Reyes.',
    );
    expect(result.speakers.map((s) => [s.id, s.name, s.quotes, s.reported])).toStrictEqual([
      ['s1', 'Dana Reyes', [0], []],
      ['s2', 'Harold Finch', [], [0]],
    ]);
  });

  it('a clause holding quoted words is mixed and lists them', () => {
    const text = 'Harold Finch declared that the flood had been “a disaster” for the town.';
    const {
      reported: [report],
      quotes,
    } = analyzeArticle(text);
    expect(report).toMatchObject({
      kind: 'mixed',
      text: 'that the flood had been “a disaster” for the town',
      quotes: [0],
      rule: 'that-clause',
      reason: 'cue-before',
    });
    expect(quotes[0]!.text).toBe('a disaster');
    expect(text.slice(report!.cue.start, report!.cue.end)).toBe('declared');
    expect(report!.mention.text).toBe('Harold Finch');
  });
});

describe('options.reported', () => {
  const text = 'Harold Finch said the wall would hold.';
  it('false leaves reported speech out', () => {
    expect(analyzeArticle(text, { reported: false }).reported).toStrictEqual([]);
    expect(analyzeArticle(text, { reported: false }).speakers).toStrictEqual([]);
  });

  it.each([[null], ['yes'], [{ reported: 'no' }]])('%j throws a TypeError', (options) => {
    expect(() => analyzeArticle(text, options as never)).toThrow(TypeError);
  });
});
