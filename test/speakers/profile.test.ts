// Speaker profiles: gender with its evidence, title, affiliation, anonymity and counts, on
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type Speaker } from '../../src/index.js';

const speakerNamed = (text: string, name: string): Speaker => {
  const speaker = analyzeArticle(text).speakers.find((s) => s.name === name);
  if (!speaker) throw new Error(`no speaker ${name} in ${JSON.stringify(text)}`);
  return speaker;
};

describe('gender and the evidence that decided it', () => {
  it.each([
    // [article, speaker, gender, the deciding evidence as kind:text]
    [
      '“We will reopen the pier,” said Ms. Dana Whitfield.',
      'Dana Whitfield',
      'female',
      ['honorific:Ms.'],
    ],
    ['“The boats are late,” said Mr. Jordan Pike.', 'Jordan Pike', 'male', ['honorific:Mr.']],
    [
      '“The ferries run on time,” said Kim Brady, a spokeswoman for Blue Tide Ferries.',
      'Kim Brady',
      'female',
      ['role-word:spokeswoman'],
    ],
    [
      '“We are ready,” Robin Castell said.\n\n“Tell them we are ready,” she added.',
      'Robin Castell',
      'female',
      ['pronoun:she'],
    ],
    [
      'Jordan Vale said he would not run again. “It is time,” Vale said.',
      'Jordan Vale',
      'male',
      ['pronoun:he'],
    ],
    // the given name decides only when the text tells nothing
    ['“Yes,” said Margaret Okonkwo.', 'Margaret Okonkwo', 'female', ['given-name:Margaret']],
    ['“No,” said Gregory Tallis.', 'Gregory Tallis', 'male', ['given-name:Gregory']],
    // the text outranks the given name
    ['“It stays shut,” said Mr. Leslie Marsh.', 'Leslie Marsh', 'male', ['honorific:Mr.']],
    [
      '“It stays shut,” said Mrs. Thomas Reed.',
      'Thomas Reed',
      'female',
      ['honorific:Mrs.', 'given-name:Thomas'],
    ],
    // a surname of several tokens is still found, and the honorific before it read
    [
      'Reacting, the commissioner, Mrs Ifeoma Adeyemi-Cole, said in a statement that the pumps would open.\n\n“We are ready,” Adeyemi-Cole said.',
      'Ifeoma Adeyemi-Cole',
      'female',
      ['honorific:Mrs'],
    ],
    // a councillor's abbreviation is a title, not part of the name
    [
      '“The bins go out on Monday,” said Cllr Quillon Barrow. “Every week,” she added.',
      'Quillon Barrow',
      'female',
      ['pronoun:she'],
    ],
    // an appositive before the name whose role is its head, before an "of" phrase
    [
      'The chairwoman of the parish selection panel, Jordan Ruskin, spoke on Monday.\n\n“Nobody else applied,” Ruskin said.',
      'Jordan Ruskin',
      'female',
      ['role-word:chairwoman'],
    ],
    // the name closes an appositive and the verb follows it: the pronoun after is the name's
    [
      'The head of the panel, Jordan Lund, said at the time that he would stay.\n\n“I have the votes,” Lund said.',
      'Jordan Lund',
      'male',
      ['pronoun:he'],
    ],
    // a possessive in what the subject says is theirs
    [
      'Jordan Akin said many of his members had stopped driving.\n\n“We are not on strike,” Akin said.',
      'Jordan Akin',
      'male',
      ['pronoun:his'],
    ],
    // a second verb of saying joined by "and" is the subject's, past another name
    [
      'Jordan Costa spent six seasons at Dunmere before following Ellis Brandt across the county, and said he expected a cold welcome.\n\n“I have friends there,” Costa said.',
      'Jordan Costa',
      'male',
      ['pronoun:he'],
    ],
    // a day or month after the verb is no other name: the pronoun after it is the subject's
    [
      'Jordan Pell said in a statement Tuesday that she would call a vote.\n\n“Soon,” Pell said.',
      'Jordan Pell',
      'female',
      ['pronoun:she'],
    ],
    // a relative or participle clause on the name: its subject or possessive is the name's
    [
      '“It rolled right over,” said Jordan Tamsin, who spent the night aboard his boat.',
      'Jordan Tamsin',
      'male',
      ['pronoun:his'],
    ],
    [
      'Lund, asked whether she would stay on, smiled.\n\n“Ask me in June,” Jordan Lund said.',
      'Jordan Lund',
      'female',
      ['pronoun:she'],
    ],
    // a portfolio is part of the title, not of the name
    [
      'Responding, Minister of State for Planning Jordan Kielt said the money was there.\n\n“No tenant will be turned away,” Mr Kielt said.',
      'Jordan Kielt',
      'male',
      ['honorific:Mr'],
    ],
  ])('%j: %s is %s', (text, name, gender, evidence) => {
    const speaker = speakerNamed(text, name);
    expect(speaker.gender).toBe(gender);
    expect(speaker.genderEvidence.map((e) => `${e.kind}:${e.span.text}`)).toStrictEqual(evidence);
  });

  it.each([
    // contradicting text evidence: unknown
    ['“We are not done,” said Mr. Casey Lund, a spokeswoman for the club.', 'Casey Lund'],
    // a name that does not tell, and nothing else
    ['“We are not done,” said Jordan Lund.', 'Jordan Lund'],
    // a role before a comma that is no appositive of the name: the name goes on to its verb
    [
      'After meeting the chairwoman of the board, Jordan Lund said the talks would go on.\n\n“We are not done,” Lund said.',
      'Jordan Lund',
    ],
    // a possessive after a verb that is no saying, or the hearer after "told", is someone else's
    [
      'Jordan Akin thanked her deputy for the work.\n\n“We are not on strike,” Akin said.',
      'Jordan Akin',
    ],
    ['Jordan Akin told her the strike was over.\n\n“We are done,” Akin said.', 'Jordan Akin'],
    // an object in a clause on the name is as often someone else's
    ['“We won,” said Jordan Tamsin, who met her at the count.', 'Jordan Tamsin'],
    // a pronoun opening the next sentence is the main subject's, not a name reported on
    [
      'Dana Pell said Jordan Quist had walked out of the talks. Her party trails in the polls.\n\n“We came to sign,” Quist said.',
      'Jordan Quist',
    ],
  ])('%j: %s is unknown', (text, name) => {
    expect(speakerNamed(text, name).gender).toBe('unknown');
  });

  it('reads the text alone with genderOf: null', () => {
    const text = '“Yes,” said Margaret Okonkwo.';
    const speaker = analyzeArticle(text, { genderOf: null }).speakers[0]!;
    expect([speaker.gender, speaker.genderEvidence]).toStrictEqual(['unknown', []]);
  });

  it("takes the caller's given-name source", () => {
    const text = '“Yes,” said Zorana Petkovic.';
    const genderOf = (name: string) => (name === 'Zorana' ? ('female' as const) : undefined);
    expect(analyzeArticle(text, { genderOf }).speakers[0]!.gender).toBe('female');
    expect(analyzeArticle(text).speakers[0]!.gender).toBe('unknown');
  });

  it('gives no gender to an organisation', () => {
    const text = '“We disagree with the ruling,” the Harbour Authority said in a statement.';
    const speaker = analyzeArticle(text).speakers[0]!;
    expect([speaker.kind, speaker.gender, speaker.genderEvidence]).toStrictEqual([
      'organization',
      'unknown',
      [],
    ]);
  });

  it.each([[42], ['female'], [{}]])('throws a TypeError for genderOf %j', (genderOf) => {
    expect(() => analyzeArticle('“Yes,” she said.', { genderOf } as never)).toThrow(TypeError);
  });
});

describe('title, affiliation and anonymity', () => {
  it.each([
    // [article, speaker, title, affiliation, anonymous]
    [
      'Responding, Minister of State for Planning Jordan Kielt said the money was there.\n\n“No tenant will be turned away,” Mr Kielt said.',
      'Jordan Kielt',
      'Minister of State',
      'Planning',
      false,
    ],
    [
      'Debutant Jordan Akin took five wickets.\n\n“I was nervous,” Akin said.',
      'Jordan Akin',
      'Debutant',
      null,
      false,
    ],
    // a title ends on a word of its own, not on the "of the" after it
    [
      'The chairwoman of the parish selection panel, Jordan Ruskin, spoke on Monday.\n\n“Nobody else applied,” Ruskin said.',
      'Jordan Ruskin',
      'chairwoman',
      null,
      false,
    ],
    [
      'Secretary of State Rowan Ashby arrived on Monday. “We came to listen,” Ashby said.',
      'Rowan Ashby',
      'Secretary of State',
      null,
      false,
    ],
    [
      'Ruritania’s foreign minister, Elena Marsh, has been firm. “We will not back down,” Marsh said.',
      'Elena Marsh',
      'foreign minister',
      'Ruritania',
      false,
    ],
    [
      'Elena Marsh, Ruritania’s foreign minister, said: “We will not back down.”',
      'Elena Marsh',
      'foreign minister',
      'Ruritania',
      false,
    ],
    [
      '“The ferries run on time,” said Kim Brady, a spokeswoman for Blue Tide Ferries.',
      'Kim Brady',
      'spokeswoman',
      'Blue Tide Ferries',
      false,
    ],
    [
      '“The model held up,” said Tomas Aberg, a professor at the University of Halden.',
      'Tomas Aberg',
      'professor',
      'the University of Halden',
      false,
    ],
    [
      '“It is over,” said a senior official who asked not to be named.',
      'senior official',
      'senior official',
      null,
      true,
    ],
    [
      '“We saw it coming,” said one of the two senior trade officials.',
      'senior trade official',
      'senior trade official',
      null,
      true,
    ],
  ])('%j: %s', (text, name, title, affiliation, anonymous) => {
    const speaker = speakerNamed(text, name);
    expect({
      title: speaker.title?.text ?? null,
      affiliation: speaker.affiliation?.text ?? null,
      anonymous: speaker.anonymous,
    }).toStrictEqual({ title, affiliation, anonymous });
  });

  it('gives every title and affiliation as an exact slice of the article', () => {
    const text = 'Ruritania’s foreign minister, Elena Marsh, said: “We will not back down.”';
    for (const s of analyzeArticle(text).speakers) {
      for (const span of [s.title, s.affiliation, ...s.genderEvidence.map((e) => e.span)]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});

describe('counts', () => {
  it('counts quotations and the words in them', () => {
    const text =
      '“We will rebuild the pier,” said Mayor Dana Whitfield.\n\n“It will take two years,” she added.';
    expect(speakerNamed(text, 'Dana Whitfield').counts).toStrictEqual({
      quotations: 2,
      reported: 0,
      words: 10,
    });
  });
});
