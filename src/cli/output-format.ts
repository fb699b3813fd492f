import type { AnalysisResult } from '../types.js';

/**
 * An article's id as its input wrote it: a string, or a JSON number kept as its source text, so
 * that no digit is lost (`12345678901234567890` is not `12345678901234567000`, `1e400` not `null`).
 */
export type ArticleId = string | { readonly number: string };

/**
 * An id as JSON text, exactly as the input wrote a number.
 *
 * @example
 * idJson({ number: '12345678901234567890' }); // → '12345678901234567890'
 */
export function idJson(id: ArticleId): string {
  return typeof id === 'string' ? JSON.stringify(id) : id.number;
}

/**
 * An id as text, for people: a string as it is, a number as the input wrote it.
 *
 * @example
 * idText({ number: '1e400' }); // → '1e400'
 */
export function idText(id: ArticleId): string {
  return typeof id === 'string' ? id : id.number;
}

/**
 * The result as JSON with the id first, the id written as the input wrote it.
 *
 * @param id the article's id
 * @param result what {@link analyzeArticle} found
 * @param indent `JSON.stringify`'s indent
 * @returns `{"id": …, "paragraphs": …}`
 */
export function resultJson(id: ArticleId, result: AnalysisResult, indent?: number): string {
  // A placeholder id of one character, replaced by the id's own JSON text.
  const json = JSON.stringify({ id: 0, ...result }, null, indent);
  const at = json.indexOf('0');
  return `${json.slice(0, at)}${idJson(id)}${json.slice(at + 1)}`;
}

/**
 * How results are written. The command writes `begin`, then each article's `render` with `between`
 * in between, then `end`: results stream out one at a time, so no format holds the whole output.
 *
 * `render` runs in the worker threads, so the costly part of writing runs in parallel too, and
 * must depend on nothing but its arguments for the output to be the same for every `--jobs`.
 */
export interface OutputFormat {
  /** Written first, even when no article could be read. */
  readonly begin: string;
  /** Written between two articles. */
  readonly between: string;
  /**
   * Written last.
   * @param count how many articles were written
   */
  end(count: number): string;
  /**
   * One article's output.
   * @param id the article's id: its file name, `stdin`, or its JSONL `id`
   * @param result what {@link analyzeArticle} found in it
   */
  render(id: ArticleId, result: AnalysisResult): string;
}
