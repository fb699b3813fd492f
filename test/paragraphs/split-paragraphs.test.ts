// Paragraph splitting and paragraph kinds. Every line here was written for these tests.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/index.js';

/** [text, kind] of each paragraph. */
const split = (text: string) => splitParagraphs(text).map((p) => [p.text, p.kind] as const);
/** Texts only. */
const texts = (text: string) => splitParagraphs(text).map((p) => p.text);

describe('paragraph breaks', () => {
  it.each([
    ['One.\n\nTwo.', ['One.', 'Two.']],
    ['One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['One.\r\rTwo.', ['One.', 'Two.']],
    ['One.\n   \n\t\nTwo.', ['One.', 'Two.']],
    ['One.\r\n \r\n\r\nTwo.', ['One.', 'Two.']],
    ['One.\u2029Two.', ['One.', 'Two.']],
    ['\n\n  One.  \n\n\n\n  Two.  \n\n', ['One.', 'Two.']],
    // wrapped text: a single line break stays inside its paragraph
    [
      'The council met on Tuesday\nand voted to keep the ferry.\n\nThe vote was close.',
      ['The council met on Tuesday\nand voted to keep the ferry.', 'The vote was close.'],
    ],
    [
      'Wrapped with CRLF\r\ninside a paragraph.\r\n\r\nNext.',
      ['Wrapped with CRLF\r\ninside a paragraph.', 'Next.'],
    ],
    // no blank line at all: one paragraph on each line
    [
      'Headline here\nFirst paragraph.\nSecond paragraph.',
      ['Headline here', 'First paragraph.', 'Second paragraph.'],
    ],
    ['', []],
    [' \n\t\r\n ', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toStrictEqual(expected);
  });

  it('joins hard-wrapped lines into paragraphs that end at a short line', () => {
    const text = [
      'The town council voted on Tuesday night to keep the island',
      'ferry running through the winter, reversing a decision made',
      'in January.',
      'Residents had packed the hall for three hours before the vote',
      'and cheered when the result was read out by the clerk.',
    ].join('\n');
    expect(texts(text)).toStrictEqual([
      'The town council voted on Tuesday night to keep the island\nferry running through the winter, reversing a decision made\nin January.',
      'Residents had packed the hall for three hours before the vote\nand cheered when the result was read out by the clerk.',
    ]);
  });
});

describe('paragraph kinds', () => {
  it.each([
    [
      'Harbour Town Keeps Its Ferry\n\nBy Nadia Brennan\n\nThe council voted 5-2 on Tuesday.',
      [
        ['Harbour Town Keeps Its Ferry', 'headline'],
        ['By Nadia Brennan', 'byline'],
        ['The council voted 5-2 on Tuesday.', 'body'],
      ],
    ],
    [
      'The ferry leaves the pier in March. (Tom Iles/Coastal Photo Desk)\n\nThe council voted on Tuesday.',
      [
        ['The ferry leaves the pier in March. (Tom Iles/Coastal Photo Desk)', 'caption'],
        ['The council voted on Tuesday.', 'body'],
      ],
    ],
    [
      'The council voted on Tuesday.\n\nCoastal Photo Desk\n\n(Getty Images)\n\nThe vote was close.',
      [
        ['The council voted on Tuesday.', 'body'],
        ['Coastal Photo Desk', 'credit'],
        ['(Getty Images)', 'credit'],
        ['The vote was close.', 'body'],
      ],
    ],
    [
      'The council voted on Tuesday.\n\nFile photo\nThe old ferry at the pier in 1998.',
      [
        ['The council voted on Tuesday.', 'body'],
        ['File photo\nThe old ferry at the pier in 1998.', 'caption'],
      ],
    ],
    // a caption label opens a caption, whatever follows it
    [
      'The council voted on Tuesday.\n\nPhoto: Edna Voss has lived by the pier since 1986. (Harbour Desk: Sam Iles)\n\nPictured: the old ferry.',
      [
        ['The council voted on Tuesday.', 'body'],
        ['Photo: Edna Voss has lived by the pier since 1986. (Harbour Desk: Sam Iles)', 'caption'],
        ['Pictured: the old ferry.', 'caption'],
      ],
    ],
    [
      'The council voted on Tuesday.\n\nFrom The Harbour Gazette',
      [
        ['The council voted on Tuesday.', 'body'],
        ['From The Harbour Gazette', 'source'],
      ],
    ],
    // a parenthesis that is not a credit leaves the paragraph running text
    [
      'The council voted on Tuesday.\n\nThe vote was close (five to two).',
      [
        ['The council voted on Tuesday.', 'body'],
        ['The vote was close (five to two).', 'body'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(split(text)).toStrictEqual(expected);
  });
});

describe('a first line ending in a colon opens what follows, and is no headline', () => {
  it.each([
    ['The harbour master told the council on Tuesday:\n\n“The wall will not hold.”', 'body'],
    ['Harbour Town Keeps Its Ferry\n\nThe council voted on Tuesday.', 'headline'],
  ])('%j', (text, kind) => {
    expect(splitParagraphs(text)[0]!.kind).toBe(kind);
  });
});

describe('page furniture: link and label lines, crossheads and pull quotes', () => {
  const LEAD = 'The council voted on Tuesday.';
  it.each([
    ['READ MORE: Harbour town keeps its ferry', 'furniture'],
    ['Read more: Harbour town keeps its ferry', 'furniture'],
    ['RELATED:', 'furniture'],
    ['WATCH: The pier at high tide', 'furniture'],
    ['LISTEN: Our podcast on the flood wall', 'furniture'],
    ['Story continues below advertisement', 'furniture'],
    ['Related Topics', 'furniture'],
    ['MORE COVERAGE:', 'furniture'],
    ['‘We were left with nothing’', 'crosshead'],
    ['“A wall of water”', 'crosshead'],
    ["''A wall of water''", 'crosshead'],
    // a quotation alone that ends its sentence is speech; so is a label with words after it
    ['“We were left with nothing.”', 'body'],
    ['“Why now?”', 'body'],
    ['“We lost,” she said', 'body'],
    ['“One” and “two”', 'body'],
    ['Update: the council met again on Friday.', 'body'],
    ['Watch out for the tide, the harbour master said.', 'body'],
  ])('%j is %s', (line, kind) => {
    expect(split(`${LEAD}\n\n${line}\n\nThe vote was close.`)[1]).toStrictEqual([line, kind]);
  });
});

describe('paragraph spans', () => {
  it.each([
    ['Emoji 😀 first.\n\n😀 Then more.'],
    ['\uFEFFBOM.\r\n\r\nNext.'],
    ['Lone \uDC00 surrogate.\n\nNext.'],
  ])('%j', (text) => {
    const paragraphs = splitParagraphs(text);
    paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    });
    expect(paragraphs).toHaveLength(2);
  });
});

describe('a first line quoting in single marks is an American headline', () => {
  it.each([
    [
      'Mayor calls ferry deal ‘a giveaway’ during council meeting.\n\nThe council met on Tuesday.',
      'headline',
    ],
    ["Osei says plan 'dead on arrival' after vote.\n\nThe council met on Tuesday.", 'headline'],
    ["In the '90s, the pier was busier.\n\nThe council met on Tuesday.", 'body'],
  ])('%j', (text, kind) => {
    expect(splitParagraphs(text)[0]!.kind).toBe(kind);
  });
});
