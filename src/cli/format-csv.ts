import type { AnalysisResult, Speaker, SpeakerRef, Span } from '../types.js';
import { idText, type ArticleId, type OutputFormat } from './output-format.js';

/** The columns, one row per attributed quotation or reported statement. */
const COLUMNS = [
  'article',
  'type',
  'text',
  'speaker_id',
  'speaker',
  'kind',
  'gender',
  'title',
  'affiliation',
  'anonymous',
  'cue',
  'start',
  'end',
  'confidence',
  'rule',
] as const;

/** RFC 4180 ends every record with CR LF. */
const RECORD_END = '\r\n';

/**
 * A cell a spreadsheet would run as a formula: it begins with =, +, - or @ (or a tab or carriage
 * return, which some spreadsheets skip before reading one).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that must be quoted: it holds a comma, a double quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: a formula made inert by a leading apostrophe, then quoted as RFC 4180 says, doubling
 * the quotes inside.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: ReadonlyArray<string | number | boolean | null>): string =>
  cells.map(csvCell).join(',') + RECORD_END;

/** The row's speaker columns. */
function speakerCells(ref: SpeakerRef | null, speakers: readonly Speaker[]) {
  const s = ref ? speakers.find((x) => x.id === ref.id) : undefined;
  if (!s) return [null, null, null, null, null, null, null];
  const text = (span: Span | null) => span?.text ?? null;
  return [s.id, s.name, s.kind, s.gender, text(s.title), text(s.affiliation), s.anonymous];
}

/**
 * `--format csv`: a header, then one row per attributed quotation or reported statement (article
 * id, type, text, speaker, its kind, gender, title, affiliation and anonymity, cue, offsets,
 * confidence, rule), as RFC 4180 writes it; no cell can run as a spreadsheet formula.
 */
export const formatCsv: OutputFormat = {
  begin: csvRow(COLUMNS),
  between: '',
  end: () => '',
  render(id: ArticleId, result: AnalysisResult): string {
    const rows: string[] = [];
    const article = idText(id);
    for (const q of result.quotes) {
      if (!q.speaker) continue;
      rows.push(
        csvRow([
          article,
          'quote',
          q.text,
          ...speakerCells(q.speaker, result.speakers),
          q.cue?.text ?? null,
          q.start,
          q.end,
          q.confidence,
          q.rule,
        ]),
      );
    }
    for (const r of result.reported ?? []) {
      rows.push(
        csvRow([
          article,
          'reported',
          r.text,
          ...speakerCells(r.speaker, result.speakers),
          r.cue?.text ?? null,
          r.start,
          r.end,
          r.confidence,
          r.rule,
        ]),
      );
    }
    return rows.join('');
  },
};
