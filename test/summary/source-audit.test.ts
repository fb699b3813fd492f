// auditSources and mergeSourceAudits: many articles' sources summed, in any order or grouping.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import {
  auditSources,
  mergeSourceAudits,
  SourceAuditTotals,
  type SourceAudit,
} from '../../src/node/index.js';

const ARTICLES = [
  '“The pier reopens in spring,” said Ms. Dana Whitfield.\n\n' +
    '“Nobody asked us,” said Mr. Colm Brady.\n\n' +
    '“It is over,” said a senior official who asked not to be named.',
  '“We need two more boats,” said Dana Whitfield, the harbour master.\n\n' +
    '“The fares will rise,” she said.',
  '“The council has not decided,” said Colm Brady.\n\n' +
    '“Talks go on,” said a person familiar with the matter.',
];
const audits = ARTICLES.map((text) => auditSources(analyzeArticle(text)));

describe('auditSources', () => {
  it('is one article: its summary, and its named sources, most quoted first', () => {
    const [first] = audits as [SourceAudit];
    expect(first.articles).toBe(1);
    expect(first.sources.total.sources).toBe(3);
    expect(first.speakers).toStrictEqual([
      {
        name: 'Dana Whitfield',
        kind: 'person',
        gender: 'female',
        genders: { female: 1, male: 0, unknown: 0 },
        articles: 1,
        quotations: 1,
        reported: 0,
        words: 5,
      },
      {
        name: 'Colm Brady',
        kind: 'person',
        gender: 'male',
        genders: { female: 0, male: 1, unknown: 0 },
        articles: 1,
        quotations: 1,
        reported: 0,
        words: 3,
      },
    ]);
  });
});

describe('mergeSourceAudits', () => {
  const merged = mergeSourceAudits(audits);

  it('adds up the counts and takes the shares again of the sums', () => {
    expect(merged.articles).toBe(3);
    const { total, byGender, anonymous } = merged.sources;
    expect([total.sources, total.quotations, total.words]).toStrictEqual([6, 7, 28]);
    expect([byGender.female.sources, byGender.female.quotations]).toStrictEqual([2, 3]);
    expect(byGender.female.wordShare).toBeCloseTo((5 + 9) / 28);
    // Colm is not in the given-name table: only the Mr. of the first article tells his gender
    expect(byGender.male.quotationShare).toBeCloseTo(1 / 7);
    expect([anonymous.sources, anonymous.words]).toStrictEqual([2, 3 + 3]);
  });

  it('counts a source once over the articles that quote them, under the name first seen', () => {
    expect(merged.speakers.map((s) => [s.name, s.articles, s.quotations, s.words])).toStrictEqual([
      ['Dana Whitfield', 2, 3, 14],
      ['Colm Brady', 2, 2, 8],
    ]);
  });

  it('is the same in any order and grouping', () => {
    const [a, b, c] = audits as [SourceAudit, SourceAudit, SourceAudit];
    expect(mergeSourceAudits([c, a, b])).toStrictEqual(merged);
    expect(mergeSourceAudits([a, mergeSourceAudits([b, c])])).toStrictEqual(merged);
    const totals = new SourceAuditTotals();
    for (const audit of [b, c, a]) totals.add(audit);
    expect(totals.audit()).toStrictEqual(merged);
  });

  it('gives no gender to a source two articles give different ones', () => {
    const she = auditSources(analyzeArticle('“We will win,” said Colm Rowe. “Easily,” she added.'));
    const he = auditSources(analyzeArticle('“We lost,” said Colm Rowe. “Badly,” he added.'));
    const unsure = auditSources(analyzeArticle('“Maybe,” said Colm Rowe.'));
    const [sam] = mergeSourceAudits([she, unsure, he, she]).speakers;
    expect([sam!.gender, sam!.genders]).toStrictEqual([
      'unknown',
      { female: 2, male: 1, unknown: 1 },
    ]);
    expect(mergeSourceAudits([she, unsure]).speakers[0]!.gender).toBe('female');
  });

  it('of nothing is an audit of no articles, with shares of 0', () => {
    const none = mergeSourceAudits([]);
    expect([none.articles, none.speakers, none.sources.byGender.female.wordShare]).toStrictEqual([
      0,
      [],
      0,
    ]);
  });

  it('throws a TypeError for what is no result', () => {
    expect(() => auditSources(null as never)).toThrow(TypeError);
  });
});
