// summarizeSources: an article's sources by gender, kind and anonymity, with their shares.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, summarizeSources } from '../../src/index.js';

const ARTICLE =
  '“We will reopen the pier next spring,” said Ms. Dana Whitfield.\n\n' +
  '“Nobody asked us,” said Mr. Colm Brady.\n\n' +
  '“It is over,” said a senior official who asked not to be named.';

describe('summarizeSources', () => {
  const summary = summarizeSources(analyzeArticle(ARTICLE));

  it('counts sources and their speech by gender', () => {
    const { female, male, unknown } = summary.byGender;
    expect([female.sources, female.quotations, female.words]).toStrictEqual([1, 1, 7]);
    expect([male.sources, male.quotations, male.words]).toStrictEqual([1, 1, 3]);
    expect([unknown.sources, unknown.quotations, unknown.words]).toStrictEqual([1, 1, 3]);
    expect(female.wordShare).toBeCloseTo(7 / 13);
    expect(male.quotationShare).toBeCloseTo(1 / 3);
  });

  it('counts named and anonymous sources, and sources by kind', () => {
    expect([summary.named.sources, summary.anonymous.sources]).toStrictEqual([2, 1]);
    expect([summary.byKind.person.sources, summary.byKind.role.sources]).toStrictEqual([2, 1]);
    expect(summary.total).toStrictEqual({
      sources: 3,
      quotations: 3,
      reported: 0,
      words: 13,
      quotationShare: 1,
      wordShare: 1,
    });
  });

  it('gives shares of 0, not NaN, for an article with no speech', () => {
    const empty = summarizeSources(analyzeArticle('The council met on Tuesday.'));
    expect(empty.total).toStrictEqual({
      sources: 0,
      quotations: 0,
      reported: 0,
      words: 0,
      quotationShare: 0,
      wordShare: 0,
    });
  });

  it.each([[null], ['text'], [{}]])('throws a TypeError for %j', (value) => {
    expect(() => summarizeSources(value as never)).toThrow(TypeError);
  });
});
