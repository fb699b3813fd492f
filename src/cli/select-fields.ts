/** The fields of a result `--fields` may keep; `text` is an HTML input's extracted text. */
export const resultFields = ['paragraphs', 'quotes', 'reported', 'speakers', 'text'] as const;

/** A field of `--fields`. */
export type ResultField = (typeof resultFields)[number];

/** What `--compact` keeps when `--fields` does not say: the attributions, not the paragraphs. */
export const compactFields: readonly ResultField[] = ['quotes', 'reported', 'speakers'];

/** How to shape each result for json and jsonl: the fields to keep, and whether to drop copies. */
export interface ResultShape {
  /** The result's fields to keep, or `undefined` for all. */
  readonly fields: readonly ResultField[] | undefined;
  /** Drop what repeats something kept elsewhere in the result; see {@link selectFields}. */
  readonly compact: boolean;
}

interface Spanlike {
  readonly start: number;
  readonly end: number;
}

function sameSpan(a: unknown, b: Spanlike): boolean {
  const span = a as Partial<Spanlike> | null;
  return span?.start === b.start && span?.end === b.end;
}

/** The marks of a quotation: their text is one or two quotation-mark characters of the input. */
const MARKS = new Set(['open', 'close']);

/** Whether a field repeats what the object, or the input, says already: see {@link selectFields}. */
function isCopy(key: string, field: unknown, record: Record<string, unknown>): boolean {
  if (!Array.isArray(field)) return key === 'rule' && field === record['reason'];
  if (field.length === 0) return true;
  if (field.length !== 1) return false;
  // one part is the quotation's own span; one paragraph is its `paragraph`
  if (key === 'parts') return sameSpan(field[0], record as unknown as Spanlike);
  return key === 'paragraphs' && field[0] === record['paragraph'];
}

/** One object of a result without its copies: see {@link selectFields}. */
function withoutCopies(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCopies);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) {
    if (isCopy(key, field, record)) continue;
    if (MARKS.has(key) && typeof field === 'object' && field !== null) {
      const { start, end } = field as Spanlike;
      out[key] = { start, end };
    } else {
      out[key] = withoutCopies(field);
    }
  }
  return out;
}

/**
 * Shapes one result for `--fields` and `--compact`: keeps the fields asked for, and with
 * `compact` drops what repeats something kept elsewhere: a quotation's one `parts` entry (its own
 * span), its one-element `paragraphs` (its `paragraph`), the text of its marks (`open`, `close`:
 * offsets only), `rule` where it is the `reason`, every empty array inside the result, and a speaker's `mentions`
 * (each is on its quotation as `mention`).
 *
 * @param result what `analyzeArticle` or `analyzeHtml` returned
 * @param shape the fields and whether to compact
 * @returns the shaped copy, JSON-safe as the result is
 * @example
 * selectFields(result, { fields: ['quotes', 'speakers'], compact: true });
 */
export function selectFields(result: object, shape: ResultShape): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (shape.fields && !shape.fields.includes(key as ResultField)) continue;
    kept[key] = value;
  }
  if (!shape.compact) return kept;
  const speakers = kept['speakers'];
  if (Array.isArray(speakers)) {
    kept['speakers'] = speakers.map((speaker: Record<string, unknown>) => {
      const { mentions: _mentions, ...rest } = speaker;
      return rest;
    });
  }
  // field by field, so that a field asked for stays even when it is empty
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kept)) out[key] = withoutCopies(value);
  return out;
}
