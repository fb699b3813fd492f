// Quotation detection, case by case. Every sentence here was written for these tests.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/index.js';

/** [opening mark, quoted words, closing mark or null, depth]: what a reader checks first. */
const found = (text: string) =>
  detectQuotes(text).map((q) => [q.open.text, q.text, q.close?.text ?? null, q.depth] as const);
/** Quoted words only. */
const words = (text: string) => detectQuotes(text).map((q) => q.text);

describe('quotation marks', () => {
  it.each([
    ['“We will rebuild,” the mayor said.', [['“', 'We will rebuild,', '”', 0]]],
    ['"We will rebuild," the mayor said.', [['"', 'We will rebuild,', '"', 0]]],
    ['‘We will rebuild,’ the mayor said.', [['‘', 'We will rebuild,', '’', 0]]],
    ["'We will rebuild,' the mayor said.", [["'", 'We will rebuild,', "'", 0]]],
    ['«Nous reconstruirons», a dit le maire.', [['«', 'Nous reconstruirons', '»', 0]]],
    ['« Nous reconstruirons », a dit le maire.', [['«', 'Nous reconstruirons', '»', 0]]],
    ['Er sagte ‹ja› und ging.', [['‹', 'ja', '›', 0]]],
    ['Er sagte: „Wir bauen neu.“', [['„', 'Wir bauen neu.', '“', 0]]],
    ['Er sagte ‚ja‘ und ging.', [['‚', 'ja', '‘', 0]]],
    ['Powiedział: „Odbudujemy”.', [['„', 'Odbudujemy', '”', 0]]],
    ['Sie sagte »nein« und ging.', [['»', 'nein', '«', 0]]],
    ['市長は「再建する」と述べた。', [['「', '再建する', '」', 0]]],
    ['The mayor wrote "more hours” were needed.', [['"', 'more hours', '”', 0]]],
    ['There was “no evidence" of a fire.', [['“', 'no evidence', '"', 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });
});

describe('a quotation inside another, with the other kind of mark', () => {
  it.each([
    [
      '“She told me, ‘Go home,’ and I went,” he said.',
      [
        ['“', 'She told me, ‘Go home,’ and I went,', '”', 0],
        ['‘', 'Go home,', '’', 1],
      ],
    ],
    [
      '‘She told me, “Go home,” and I went,’ he said.',
      [
        ['‘', 'She told me, “Go home,” and I went,', '’', 0],
        ['“', 'Go home,', '”', 1],
      ],
    ],
    [
      `"She told me, 'Go home,' and I went," he said.`,
      [
        ['"', "She told me, 'Go home,' and I went,", '"', 0],
        ["'", 'Go home,', "'", 1],
      ],
    ],
    [
      '「彼は『帰れ』と言った」と彼女は話した。',
      [
        ['「', '彼は『帰れ』と言った', '」', 0],
        ['『', '帰れ', '』', 1],
      ],
    ],
    [
      '«Il m’a dit ‹rentre›», raconte-t-elle.',
      [
        ['«', 'Il m’a dit ‹rentre›', '»', 0],
        ['‹', 'rentre', '›', 1],
      ],
    ],
    [
      '„Er rief ‚Halt!‘ und lief“, sagte sie.',
      [
        ['„', 'Er rief ‚Halt!‘ und lief', '“', 0],
        ['‚', 'Halt!', '‘', 1],
      ],
    ],
    // a possessive inside the inner quotation does not end the outer one
    [
      '‘He called it “the Joneses’ car” twice,’ she said.',
      [
        ['‘', 'He called it “the Joneses’ car” twice,', '’', 0],
        ['“', 'the Joneses’ car', '”', 1],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });
});

describe('primes and inch marks are not quotation marks', () => {
  it.each([
    ['He is 5′ 9″ and plays guard.', []],
    ['She bought a 12" pipe and two 3" bolts.', []],
    [`The forward is 6' 2" tall.`, []],
    [`The forward is 6'2" tall.`, []],
    ['“The 12" pipe burst,” the plumber said.', [['“', 'The 12" pipe burst,', '”', 0]]],
    [`"He is 5' 9" tall," she said.`, [['"', `He is 5' 9" tall,`, '"', 0]]],
    ["The forward is 5'10'' tall.", []],
    ["''He is 5'10'' tall,'' she said.", [["''", "He is 5'10'' tall,", "''", 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });
});

describe('after a digit, a straight double mark closes the quotation open before it', () => {
  it.each([
    ['The "Class of 2016" members met.', [['"', 'Class of 2016', '"', 0]]],
    ['He was "99.9" percent sure.', [['"', '99.9', '"', 0]]],
    ['"We lost in 2012" is all he said.', [['"', 'We lost in 2012', '"', 0]]],
    ['The team scored in the 89′ minute, “a gift,” she said.', [['“', 'a gift,', '”', 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });
});

describe('two single marks standing for a double one', () => {
  it.each([
    // the NYT archive's transliteration of “ and ”
    ["''We will win,'' he said.", [["''", 'We will win,', "''", 0]]],
    ["He called it ''a disgrace'' and left.", [["''", 'a disgrace', "''", 0]]],
    ['‘‘We will win,’’ he said.', [['‘‘', 'We will win,', '’’', 0]]],
    ['“We will win,’’ he said.', [['“', 'We will win,', '’’', 0]]],
    ['"We will win,’’ he said.', [['"', 'We will win,', '’’', 0]]],
    // ’’ only closes: with nothing open it is two apostrophes
    ['The bosses’’ cars were towed.', []],
    // a single quotation inside a doubled one: in a run of three the single mark comes inside
    [
      "''She told me, 'Go home,''' he said.",
      [
        ["''", "She told me, 'Go home,'", "''", 0],
        ["'", 'Go home,', "'", 1],
      ],
    ],
    [
      "'''Go home,' she told me,'' he said.",
      [
        ["''", "'Go home,' she told me,", "''", 0],
        ["'", 'Go home,', "'", 1],
      ],
    ],
    // apostrophes inside a doubled quotation stay apostrophes
    [
      "''We're sure the students' books are gone,'' she said.",
      [["''", "We're sure the students' books are gone,", "''", 0]],
    ],
    ["''Rock 'n' roll saved me,'' she said.", [["''", "Rock 'n' roll saved me,", "''", 0]]],
    [
      "''It's the '90s all over again,'' he said.",
      [["''", "It's the '90s all over again,", "''", 0]],
    ],
    ["''Go get 'em,'' the coach said.", [["''", "Go get 'em,", "''", 0]]],
    // with a single quotation open, '' after a plural is its possessive and the closing mark
    [
      "He said 'the fault is the students'' and left.",
      [["'", "the fault is the students'", "'", 0]],
    ],
    [
      'He said ‘the fault is the students’’ and left.',
      [['‘', 'the fault is the students’', '’', 0]],
    ],
    // a single quotation inside one opened with '' does not keep '' from closing it
    ["''They called it 'a farce,'' she said.", [["''", "They called it 'a farce,", "''", 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });

  it('runs on over paragraphs, each reopened with two marks', () => {
    const text = "''The first part,'' she said. ''Then it runs on.\n\n''And ends here.''";
    expect(
      detectQuotes(text).map((q) => ({ parts: q.parts.map((p) => p.text), close: q.close?.text })),
    ).toStrictEqual([
      { parts: ['The first part,'], close: "''" },
      { parts: ['Then it runs on.', 'And ends here.'], close: "''" },
    ]);
  });
});

describe('fullwidth and reversed marks', () => {
  it.each([
    ['＂We will win,＂ he said.', [['＂', 'We will win,', '＂', 0]]],
    ['‟We will win,” he said.', [['‟', 'We will win,', '”', 0]]],
    ['‛We will win,’ he said.', [['‛', 'We will win,', '’', 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });
});

describe('apostrophes are not quotation marks', () => {
  it.each([
    ['We’re sure China’s exports grew.', []],
    ["We're sure China's exports grew.", []],
    ['The students’ books were soaked.', []],
    ["The students' books were soaked.", []],
    ['Jones’ car was towed at 10 o’clock.', []],
    ['The fashions of the ’90s came back.', []],
    ["The fashions of the '90s came back.", []],
    ['The 1990s’ best bands played rock ’n’ roll.', []],
    ["The 1990s' best bands played rock 'n' roll.", []],
    ['Go get ’em, she told the team.', []],
    ["Go get 'em, she told the team.", []],
    ['Fans of ’Bama lined up ’til dawn.', []],
    ["Fans of 'Bama lined up all night.", []],
    ['‘The students’ books are gone,’ she said.', [['‘', 'The students’ books are gone,', '’', 0]]],
    ["'The students' books are gone,' she said.", [["'", "The students' books are gone,", "'", 0]]],
    ['‘We’re not leaving,’ said the tenant.', [['‘', 'We’re not leaving,', '’', 0]]],
    ['“It’s the ’90s all over again,” he said.', [['“', 'It’s the ’90s all over again,', '”', 0]]],
    ['‘Rock ’n’ roll saved me,’ she said.', [['‘', 'Rock ’n’ roll saved me,', '’', 0]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toStrictEqual(expected);
  });
});

describe('a quotation over several paragraphs', () => {
  it.each([
    [
      '“The first part,” she said. “Then it runs on.\n\n“And on.\n\n“And ends here.”\n\nThe next paragraph.',
      [
        { text: 'The first part,', paragraphs: [0], parts: ['The first part,'], repairs: [] },
        {
          text: 'Then it runs on.\n\n“And on.\n\n“And ends here.',
          paragraphs: [0, 1, 2],
          parts: ['Then it runs on.', 'And on.', 'And ends here.'],
          repairs: [],
        },
      ],
    ],
    [
      '‘British papers do it too.\n\n‘With single marks.’',
      [
        {
          text: 'British papers do it too.\n\n‘With single marks.',
          paragraphs: [0, 1],
          parts: ['British papers do it too.', 'With single marks.'],
          repairs: [],
        },
      ],
    ],
    [
      '"Straight marks.\n\n"The same rule."',
      [
        {
          text: 'Straight marks.\n\n"The same rule.',
          paragraphs: [0, 1],
          parts: ['Straight marks.', 'The same rule.'],
          repairs: [],
        },
      ],
    ],
    [
      '“Curly, then straight.\r\n\r\n"Still one quotation."',
      [
        {
          text: 'Curly, then straight.\r\n\r\n"Still one quotation.',
          paragraphs: [0, 1],
          parts: ['Curly, then straight.', 'Still one quotation.'],
          repairs: [],
        },
      ],
    ],
    [
      '“Never reopened.\n\nThe writer speaks again.',
      [
        {
          text: 'Never reopened.',
          paragraphs: [0],
          parts: ['Never reopened.'],
          repairs: ['unclosed'],
        },
      ],
    ],
    [
      '“Reopened, never closed.\n\n“Ends with the article',
      [
        {
          text: 'Reopened, never closed.\n\n“Ends with the article',
          paragraphs: [0, 1],
          parts: ['Reopened, never closed.', 'Ends with the article'],
          repairs: ['unclosed'],
        },
      ],
    ],
  ])('%j', (text, expected) => {
    const got = detectQuotes(text).map((q) => ({
      text: q.text,
      paragraphs: q.paragraphs,
      parts: q.parts.map((p) => p.text),
      repairs: q.repairs,
    }));
    expect(got).toStrictEqual(expected);
  });
});

describe('unbalanced marks are repaired and flagged', () => {
  it.each([
    // never closed: ends at the end of its paragraph, not of the article
    [
      '“We will win, she said.\n\nThe vote is on Tuesday.',
      [['We will win, she said.', ['unclosed'], []]],
    ],
    ['He said "no and left.\n\nLater he called.', [['no and left.', ['unclosed'], []]]],
    [
      '‘We will win, she said.\n\nThe vote is on Tuesday.',
      [['We will win, she said.', ['unclosed'], []]],
    ],
    // the same mark again where a sentence starts: the first quotation was never closed
    [
      '“One, she said. “Two,” he said.',
      [
        ['One, she said.', ['unclosed'], []],
        ['Two,', [], []],
      ],
    ],
    [
      '"One, she said. "Two," he said.',
      [
        ['One, she said.', ['unclosed'], []],
        ['Two,', [], []],
      ],
    ],
    // the same mark again inside a sentence: a quotation nested with the wrong mark
    [
      '“He calls the plan “a gift” and means it,” she said.',
      [
        ['He calls the plan “a gift” and means it,', [], []],
        ['a gift', [], []],
      ],
    ],
    // opening marks with no end: four deep at most, and the rest are words of the innermost
    [
      '“we “never “close “any “of “these',
      [
        ['we “never “close “any “of “these', ['unclosed'], []],
        ['never “close “any “of “these', ['unclosed'], []],
        ['close “any “of “these', ['unclosed'], []],
        ['any “of “these', ['unclosed'], []],
      ],
    ],
    // the outer quotation closes while the inner one is open
    [
      '“She said ‘go home and I went,” he said.',
      [
        ['She said ‘go home and I went,', [], []],
        ['go home and I went,', ['unclosed'], []],
      ],
    ],
    // stray closing marks: ignored, recorded on the nearest quotation
    ['“We won,” he said.” Then he left.', [['We won,', ['stray-close'], [[18, '”']]]]],
    ['He left.” “We won,” she said.', [['We won,', ['stray-close'], [[8, '”']]]]],
    ['“We won » today,” he said.', [['We won » today,', ['stray-close'], [[8, '»']]]]],
    [
      '“Twice,” he said.”\n\n“Again,” she said.',
      [
        ['Twice,', ['stray-close'], [[17, '”']]],
        ['Again,', [], []],
      ],
    ],
    // a stray mark with no quotation anywhere has nothing to be recorded on
    ['He left.” Then she left.', []],
    // apostrophes after a closed quotation are not stray marks
    ['“We won,” the students’ coach said.', [['We won,', [], []]]],
  ])('%s', (text, expected) => {
    const got = detectQuotes(text).map((q) => [
      q.text,
      q.repairs,
      q.strayMarks.map((m) => [m.start, m.text]),
    ]);
    expect(got).toStrictEqual(expected);
  });
});

describe('full and partial quotations', () => {
  it.each([
    ['“We will win,” she said.', 'full'],
    ['She said: “We will win.”', 'full'],
    ['She called the plan “a disgrace.”', 'partial'],
    ['She called it “Disgraceful” on Monday.', 'partial'],
    ['She said “We will win the vote in the end,” and left.', 'full'],
  ])('%s', (text, kind) => {
    expect(detectQuotes(text).map((q) => q.kind)).toStrictEqual([kind]);
  });
});

describe('spans are exact slices of the input', () => {
  it.each([
    ['Emoji 😀 “quoted 😀 text” 😀 after.'],
    ['\uFEFF“BOM first,” she said.'],
    ['“Lone \uD800 surrogate,” he said.'],
  ])('%j', (text) => {
    for (const q of detectQuotes(text)) {
      for (const s of [q, q.open, ...q.parts, ...(q.close ? [q.close] : []), ...q.strayMarks]) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(words(text)).toHaveLength(1);
  });
});
