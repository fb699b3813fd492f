// Subject finding, read directly: the subject of a sentence's main clause, and the subject of a
// reporting cue, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cueAt } from '../../src/grammar/cue-at.js';
import { sentenceSubject, subjectOf } from '../../src/grammar/subjects.js';
import { contextOf, textOf } from '../nlp/helpers.js';

/** The subject of the first sentence's main clause. */
function mainSubject(text: string): string | null {
  const ctx = contextOf(text);
  const [lo, hi] = ctx.sentences[0]!;
  return textOf(text, ctx.tokens, sentenceSubject(ctx, lo, hi));
}

/** The subject of the reporting cue at the first occurrence of `word`. */
function cueSubject(text: string, word: string): string | null {
  const ctx = contextOf(text);
  const at = ctx.tokens.findIndex((t) => t.value === word);
  const cue = cueAt(ctx.tokens, at);
  if (!cue) throw new Error(`"${word}" is no cue in "${text}"`);
  return textOf(text, ctx.tokens, subjectOf(ctx, cue));
}

describe('sentenceSubject', () => {
  it.each<[string, string | null]>([
    ['Mayor Elena Vasquez opened the pier on Friday.', 'Mayor Elena Vasquez'],
    // a leading adverbial is not the subject
    ['In March, the harbour board approved the plan.', 'the harbour board'],
    ['Speaking in Portland, Osei praised the crews.', 'Osei'],
    // a dateline is skipped
    ['SALEM, Ore. — The governor signed the bill.', 'The governor'],
  ])('%j → %j', (text, expected) => {
    expect(mainSubject(text)).toBe(expected);
  });
});

describe('subjectOf a cue', () => {
  it.each<[string, string, string | null]>([
    ['Dana Reyes said the wall would hold.', 'said', 'Dana Reyes'],
    // inverted after a quotation
    ['“It will hold,” said Dana Reyes.', 'said', 'Dana Reyes'],
    ['“It will hold,” she said.', 'said', 'she'],
    // a time phrase between subject and verb
    ['The council on Tuesday announced a vote.', 'announced', 'The council'],
  ])('%j at %j → %j', (text, word, expected) => {
    expect(cueSubject(text, word)).toBe(expected);
  });
});
