// The name index on its own: who counts as a named person, and as a subject, before a pronoun.
import { describe, expect, it } from 'vitest';
import { indexNames } from '../../src/speakers/name-index.js';
import { contextOf } from './cast-helpers.js';

/** The people named before the end of the article, nearest first: [name, person, subject]. */
function namedBefore(article: string) {
  const index = indexNames(contextOf(article));
  return [...index.before(article.length)].map((n) => [n.info.name, n.person, n.subject] as const);
}

describe('people named before a point', () => {
  it.each([
    [
      'a surname alone is the person named in full',
      'Lorraine Castellanos spoke first. Later Castellanos, seated nearby, left.',
      [
        ['Lorraine Castellanos', true, true],
        ['Lorraine Castellanos', true, true],
      ],
    ],
    ['a surname never named in full is no one yet', 'Later Castellanos left.', []],
    [
      'two capitals with an age set off are a person',
      'Marguerite Lindqvar, 26, spoke.',
      [['Marguerite Lindqvar', true, true]],
    ],
    [
      'two capitals with an age in brackets are a person',
      'Marguerite Lindqvar (26) spoke.',
      [['Marguerite Lindqvar', true, true]],
    ],
    [
      'two capitals with a description set off are a person',
      'Marguerite Lindqvar, a councillor, spoke.',
      [['Marguerite Lindqvar', true, true]],
    ],
    [
      'two unknown capitals as an object are not known to be a person',
      'The ferry reached Halcyon Freight.',
      [['Halcyon Freight', false, false]],
    ],
  ])('%s: %j', (_case, article, expected) => {
    expect(namedBefore(article)).toStrictEqual(expected);
  });
});

describe('what a name is not', () => {
  it.each([
    ['a function word opening the sentence', 'But Sanders spoke first.', 'Sanders'],
    [
      'a conjunction opening the sentence',
      'When Declan Moyer spoke, the hall fell silent.',
      'Declan Moyer',
    ],
  ])('%s: %j', (_case, article, name) => {
    const index = indexNames(contextOf(article));
    expect([...index.before(article.length)].map((n) => n.info.name)).not.toContain(
      `${article.split(' ')[0]} ${name}`,
    );
  });
});

describe('gender from the text', () => {
  it.each([
    ['Quillon Gramercy said he would run.', 'male'],
    ['Quillon Gramercy said her campaign would run.', 'female'],
    ['Quillon Gramercy told Harold Finch he would run.', 'unknown'],
    ['Quillon Gramercy said “he is wrong.”', 'unknown'],
  ])('%j: %s', (article, gender) => {
    const index = indexNames(contextOf(article));
    expect([...index.before(article.length)].at(-1)!.info.gender).toBe(gender);
  });
});
