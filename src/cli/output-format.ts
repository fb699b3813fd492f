import type { AnalysisResult } from '../types.js';

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
  render(id: string | number, result: AnalysisResult): string;
}
