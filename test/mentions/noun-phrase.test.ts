import { describe, expect, it } from 'vitest';
import { phraseEndingAt, phraseStartingAt } from '../../src/mentions/noun-phrase.js';
import { textOf, tokenize } from '../nlp/helpers.js';

// The phrase ending at the last token of the text (as before "said"), reading back to the start.
function endingAtLast(text: string): string | null {
  const tokens = tokenize(text);
  return textOf(text, tokens, phraseEndingAt(tokens, tokens.length - 1, 0));
}

// The phrase starting at the first token of the text (as after "said"), reading to the end.
function startingAtFirst(text: string): string | null {
  const tokens = tokenize(text);
  return textOf(text, tokens, phraseStartingAt(tokens, 0, tokens.length - 1));
}

describe('phraseEndingAt: the subject before a verb', () => {
  it.each([
    ['the official', 'the official'],
    ['Harold Finch', 'Harold Finch'],
    [
      'one of the two senior administration officials',
      'one of the two senior administration officials',
    ],
    [
      'he was with one of the two senior administration officials',
      'one of the two senior administration officials',
    ],
    ['then-Secretary of State Mike Pompeo', 'then-Secretary of State Mike Pompeo'],
    ['In January then-Secretary of State Mike Pompeo', 'then-Secretary of State Mike Pompeo'],
    ['Secretary of State Antony Blinken', 'Secretary of State Antony Blinken'],
    ['another senior administration official', 'another senior administration official'],
    ['senior administration officials', 'senior administration officials'],
    ['the White House', 'the White House'],
    ['Mr. Okafor', 'Mr. Okafor'],
    ['Beijing', 'Beijing'],
    ['the 48-year-old', 'the 48-year-old'],
  ])('%j → %j', (text, want) => {
    expect(endingAtLast(text)).toBe(want);
  });
});

describe('phraseEndingAt: a function word opening the sentence is no part of the subject', () => {
  it.each([
    ['Even Dana Reyes', 'Dana Reyes'],
    ['Now Harold Finch', 'Harold Finch'],
    ['Just 40 residents', '40 residents'],
    ['what residents', 'residents'],
    ['which advocates', 'advocates'],
    ['whose lawyers', 'lawyers'],
    ['the mayor said that voters', 'voters'],
    ['Should the ferry company', 'the ferry company'],
    ['Had their lawyers', 'their lawyers'],
    // a demonstrative before a singular, and an auxiliary that is also a given name, stay
    ['that official', 'that official'],
    ['Will Osei', 'Will Osei'],
  ])('%j → %j', (text, want) => {
    expect(endingAtLast(text)).toBe(want);
  });
});

describe('words in capitals around a crosshead name no one', () => {
  it.each([
    ['TURNS OUT DANA REYES WAS RIGHT', null],
    ['the NAACP', 'the NAACP'],
  ])('ending at the last: %j → %j', (text, want) => {
    expect(endingAtLast(text)).toBe(want);
  });
  it.each([
    ['FERRY SAILS ON', null],
    ['NAACP leaders', 'NAACP leaders'],
  ])('starting at the first: %j → %j', (text, want) => {
    expect(startingAtFirst(text)).toBe(want);
  });
});

describe('phraseEndingAt: time words after the subject are left out', () => {
  it.each([
    ['the White House Tuesday', 'the White House'],
    ['Harold Finch Monday', 'Harold Finch'],
  ])('%j → %j', (text, want) => {
    expect(endingAtLast(text)).toBe(want);
  });
});

describe('phraseEndingAt: a word that opens a clause is not part of the name', () => {
  it.each([
    ['When Harold Finch', 'Harold Finch'],
    ['While Reyes', 'Reyes'],
    ['Although the mayor', 'the mayor'],
  ])('%j → %j', (text, want) => {
    expect(endingAtLast(text)).toBe(want);
  });
});

describe('phraseEndingAt: no noun phrase', () => {
  it.each([['the plan would fail and'], ['quickly'], ['Tuesday'], ['A'], ['The']])(
    '%j → null',
    (text) => {
      expect(endingAtLast(text)).toBeNull();
    },
  );
});

describe('phraseStartingAt: the speaker after a verb', () => {
  it.each([
    ['Yang at a virtual event', 'Yang'],
    ['Tuesday Yang at a virtual event', 'Yang'],
    ['Mayor Elena Castell, who cast the deciding vote', 'Mayor Elena Castell'],
    [
      'one of the two senior administration officials',
      'one of the two senior administration officials',
    ],
    [
      'one of the two senior administration officials at a briefing',
      'one of the two senior administration officials',
    ],
    ['a spokeswoman for the water agency', 'a spokeswoman for the water agency'],
    ['a spokesman for Blue Tide Ferries', 'a spokesman for Blue Tide Ferries'],
    ['then-Secretary of State Mike Pompeo', 'then-Secretary of State Mike Pompeo'],
    ['Smith the next day', 'Smith'],
    ['another senior administration official.', 'another senior administration official'],
  ])('%j → %j', (text, want) => {
    expect(startingAtFirst(text)).toBe(want);
  });
});
