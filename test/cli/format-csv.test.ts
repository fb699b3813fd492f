// --format csv: parsed back with a real CSV parser, every field checked, formulas made inert.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsv, csvCell } from '../../src/cli/format-csv.js';
import { analyzeArticle } from '../../src/index.js';

const ARTICLE =
  '“We will reopen the pier, “soon”,” said Ms. Dana Whitfield, a spokeswoman for Blue Tide Ferries.\n\n' +
  '“=SUM(A1) is not a plan,” she added.\n\n' +
  'Whitfield said the ferries would run again in May.';

const csvOf = (id: string, text: string) => {
  const result = analyzeArticle(text);
  return { result, csv: formatCsv.begin + formatCsv.render(id, result) + formatCsv.end(1) };
};

describe('--format csv', () => {
  it('parses back, one row per attribution, every field as the result has it', () => {
    const { result, csv } = csvOf('+harbour,"1"', ARTICLE);
    const rows = parse(csv, { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    const expected = [
      ...result.quotes.filter((q) => q.speaker).map((q) => ({ ...q, type: 'quote' })),
      ...result.reported.map((r) => ({ ...r, type: 'reported' })),
    ].map((item) => {
      const s = result.speakers.find((x) => x.id === item.speaker!.id)!;
      const inert = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);
      return {
        article: inert('+harbour,"1"'),
        type: item.type,
        text: inert(item.text),
        speaker_id: s.id,
        speaker: s.name,
        kind: s.kind,
        gender: s.gender,
        title: s.title?.text ?? '',
        affiliation: s.affiliation?.text ?? '',
        anonymous: String(s.anonymous),
        cue: item.cue?.text ?? '',
        start: String(item.start),
        end: String(item.end),
        confidence: String(item.confidence),
        rule: item.rule,
      };
    });
    expect(rows).toStrictEqual(expected);
    expect(rows.map((r) => [r.type, r.speaker, r.gender, r.title, r.affiliation])).toStrictEqual([
      ['quote', 'Dana Whitfield', 'female', 'spokeswoman', 'Blue Tide Ferries'],
      ['quote', 'Dana Whitfield', 'female', 'spokeswoman', 'Blue Tide Ferries'],
      ['reported', 'Dana Whitfield', 'female', 'spokeswoman', 'Blue Tide Ferries'],
    ]);
  });

  it('makes every formula inert, in the article id and the quoted text alike', () => {
    const { csv } = csvOf('=cmd', ARTICLE);
    const rows = parse(csv, { record_delimiter: '\r\n' }) as string[][];
    const cells = rows.slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toStrictEqual([]);
    expect(cells).toContain("'=SUM(A1) is not a plan,");
    expect(cells).toContain("'=cmd");
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('the cell %j is written %s', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers, booleans and nothing as they are', () => {
    expect([csvCell(12), csvCell(0.95), csvCell(false), csvCell(null)]).toStrictEqual([
      '12',
      '0.95',
      'false',
      '',
    ]);
  });
});
