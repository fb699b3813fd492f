// One table per attribution pattern. Each case is an article (its first paragraph, where there are
// several, is running text so that no case depends on headline detection) and, for each of its
// quotations in order: [quoted words, speaker name or null, mention or null, the rule that decided].
import { describe, expect, it } from 'vitest';
import { attributeQuotes, type AttributionRule } from '../../src/index.js';

type Row = readonly [
  text: string,
  speaker: string | null,
  mention: string | null,
  rule: AttributionRule,
];
type Case = readonly [article: string, quotes: readonly Row[]];

const LEAD = 'The council met on Tuesday night.\n\n';

function attributed(article: string): Row[] {
  return attributeQuotes(article).map(
    (q) => [q.text, q.speaker?.name ?? null, q.mention?.text ?? null, q.rule] as const,
  );
}

const table = (name: string, cases: readonly Case[]) =>
  describe(name, () => {
    it.each(cases)('%j', (article, quotes) => {
      expect(attributed(article)).toStrictEqual(quotes);
    });
  });

table('ranks and titles before a name: the stop ends no sentence, the name is the rest', [
  [
    '“The road stays shut,” said Cst. Mara Quill on Monday.',
    [['The road stays shut,', 'Mara Quill', 'Cst. Mara Quill', 'cue-after']],
  ],
  [
    '“We found the boat,” said Insp. Dev Oduya.',
    [['We found the boat,', 'Dev Oduya', 'Insp. Dev Oduya', 'cue-after']],
  ],
  [
    'Maj. Ivo Brandt spoke first. “The bridge will hold,” he said.',
    [['The bridge will hold,', 'Ivo Brandt', 'he', 'cue-after']],
  ],
  [
    '“Nobody was hurt,” said the Rev. Ada Moss.',
    [['Nobody was hurt,', 'Ada Moss', 'the Rev. Ada Moss', 'cue-after']],
  ],
]);

table('a function word opening the sentence is no part of the speaker', [
  [
    'Even Dana Reyes said the pier “will not last the winter.”',
    [['will not last the winter.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Now Harold Finch says the plan is “dead in the water.”',
    [['dead in the water.', 'Harold Finch', 'Harold Finch', 'cue-before']],
  ],
  [
    'Residents want a wall. “We need it now,” what residents told the council.',
    [['We need it now,', 'residents', 'residents', 'cue-after']],
  ],
  ['“We are ready,” whose lawyers said.', [['We are ready,', 'lawyers', 'lawyers', 'cue-after']]],
  // a crosshead in capitals run into its paragraph is no subject
  [
    `${LEAD}TURNS OUT DANA REYES WAS RIGHT Crows are the “detectives of the sky.”`,
    [['detectives of the sky.', null, null, 'partial-unattributed']],
  ],
  // a headline's reporting verb is no name ("Says" was the doctor's)
  [
    'Ferry Hid Its Losses From Public, Former Harbour Board Doctor Says.\n\nThe ferry is in debt, the harbour board’s former doctor maintains.\n\n“It was a good run,” the former doctor said.',
    [['It was a good run,', 'former doctor', 'the former doctor', 'cue-after']],
  ],
  // a sentence ending on an abbreviation: "While" opens the next one
  [
    'The mayor flew back from the U.S. While Dana Reyes waited, she said the pier was “done.”',
    [['done.', 'Dana Reyes', 'she', 'cue-before']],
  ],
]);

table('“…,” said X', [
  [
    '“We will rebuild the pier,” said Mayor Susan Castell.',
    [['We will rebuild the pier,', 'Susan Castell', 'Mayor Susan Castell', 'cue-after']],
  ],
  [
    '“Is that enough?” asked Dana Reyes.',
    [['Is that enough?', 'Dana Reyes', 'Dana Reyes', 'cue-after']],
  ],
  ['“No,” replied Harold Finch.', [['No,', 'Harold Finch', 'Harold Finch', 'cue-after']]],
  [
    '“We need more boats,” said one of the two senior ferry officials.',
    [
      [
        'We need more boats,',
        'senior ferry official',
        'one of the two senior ferry officials',
        'cue-after',
      ],
    ],
  ],
  [
    '“The pier is safe,” said a spokeswoman for the water agency.',
    [
      [
        'The pier is safe,',
        'spokeswoman for the water agency',
        'a spokeswoman for the water agency',
        'cue-after',
      ],
    ],
  ],
  [
    '“It will hold,” said then-Secretary of State Mike Pomfret.',
    [['It will hold,', 'Mike Pomfret', 'then-Secretary of State Mike Pomfret', 'cue-after']],
  ],
  [
    '“We will rebuild,” said Mayor Susan Castell, who cast the deciding vote.',
    [['We will rebuild,', 'Susan Castell', 'Mayor Susan Castell', 'cue-after']],
  ],
]);

table('“…,” X said', [
  [
    '“The budget is tight,” Harold Finch said.',
    [['The budget is tight,', 'Harold Finch', 'Harold Finch', 'cue-after']],
  ],
  [
    '“The budget is tight,” Harold Finch said Tuesday.',
    [['The budget is tight,', 'Harold Finch', 'Harold Finch', 'cue-after']],
  ],
  [
    '“We cut what we could,” Finch tweeted on Wednesday.',
    [['We cut what we could,', 'Finch', 'Finch', 'cue-after']],
  ],
  [
    '“The boats are old,” senior ferry officials said.',
    [['The boats are old,', 'senior ferry officials', 'senior ferry officials', 'cue-after']],
  ],
  [
    '“We are hiring,” the White House said.',
    [['We are hiring,', 'White House', 'the White House', 'cue-after']],
  ],
  ['“Talks are over,” Beijing said.', [['Talks are over,', 'Beijing', 'Beijing', 'cue-after']]],
  [
    '“The budget is tight,” Finch also said.',
    [['The budget is tight,', 'Finch', 'Finch', 'cue-after']],
  ],
]);

table('X said: “…”', [
  [
    'Harold Finch said: “The budget is tight.”',
    [['The budget is tight.', 'Harold Finch', 'Harold Finch', 'cue-before-introduced']],
  ],
  [
    'Harold Finch told reporters: “We cut what we could.”',
    [['We cut what we could.', 'Harold Finch', 'Harold Finch', 'cue-before-introduced']],
  ],
  [
    'Harold Finch defended the budget, saying: “We cut what we could.”',
    [['We cut what we could.', 'Harold Finch', 'Harold Finch', 'cue-before-introduced']],
  ],
]);

table('He added: “…”', [
  [
    `${LEAD}Harold Finch spoke first.\n\nHe added: “We cannot wait.”`,
    [['We cannot wait.', 'Harold Finch', 'He', 'cue-before-introduced']],
  ],
  [
    `${LEAD}Dana Reyes spoke first.\n\nShe added: “We cannot wait.”`,
    [['We cannot wait.', 'Dana Reyes', 'She', 'cue-before-introduced']],
  ],
]);

table('according to X', [
  [
    'The dam is “nearly finished,” according to a spokeswoman for the water agency.',
    [
      [
        'nearly finished,',
        'spokeswoman for the water agency',
        'a spokeswoman for the water agency',
        'according-to',
      ],
    ],
  ],
  [
    '“The repairs will take years,” according to Dana Reyes.',
    [['The repairs will take years,', 'Dana Reyes', 'Dana Reyes', 'according-to']],
  ],
  [
    'According to Dana Reyes, the repairs are “years, not months” away.',
    [['years, not months', 'Dana Reyes', 'Dana Reyes', 'according-to']],
  ],
  [
    'The river crested “a foot below the sandbags,” according to the Tessel Water Authority.',
    [
      [
        'a foot below the sandbags,',
        'Tessel Water Authority',
        'the Tessel Water Authority',
        'according-to',
      ],
    ],
  ],
  // the source that reports another's words is the sentence's source
  [
    '“We will rebuild the pier,” Dana Reyes said, according to the Marrowick Gazette.',
    [['We will rebuild the pier,', 'Marrowick Gazette', 'the Marrowick Gazette', 'according-to']],
  ],
  [
    'According to the Marrowick Gazette, Dana Reyes said the pier was “beyond repair.”',
    [['beyond repair.', 'Marrowick Gazette', 'the Marrowick Gazette', 'according-to']],
  ],
  // and so is a report that closes the sentence after a comma
  [
    '“The pier is safe,” said Dana Reyes, the harbour master, reports the Gazette.',
    [['The pier is safe,', 'Gazette', 'the Gazette', 'according-to']],
  ],
  [
    'Dana Reyes called the wall “the best in the state” on Monday, the Harbor Times reported.',
    [['the best in the state', 'Harbor Times', 'the Harbor Times', 'according-to']],
  ],
  // but not one of the speaker's own
  ['“It is done,” Osei reported.', [['It is done,', 'Osei', 'Osei', 'cue-after']]],
  [
    '“We will vote,” Osei said, and the board reported.',
    [['We will vote,', 'Osei', 'Osei', 'cue-after']],
  ],
]);

table('a partial quote in a clause whose subject is the speaker', [
  [
    'Dana Reyes declared that the council had committed “a grave error” in approving the plan.',
    [['a grave error', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Dana Reyes said the repairs would take “years, not months.”',
    [['years, not months.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'The river, residents say, is “a ticking clock.”',
    [['a ticking clock.', 'residents', 'residents', 'cue-before']],
  ],
  [
    'Dana Reyes called the plan “a blank check.”',
    [['a blank check.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Dana Reyes dismissed the report as “a fairy tale.”',
    [['a fairy tale.', 'Dana Reyes', 'Dana Reyes', 'cue-before-weak']],
  ],
  [
    'Councillor Ruth Ambler refers to the mayor as “Madam Castell,” never by her first name.',
    [['Madam Castell,', 'Ruth Ambler', 'Councillor Ruth Ambler', 'partial-subject']],
  ],
]);

table('the cue before the name', [
  [
    '“We are ready,” warned Yang at a virtual event.',
    [['We are ready,', 'Yang', 'Yang', 'cue-after']],
  ],
  [
    '“We are ready,” said Okafor on Wednesday.',
    [['We are ready,', 'Okafor', 'Okafor', 'cue-after']],
  ],
  [
    '“We are ready,” said Harold Finch, the finance chair.',
    [['We are ready,', 'Harold Finch', 'Harold Finch', 'cue-after']],
  ],
]);

table('appositive: X, a spokeswoman for …, said', [
  [
    '“The levee held,” Marta Oyelaran, a spokeswoman for the agency, said.',
    [['The levee held,', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-after']],
  ],
  [
    'Marta Oyelaran, a spokeswoman for the water agency, said: “The levee held.”',
    [['The levee held.', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-before-introduced']],
  ],
  [
    'Harold Finch, the council’s finance chair, said the budget was “tight.”',
    [['tight.', 'Harold Finch', 'Harold Finch', 'cue-before']],
  ],
  [
    'Dana Reyes, during a town hall in Tessel, Ohio, said the pier was “a ruin.”',
    [['a ruin.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Lena Ortiz, 34, of Tessel, Ohio, said the pier “saved the town.”',
    [['saved the town.', 'Lena Ortiz', 'Lena Ortiz', 'cue-before']],
  ],
  [
    'Marta Oyelaran, a veteran engineer who designed the first flood wall in 1998 and is now running the agency’s repair crews in the three river towns, said the new wall is “the best we have built.”',
    [['the best we have built.', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-before']],
  ],
]);

table('relative clause: X, who leads …, said', [
  [
    '“The levee held,” Marta Oyelaran, who leads the panel, said.',
    [['The levee held,', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-after-full']],
  ],
  [
    'Marta Oyelaran, who leads the flood panel, said the levee “held better than anyone expected.”',
    [['held better than anyone expected.', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-before']],
  ],
  // the mention is the relative pronoun at the cue, as "he" would be; the speaker is its antecedent
  [
    'The lone vote against came from Ruth Ambler, who called the price “a blank check.”',
    [['a blank check.', 'Ruth Ambler', 'who', 'cue-before']],
  ],
]);

table('a reporting clause closing the sentence after a comma frames all of it', [
  [
    'The rejection of the plan signals “the beginning of the end” for the council, said Geert Vos, founder of the Harbor Party.',
    [['the beginning of the end', 'Geert Vos', 'Geert Vos', 'cue-after']],
  ],
  [
    'The harbour board has used “velvet gloves” in its dealings with the port, Dana Reyes said.',
    [['velvet gloves', 'Dana Reyes', 'Dana Reyes', 'cue-after']],
  ],
  // a verb with its subject before it, past an aside, is not inverted
  [
    '“We have watched him for two seasons,” the selector, who watched the match from the stands, told this newspaper.',
    [['We have watched him for two seasons,', 'selector', 'the selector', 'cue-after']],
  ],
  // a strong cue before the quotation whose subject can speak stands
  [
    'Osei called the plan “a gift” to developers, Dana Reyes said.',
    [['a gift', 'Osei', 'Osei', 'cue-before']],
  ],
]);

table('verbs of saying from the communication classes, with their particles', [
  [
    '“Keep the tax in place,” the panel recommended.',
    [['Keep the tax in place,', 'panel', 'the panel', 'cue-after']],
  ],
  [
    'Dana Reyes signed off: “See you at the pier.”',
    [['See you at the pier.', 'Dana Reyes', 'Dana Reyes', 'cue-before-introduced']],
  ],
  ['“We lost,” Osei blurted out.', [['We lost,', 'Osei', 'Osei', 'cue-after']]],
  ['Osei confided: “I was afraid.”', [['I was afraid.', 'Osei', 'Osei', 'cue-before-introduced']]],
  // "signed" without "off" says nothing
  [
    'Dana Reyes signed the letter on Monday. Osei said it was “a good start.”',
    [['a good start.', 'Osei', 'Osei', 'cue-before']],
  ],
  // a proposal is weak: the nearer cue of the quotation's own clause wins
  [
    'The council proposed a new levy, but Dana Reyes rejected the idea as “absurd.”',
    [['absurd.', 'Dana Reyes', 'Dana Reyes', 'cue-before-weak']],
  ],
]);

table('participle: …, adding that …', [
  // a participle in a fronted clause hangs on the main clause's subject, after the comma
  [
    'After saying the pier was “older than the town,” Dana Reyes asked for a survey.',
    [['older than the town,', 'Dana Reyes', 'Dana Reyes', 'cue-after']],
  ],
  [
    'Speaking of the ferry, calling it “a lifeline,” the mayor asked for a vote.',
    [['a lifeline,', 'mayor', 'the mayor', 'cue-after']],
  ],
  // "Ted" is tagged as a verb; a capital mid-sentence is a name, not the clause's verb
  [
    'Dana Reyes threw her support behind Sen. Ted Marlow on Wednesday, saying the town needs “a steady hand.”',
    [['a steady hand.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    '“We are ready,” Dana Reyes said, going on to say that the town has spent “twenty years fighting the river.”',
    [
      ['We are ready,', 'Dana Reyes', 'Dana Reyes', 'cue-after'],
      ['twenty years fighting the river.', 'Dana Reyes', 'Dana Reyes', 'cue-before'],
    ],
  ],
  // the participle hangs on the nearest clause's subject, not the sentence's first noun phrase
  [
    'The board and the union will meet next week, Dana Reyes said, adding that both sides “want a deal.”',
    [['want a deal.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Residents marched past the pier - where the ferry board meets - chanting “fix it now.”',
    [['fix it now.', 'Residents', 'Residents', 'cue-before']],
  ],
  [
    'The board voted for the plan, with Councillor Ruth Ambler calling it “a blank check.”',
    [['a blank check.', 'Ruth Ambler', 'Councillor Ruth Ambler', 'cue-before']],
  ],
  [
    'Dana Reyes praised the crews, adding that the repairs were “better than expected.”',
    [['better than expected.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  // an object with a participle of its own is no subject: the participle is the clause's
  [
    'Dana Reyes criticized the budget adopted by the council on Monday, saying it was “a list of wishes.”',
    [['a list of wishes.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Dana Reyes slammed a lawsuit filed by a former clerk, calling it “meritless.”',
    [['meritless.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  // a clause at the same time (as, when, while) right before the comma is the participle's host
  [
    'The first clash came at the hearing, when the dock workers interrupted the mayor, shouting “not one more cut!”',
    [['not one more cut!', 'dock workers', 'the dock workers', 'cue-before']],
  ],
  [
    'It was a bad week for the council, as Dana Reyes repeated the charge, saying the budget “cannot stand.”',
    [['cannot stand.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  // an earlier event is not: the columns do not apologise
  [
    'Dana Reyes apologized for the letters after they were published, saying they were “a mistake.”',
    [['a mistake.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  // a reported clause's subject is not the participle's
  [
    'Harold Finch said the board approved the plan, adding that it was “long overdue.”',
    [['long overdue.', 'Harold Finch', 'Harold Finch', 'cue-before']],
  ],
  [
    '“We cut what we could,” Harold Finch said, adding that the city “cannot borrow more.”',
    [
      ['We cut what we could,', 'Harold Finch', 'Harold Finch', 'cue-after'],
      ['cannot borrow more.', 'Harold Finch', 'Harold Finch', 'cue-before'],
    ],
  ],
]);

table('split quote: “…,” she said, “…”', [
  [
    `${LEAD}“The water is clean,” Marta Oyelaran said, “and it will stay clean.”`,
    [
      ['The water is clean,', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-after'],
      ['and it will stay clean.', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-before-introduced'],
    ],
  ],
  [
    `${LEAD}Susan Castell took questions.\n\n“The water is clean,” she said, “and it will stay clean.”`,
    [
      ['The water is clean,', 'Susan Castell', 'she', 'cue-after'],
      ['and it will stay clean.', 'Susan Castell', 'she', 'cue-before-introduced'],
    ],
  ],
]);

table('a paragraph of quotation alone continues the previous speaker', [
  [
    `${LEAD}Marta Oyelaran said the tests were clean.\n\n“We checked every well twice.”`,
    [['We checked every well twice.', 'Marta Oyelaran', 'Marta Oyelaran', 'continuation-clause']],
  ],
  [
    `${LEAD}“The levee held,” Marta Oyelaran said.\n\n“We checked every well twice.”`,
    [
      ['The levee held,', 'Marta Oyelaran', 'Marta Oyelaran', 'cue-after'],
      ['We checked every well twice.', 'Marta Oyelaran', 'Marta Oyelaran', 'continuation'],
    ],
  ],
]);

table('a colon introduction at the end of the paragraph', [
  [
    `${LEAD}Marta Oyelaran said:\n\n“We checked every well twice.”`,
    [['We checked every well twice.', 'Marta Oyelaran', 'Marta Oyelaran', 'continuation-colon']],
  ],
  [
    `${LEAD}Asked about the wells, Marta Oyelaran told the council:\n\n“We checked every well twice.”`,
    [['We checked every well twice.', 'Marta Oyelaran', 'Marta Oyelaran', 'continuation-colon']],
  ],
  // "comment" after its determiner is a noun, however it was tagged: the sentence's subject speaks
  [
    `${LEAD}In March, Oyelaran made the following comment:\n\n“We checked every well twice.”`,
    [['We checked every well twice.', 'Oyelaran', 'Oyelaran', 'continuation-colon']],
  ],
]);

table('a transcript: the speaker label before a colon', [
  [
    `${LEAD}Host Dana Reyes spoke to Harold Finch on Sunday.\n\n"REYES: Will the pier be rebuilt?"\n\n"FINCH: It will, and the “Harbor Voices” crowd knows it."`,
    [
      // the label names the speaker; the article's fuller name for them is the speaker's name
      ['REYES: Will the pier be rebuilt?', 'Dana Reyes', 'REYES', 'transcript-label'],
      [
        'FINCH: It will, and the “Harbor Voices” crowd knows it.',
        'Harold Finch',
        'FINCH',
        'transcript-label',
      ],
      ['Harbor Voices', null, null, 'nested'],
    ],
  ],
  [
    `${LEAD}Harold Finch was on the radio.\n\nFINCH: People call it “the long pier,” and they are right.`,
    [['the long pier,', 'Harold Finch', 'FINCH', 'transcript-label']],
  ],
  // a label that names no one in the article ("UPDATE:") is not a speaker
  [
    `${LEAD}UPDATE: The council now calls it “a delay,” not a cancellation.`,
    [['a delay,', 'council', 'The council', 'cue-before']],
  ],
]);

table('a quotation over several paragraphs', [
  [
    `${LEAD}“We checked every well twice.\n\n“Then we checked them again,” Marta Oyelaran said.`,
    [
      [
        'We checked every well twice.\n\n“Then we checked them again,',
        'Marta Oyelaran',
        'Marta Oyelaran',
        'cue-after',
      ],
    ],
  ],
  [
    `${LEAD}Marta Oyelaran said the tests were clean. “We checked every well twice.\n\n“Then we checked them again.”`,
    [
      [
        'We checked every well twice.\n\n“Then we checked them again.',
        'Marta Oyelaran',
        'Marta Oyelaran',
        'nearby-cue',
      ],
    ],
  ],
]);

table('another sentence of the same paragraph', [
  [
    '“The pumps are running,” Dana Reyes said. “We started them at dawn” and will keep them on all week, she said. “We have fuel for ten days” at the depot.',
    [
      ['The pumps are running,', 'Dana Reyes', 'Dana Reyes', 'cue-after'],
      ['We started them at dawn', 'Dana Reyes', 'she', 'cue-after'],
      ['We have fuel for ten days', 'Dana Reyes', 'she', 'same-paragraph'],
    ],
  ],
  [
    '“We are ready,” Dana Reyes said at a news conference on Monday. “The pumps are running.”',
    [
      ['We are ready,', 'Dana Reyes', 'Dana Reyes', 'cue-after'],
      ['The pumps are running.', 'Dana Reyes', 'Dana Reyes', 'same-paragraph'],
    ],
  ],
  [
    '“We cut what we could.” Harold Finch said the city had no choice.',
    [['We cut what we could.', 'Harold Finch', 'Harold Finch', 'nearby-cue']],
  ],
]);

table('the owner of the words: X’s claim that “…”, her remark that “…”', [
  [
    'The board rejected Dana Reyes’s claim that the pier is “beyond repair.”',
    [['beyond repair.', 'Dana Reyes', 'Dana Reyes', 'owner-over-weak-cue']],
  ],
  [
    'Lena Ortiz drew applause. Her remark that the town “owes the river nothing” spread fast.',
    [['owes the river nothing', 'Lena Ortiz', 'Her', 'owner-of-words']],
  ],
  [
    'The board mocked Finch’s gloomy prediction of “a summer of floods.”',
    [['a summer of floods.', 'Finch', 'Finch', 'owner-over-weak-cue']],
  ],
]);

table('nested reporting: a thing that says something inside another’s words is theirs', [
  [
    'Dana Reyes said the new gauges show the river is “rising by the hour.”',
    [['rising by the hour.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
  [
    'Harold Finch said the council passed a motion that says the pier is “beyond repair.”',
    [['beyond repair.', 'Harold Finch', 'Harold Finch', 'report-in-report']],
  ],
  [
    'Harold Finch said the mayor, who says the pier is “beyond repair,” was right.',
    [['beyond repair,', 'mayor', 'who', 'cue-before']],
  ],
  // a report inside another's report, with no clause break, is the outer speaker's
  [
    'Harold Finch said the mayor called the plan “a gift to developers.”',
    [['a gift to developers.', 'Harold Finch', 'Harold Finch', 'report-in-report']],
  ],
  [
    'Dana Reyes said she expects residents will say “enough” at the next vote.',
    [['enough', 'Dana Reyes', 'Dana Reyes', 'report-in-report']],
  ],
  // a subordinate clause's subject with an aside after it still speaks
  [
    'The views of the council matter. As Dana Reyes, an expert on rivers at the Harbor Institute, noted, “Everyone is waiting for the vote.”',
    [['Everyone is waiting for the vote.', 'Dana Reyes', 'Dana Reyes', 'cue-before-introduced']],
  ],
  [
    'The issue came up after Osei, asked about the flood, had said, “We will rebuild.”',
    [['We will rebuild.', 'Osei', 'Osei', 'cue-before-introduced']],
  ],
  // a clause the report opens with, after "that" or a comma, is inside it
  [
    'Dana Reyes said that if the wall fails, she would ask the council for a “second look.”',
    [['second look.', 'Dana Reyes', 'Dana Reyes', 'report-in-report']],
  ],
  [
    'Dana Reyes said, if elected, she would ask the council for a “second look.”',
    [['second look.', 'Dana Reyes', 'Dana Reyes', 'report-in-report']],
  ],
  [
    'Harold Finch said that when the vote came, the mayor called it “a farce.”',
    [['a farce.', 'Harold Finch', 'Harold Finch', 'report-in-report']],
  ],
  // ("described as a ruin" opens no clause: the cue after it stands)
  [
    'The pier, which locals described as a ruin, will reopen, Dana Reyes said: “It is ours.”',
    [['It is ours.', 'Dana Reyes', 'Dana Reyes', 'cue-before-introduced']],
  ],
  // but a clause of its own is not inside the report
  [
    'When the mayor said the pier was safe, Harold Finch replied, “It is not.”',
    [['It is not.', 'Harold Finch', 'Harold Finch', 'cue-before-introduced']],
  ],
  [
    'When the mayor noted that the pier had held ― as it did in 2019 ― Harold Finch boasted, “We built it.”',
    [['We built it.', 'Harold Finch', 'Harold Finch', 'cue-before-introduced']],
  ],
  [
    'Dana Reyes called for an inquiry -- a step the finance chair said would “waste a year.”',
    [['waste a year.', 'finance chair', 'the finance chair', 'cue-before']],
  ],
  [
    'Dana Reyes spoke next. That is when she pointed to reports that the mayor called the pier “a ruin.”',
    [['a ruin.', 'Dana Reyes', 'she', 'report-in-report']],
  ],
]);

table('a name after a dash signs the quotation', [
  [
    '“The river took my shop and my car.” ― Lena Ortiz, Marrowick',
    [['The river took my shop and my car.', 'Lena Ortiz', 'Lena Ortiz', 'dash']],
  ],
  [
    '“We will rebuild.” — The Marrowick Tenants Union',
    [['We will rebuild.', 'Marrowick Tenants Union', 'The Marrowick Tenants Union', 'dash']],
  ],
  // a phrase that cannot speak after the dash is the writer's comment
  [
    'Dana Reyes likened the plan to “paving the river” - a charge that stung the board.',
    [['paving the river', 'Dana Reyes', 'Dana Reyes', 'partial-subject']],
  ],
]);

table('titles are not speech', [
  [
    'Dana Reyes appeared on “Fox News Sunday” to defend the plan.',
    [['Fox News Sunday', null, null, 'title']],
  ],
  [
    'The report, titled “Rising Water,” was released on Monday.',
    [['Rising Water,', null, null, 'title']],
  ],
  ['Councillor Ruth “Ruthie” Ambler chaired the meeting.', [['Ruthie', null, null, 'title']]],
  [
    'After the vote, the “Harbor Nights” star thanked her neighbours, Dana Reyes said.',
    [['Harbor Nights', null, null, 'title']],
  ],
  [
    'The council met on Tuesday.\n\n“Harbor Nights” star Lena Ortiz thanked her neighbours. The actress said the pier “saved the show.”',
    [
      ['Harbor Nights', null, null, 'title'],
      ['saved the show.', 'Lena Ortiz', 'The actress', 'cue-before'],
    ],
  ],
  // the cue after a name with a nickname in it is still found (the mention is the name's last part)
  [
    '“The pier stays open!” Councillor Ruth “Ruthie” Ambler shouted to the crowd.',
    [
      ['The pier stays open!', 'Ambler', 'Ambler', 'cue-after'],
      ['Ruthie', null, null, 'title'],
    ],
  ],
]);

table('scare quotes without a cue are not speech', [
  [
    'The town has relied on so-called “temporary” barriers since 2019.',
    [['temporary', null, null, 'partial-unattributed']],
  ],
  ['The “smart” meters were installed last year.', [['smart', null, null, 'partial-unattributed']]],
  // a capitalised word opening the sentence is no one to give the words to
  [
    'Yes, the “law and order” issue is back in Marrowick.',
    [['law and order', null, null, 'partial-unattributed']],
  ],
]);

table('nested quotations are not the article’s to attribute', [
  [
    '“She told me, ‘Never again,’ and I believed her,” Harold Finch said.',
    [
      [
        'She told me, ‘Never again,’ and I believed her,',
        'Harold Finch',
        'Harold Finch',
        'cue-after',
      ],
      ['Never again,', null, null, 'nested'],
    ],
  ],
]);

table('a cue that is not a speech act', [
  ['Harold Finch was told: “You cut too much.”', [['You cut too much.', null, null, 'no-cue']]],
  // "to say" is no cue; and a council is no speaker of a partial quote without one
  [
    'The council is not ready to say “yes” to the plan.',
    [['yes', null, null, 'partial-unattributed']],
  ],
]);

table('a role with where it is held, before the verb', [
  [
    '“The levee held,” a spokeswoman for the water agency said.',
    [
      [
        'The levee held,',
        'spokeswoman for the water agency',
        'a spokeswoman for the water agency',
        'cue-after',
      ],
    ],
  ],
  [
    '“The levee held,” an economist at the university said.',
    [
      [
        'The levee held,',
        'economist at the university',
        'an economist at the university',
        'cue-after',
      ],
    ],
  ],
  [
    '“The levee held,” the director of the agency said.',
    [['The levee held,', 'director of the agency', 'the director of the agency', 'cue-after']],
  ],
  [
    '“The levee held,” said a spokeswoman for Mayor Dana Reyes.',
    [
      [
        'The levee held,',
        'spokeswoman for Mayor Dana Reyes',
        'a spokeswoman for Mayor Dana Reyes',
        'cue-after',
      ],
    ],
  ],
  [
    'The wall is “finished,” according to people familiar with the talks.',
    [
      [
        'finished,',
        'people familiar with the talks',
        'people familiar with the talks',
        'according-to',
      ],
    ],
  ],
]);

table('words between the subject and its verb', [
  [
    'Harold Finch on Monday said the levee “held.”',
    [['held.', 'Harold Finch', 'Harold Finch', 'cue-before']],
  ],
  [
    '“We were wrong,” Harold Finch admitted.',
    [['We were wrong,', 'Harold Finch', 'Harold Finch', 'cue-after']],
  ],
  [
    '“The budget is tight,” Rep. Dana Reyes (D-Ohio) said.',
    [['The budget is tight,', 'Dana Reyes', 'Rep. Dana Reyes', 'cue-after']],
  ],
  [
    '“The budget is tight,” Senator Dana Reyes, D-Ohio, said.',
    [['The budget is tight,', 'Dana Reyes', 'Senator Dana Reyes', 'cue-after']],
  ],
  [
    '“The budget is tight,” Sen. Dana Reyes (D-N.Y.) said Tuesday. “We cut what we could.”',
    [
      ['The budget is tight,', 'Dana Reyes', 'Sen. Dana Reyes', 'cue-after'],
      ['We cut what we could.', 'Dana Reyes', 'Sen. Dana Reyes', 'same-paragraph'],
    ],
  ],
]);

table('names, titles and groups', [
  [
    '“The levee held,” Councilor Dana Reyes said.',
    [['The levee held,', 'Dana Reyes', 'Councilor Dana Reyes', 'cue-after']],
  ],
  [
    '“We disagree,” Smith and Jones said in a joint statement.',
    [['We disagree,', 'Smith and Jones', 'Smith and Jones', 'cue-after-full']],
  ],
  [
    '“The levee held,” Harbor Authority officials said.',
    [['The levee held,', 'Harbor Authority officials', 'Harbor Authority officials', 'cue-after']],
  ],
  [
    'Dana Reyes wrote the book “The Long Flood” in 2019.',
    [['The Long Flood', null, null, 'title']],
  ],
]);

table('page furniture holds no speech, and a continuation looks past it', [
  [
    LEAD +
      'READ MORE: “We will rebuild,” says Castell\n\nThe ferry will run again, officials said.',
    [['We will rebuild,', null, null, 'furniture']],
  ],
  [
    LEAD +
      '“We will rebuild,” said Mayor Tom Castell.\n\n‘A wall of water’\n\n“It came over the top in minutes.”',
    [
      ['We will rebuild,', 'Tom Castell', 'Mayor Tom Castell', 'cue-after'],
      ['A wall of water', null, null, 'furniture'],
      ['It came over the top in minutes.', 'Tom Castell', 'Mayor Tom Castell', 'continuation'],
    ],
  ],
]);

describe('names in page furniture are no antecedents', () => {
  it('a pronoun after a link line goes to the story’s person, not the link’s', () => {
    const article =
      'Mayor Tom Castell opened the pier on Monday.\n\nRELATED: Harold Finch quits the board\n\n“It is a good day,” he said.';
    expect(attributed(article)).toStrictEqual([
      ['It is a good day,', 'Tom Castell', 'he', 'cue-after'],
    ]);
  });
});

describe('confidence ranks the rules by how often they are right', () => {
  it.each([
    ['“We will rebuild the pier,” said Mayor Susan Castell.', 0.9, 1],
    ['Harold Finch said: “The budget is tight.”', 0.85, 1],
    // (a few quoted words given to the sentence's subject are right about half the time)
    ['The mayor’s “temporary” barriers are still there.', 0, 0.6],
    ['Harold Finch is promising “jobs, jobs, jobs” to the town.', 0, 0.6],
    ['“The levee held,” said a spokeswoman for the water agency.', 0.9, 1],
  ])('%j', (article, min, max) => {
    const [q] = attributeQuotes(article);
    expect(q!.confidence).toBeGreaterThanOrEqual(min);
    expect(q!.confidence).toBeLessThanOrEqual(max);
  });
});

table('a work named right after the quotation is a title', [
  [
    'Vasquez said the first hearing would be on the “Harbor Voices” radio program.',
    [['Harbor Voices', null, null, 'title']],
  ],
]);

table('titles named by the work around them, and quoted subheadings', [
  [
    'On this week’s broadcast of “Harbor Talk,” Mayor Elena Vasquez said the pier would reopen.',
    [['Harbor Talk,', null, null, 'title']],
  ],
  [
    'Vasquez spoke on “The Morning Pier Show,” a local program.',
    [['The Morning Pier Show,', null, null, 'title']],
  ],
  [
    `${LEAD}‘A New Pier for Harbor City.’\n\nThe council met again.`,
    [['A New Pier for Harbor City.', null, null, 'title']],
  ],
]);

table('a term the writer’s sentence talks about is no speech', [
  [
    `${LEAD}“Top secret” is the highest level of classification.`,
    [['Top secret', null, null, 'title']],
  ],
  [
    `${LEAD}“Harbor Nights,” which airs on Fridays, is back.`,
    [['Harbor Nights,', null, null, 'title']],
  ],
  // a cue in the sentence makes the words someone's
  [
    `${LEAD}“Managed retreat” has been the policy since the flood, Dana Reyes said. “Containment” is the word the engineers use.`,
    [
      ['Managed retreat', 'Dana Reyes', 'Dana Reyes', 'cue-after'],
      ['Containment', null, null, 'title'],
    ],
  ],
  // and so do the words of a speaker to a hearer
  [
    'Dana Reyes spoke last.\n\n“We tried” was all she would say.',
    [['We tried', 'Dana Reyes', 'she', 'cue-after-full']],
  ],
]);

table('titles named as works: by their maker, an appositive, a programme spoken to, a list', [
  [
    'Dana Reyes, the author of “Salt and Silence: A Harbor Town in Flood,” said the wall would fail.',
    [['Salt and Silence: A Harbor Town in Flood,', null, null, 'title']],
  ],
  [
    'Vasquez told the story in her memoir, “A Long Summer.”',
    [['A Long Summer.', null, null, 'title']],
  ],
  [
    'Speaking to “Harbor Morning Live” on Monday, Vasquez defended the plan.',
    [['Harbor Morning Live', null, null, 'title']],
  ],
  [
    'Osei told “Harbor Morning Live” that the pier would reopen.',
    [['Harbor Morning Live', null, null, 'title']],
  ],
  [
    'According to “The Harbor Years: A History” by Lena Ortiz, the pier opened in 1902.',
    [['The Harbor Years: A History', null, null, 'title']],
  ],
  [
    'Reyes has starred in “Pier Pressure” and “The Salt Road.”',
    [
      ['Pier Pressure', null, null, 'title'],
      ['The Salt Road.', null, null, 'title'],
    ],
  ],
  // words in title case that someone is urged to say are no work
  [
    'Osei urged voters to “Stand Up and Be Counted.”',
    [['Stand Up and Be Counted.', 'Osei', 'Osei', 'cue-before']],
  ],
]);

table('subjects past a modifier or a conjunction', [
  [
    'Residents marching along the pier chanted “Save our ferry!”',
    [['Save our ferry!', 'Residents', 'Residents', 'cue-before']],
  ],
  [
    'Mayor Elena Vasquez said Friday that she thinks the deal should be delayed but said “the vote is the question.”',
    [['the vote is the question.', 'Elena Vasquez', 'Mayor Elena Vasquez', 'cue-before']],
  ],
]);

table('a name the tagger took for a verb, a possessive opening the speaker', [
  [
    '“Sometimes we need our fix!” Vasquez said to People.',
    [['Sometimes we need our fix!', 'Vasquez', 'Vasquez', 'cue-after']],
  ],
  [
    '“We are going to win,” added his campaign manager Jeff Weaver.',
    [['We are going to win,', 'Jeff Weaver', 'his campaign manager Jeff Weaver', 'cue-after']],
  ],
]);

table(
  'a verb joined by "and" shares the subject of the reporting verb before it, across quotations',
  [
    [
      'The auditor claimed “the figures are padded” in the report, and concluded the budget was “Mostly Wrong.”',
      [
        ['the figures are padded', 'auditor', 'The auditor', 'cue-before'],
        ['Mostly Wrong.', 'auditor', 'The auditor', 'cue-before'],
      ],
    ],
  ],
);

table('a possessive before a reporting word makes it a noun: "his comments"', [
  [
    'Dana Reyes argued that the ferry is safe, and noted his comments were “plainly wrong.”',
    [['plainly wrong.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
]);

table('quotations in a list share their source', [
  [
    'At the hearing, Dana Reyes called the pier plan “Plan Zero” and “Harbor Folly” in front of the board.',
    [
      ['Plan Zero', 'Dana Reyes', 'Dana Reyes', 'cue-before'],
      ['Harbor Folly', 'Dana Reyes', 'Dana Reyes', 'cue-before'],
    ],
  ],
  [
    'The seawall is “too low” and “too late,” Harold Finch told the board.',
    [
      ['too low', 'Harold Finch', 'Harold Finch', 'cue-after-partial'],
      ['too late,', 'Harold Finch', 'Harold Finch', 'cue-after'],
    ],
  ],
]);

table('reporting verbs of rulings and references, and "per" a source', [
  [
    'The court then ruled that the levy is “unlawful in every part.”',
    [['unlawful in every part.', 'court', 'The court', 'cue-before']],
  ],
  [
    'Although the agency named no one, it referenced “political pressure” in its filing.',
    [['political pressure', 'agency', 'it', 'cue-before']],
  ],
  [
    'Members may not vote by proxy “to fill a vacancy on the board,” per the club’s bylaws.',
    [['to fill a vacancy on the board,', 'club’s bylaws', 'the club’s bylaws', 'according-to']],
  ],
  [
    'The fee is $5 per share, and “nobody pays it,” Harold Finch said.',
    [['nobody pays it,', 'Harold Finch', 'Harold Finch', 'cue-after']],
  ],
]);

table('a relative clause reports for its antecedent', [
  [
    'The mayor cited the Marrowick Gazette report, which notes, “The pier has not been inspected since 1990.”',
    [
      [
        'The pier has not been inspected since 1990.',
        'Marrowick Gazette report',
        'which',
        'cue-before-introduced',
      ],
    ],
  ],
]);

table('names joined by "and" before a colon speak together', [
  [
    'FLOOD MAPS ARE OUT OF DATE - Dana Reyes and Harold Finch: “The maps were drawn before the dam was built.”',
    [
      [
        'The maps were drawn before the dam was built.',
        'Dana Reyes and Harold Finch',
        'Dana Reyes and Harold Finch',
        'colon',
      ],
    ],
  ],
]);

table('a colon ends the clause whose subject speaks', [
  [
    'My aunt was so upset, and drove so fast, that I had to change my answer: “Of course I can swim.”',
    // the writer's "I" refers to no one the article names: no speaker, never one named "I"
    [['Of course I can swim.', null, null, 'colon']],
  ],
]);

table('a quotation standing as a sentence after a sentence about a named person', [
  [
    `${LEAD}On “Harbor Watch,” Sen. Dana Reyes, who chairs the panel, named the flood wall as the town’s first need. “Nothing else matters if the river comes back.”`,
    [
      ['Harbor Watch,', null, null, 'title'],
      [
        'Nothing else matters if the river comes back.',
        'Dana Reyes',
        'Sen. Dana Reyes',
        'previous-subject',
      ],
    ],
  ],
]);

table('a document speaks for itself, or for whoever issued it', [
  [
    `${LEAD}The new ad used one line as its slogan: “Save the pier.”`,
    [['Save the pier.', 'new ad', 'The new ad', 'colon']],
  ],
  [
    'Harold Finch released a letter from his doctor on Friday that says he is in “excellent health.”',
    [['excellent health.', 'Harold Finch', 'Harold Finch', 'partial-subject']],
  ],
]);

table('reports inside reports, and what is not one', [
  // "and" joins two clauses: the second has its own speaker
  [
    'At one point, a woman asked for a photo and Harold Finch said, “as long as the rules allow it.”',
    [['as long as the rules allow it.', 'Harold Finch', 'Harold Finch', 'cue-before-introduced']],
  ],
  // a cue whose subject cannot speak ("her opening remarks") frames nothing; the one before it does
  [
    'Dana Reyes said in her opening remarks that the board should restate its “firm support,” naming the pier.',
    [['firm support,', 'Dana Reyes', 'Dana Reyes', 'report-in-report']],
  ],
]);

table('a participle hangs on the main clause, past a relative clause', [
  [
    'Dana Reyes pitched the plan as a way to create jobs that serve as a ladder, noting that she is “the only candidate with a plan.”',
    [['the only candidate with a plan.', 'Dana Reyes', 'Dana Reyes', 'cue-before']],
  ],
]);

table('a role and what it is for, before an aside', [
  [
    'Opponents of the levy, however, say it would act as a “tax on boats.”',
    [['tax on boats.', 'Opponents of the levy', 'Opponents of the levy', 'cue-before']],
  ],
]);

table('what the tagger gets wrong next to a quotation', [
  // wink tags "fumed" as an adjective; after the quotation and a name it is the verb
  [
    '“They could have taken the bill that has support from both parties,” Finch fumed on Tuesday.',
    [
      [
        'They could have taken the bill that has support from both parties,',
        'Finch',
        'Finch',
        'cue-after',
      ],
    ],
  ],
  // and "Herald" as a verb: the source after the quotation still stands right after it
  [
    'Asked about the vote, Dana Reyes said, “No comment,” the Marrowick Herald reported.',
    [['No comment,', 'Marrowick Herald', 'the Marrowick Herald', 'cue-after']],
  ],
]);

table('clauses of time do not frame a report', [
  [
    '“The boats are fine,” Finch said as a woman yelled: “Sink them!”',
    [
      ['The boats are fine,', 'Finch', 'Finch', 'cue-after'],
      ['Sink them!', 'woman', 'a woman', 'cue-before-introduced'],
    ],
  ],
]);

table('a dateline with a hyphen', [
  [
    'MARROWICK, Del. - Mayor Dana Reyes, a self-styled “harbor mayor,” was named in the council’s report.',
    [['harbor mayor,', 'Dana Reyes', 'Mayor Dana Reyes', 'partial-subject']],
  ],
]);

table('only a verb of saying comes before its subject', [
  [
    'Finch summed up the plan as “reckless,” denounced its cost and said the board should vote again.',
    [['reckless,', 'Finch', 'Finch', 'partial-subject']],
  ],
]);

table('a weak cue right after the quotation', [
  [
    '“It is a disgrace,” Harold Finch blasted.',
    [['It is a disgrace,', 'Harold Finch', 'Harold Finch', 'cue-after-weak']],
  ],
]);

table('a pronoun subject has a few quoted words in its mouth', [
  [
    // (the pronoun resolves to the person named before it: a pronoun is never a speaker's name)
    'Mayor Susan Castell came to Marrowick. She is promising “jobs, jobs, jobs” to the town.',
    [['jobs, jobs, jobs', 'Susan Castell', 'She', 'partial-pronoun-subject']],
  ],
]);

table('"according to X" after the quotation, when the one before names no one', [
  [
    'According to him, the plan is “dead,” according to the Harbor Gazette.',
    [['dead,', 'Harbor Gazette', 'the Harbor Gazette', 'according-to-after']],
  ],
]);

table('a quotation in the headline', [
  [
    'Pier Plan Is “A Disaster,” Says Mayor\n\nThe council met.',
    [['A Disaster,', null, null, 'headline']],
  ],
]);
