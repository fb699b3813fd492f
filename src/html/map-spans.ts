import type { Span } from '../types.js';
import type { HtmlRange } from './text-builder.js';

/**
 * A result with `html: { start, end }` added to every span in it, at any depth: quotations and
 * their parts and marks, mentions, cues, paragraphs, and any span a later version adds.
 */
export type WithHtmlRanges<T> = T extends Span
  ? { readonly [K in keyof T]: WithHtmlRanges<T[K]> } & {
      /** Where the span lies in the HTML source; see {@link HtmlRange}. */
      readonly html: HtmlRange;
    }
  : T extends readonly (infer U)[]
    ? readonly WithHtmlRanges<U>[]
    : T extends object
      ? { readonly [K in keyof T]: WithHtmlRanges<T[K]> }
      : T;

/** Whether a value is a span of `text`: `{ start, end, text }` with the text at those offsets. */
function isSpanOf(value: object, text: string): value is Span {
  const { start, end, text: slice } = value as Partial<Span>;
  return (
    typeof start === 'number' &&
    typeof end === 'number' &&
    typeof slice === 'string' &&
    text.slice(start, end) === slice
  );
}

/**
 * Copies a result, adding to every span found in it, however deep, where it lies in the HTML.
 * Spans are recognised by their shape, so fields added to the result later get HTML ranges too.
 *
 * @param value the result of analysing `text`, plain JSON-safe data
 * @param text the text the result's spans index
 * @param range maps a stretch of `text` to the HTML
 * @returns the copy
 * @example
 * withHtmlRanges(analyzeArticle(extracted.text), extracted.text, extracted.range);
 */
export function withHtmlRanges<T>(
  value: T,
  text: string,
  range: (start: number, end: number) => HtmlRange,
): WithHtmlRanges<T> {
  const copy = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(copy);
    if (typeof item !== 'object' || item === null) return item;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(item)) out[key] = copy(field);
    if (isSpanOf(item, text)) out['html'] = range((item as Span).start, (item as Span).end);
    return out;
  };
  return copy(value) as WithHtmlRanges<T>;
}
