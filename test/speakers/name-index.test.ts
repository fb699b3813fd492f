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
