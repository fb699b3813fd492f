import { findAttributions } from './attribution/attribute-quotes.js';
import { buildTokenContext } from './attribution/token-context.js';
import { winkTokenizer, type WinkInstance } from './nlp/wink.js';
import { splitParagraphs } from './paragraphs/split-paragraphs.js';
import { detectQuotes } from './quotes/detect-quotes.js';
import { findReports } from './reported/find-reports.js';
import { assertText } from './span.js';
import { buildSpeakers } from './speakers/build-speakers.js';
import type { AnalysisResult, DetectedQuote, Paragraph, Quote } from './types.js';

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /**
   * A wink-nlp instance made by the caller with `winkNLP(model)`, to share one with the host
   * application (wink-eng-lite-web-model breaks on a second instance in one process).
   * @default a shared instance of wink-eng-lite-web-model, created on first use
   */
  readonly nlp?: WinkInstance;
}

/** The library's functions, bound to one wink-nlp instance. */
export interface Analyzer {
  /** See {@link splitParagraphs}. */
  splitParagraphs(text: string): Paragraph[];
  /** See {@link detectQuotes}. */
  detectQuotes(text: string): DetectedQuote[];
  /**
   * Attributes quotations to speakers.
   * @param text the article
   * @param quotes quotations from {@link detectQuotes} on the same text; detected when omitted
   */
  attributeQuotes(text: string, quotes?: readonly DetectedQuote[]): Quote[];
  /** Paragraphs, attributed quotations, reported statements and speakers of an article. */
  analyzeArticle(text: string, options?: AnalyzeOptions): AnalysisResult;
}

/** Options of {@link analyzeArticle}. */
export interface AnalyzeOptions {
  /**
   * Whether to find reported speech ("she said the two sides will talk"); with `false` the
   * result's `reported` is empty and only quotations are attributed.
   * @default true
   */
  readonly reported?: boolean;
}

/**
 * Creates the library's functions over a wink-nlp instance of the caller's.
 *
 * @param options see {@link AnalyzerOptions}
 * @returns the functions, bound to that instance
 * @example
 * import winkNLP from 'wink-nlp';
 * import model from 'wink-eng-lite-web-model';
 * const { analyzeArticle } = createAnalyzer({ nlp: winkNLP(model) });
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('createAnalyzer: options must be an object');
  const { nlp } = options;
  if (
    nlp !== undefined &&
    (typeof nlp !== 'object' || typeof nlp.readDoc !== 'function' || typeof nlp.its !== 'object')
  ) {
    throw new TypeError(
      'createAnalyzer: options.nlp must be a wink-nlp instance, as made by winkNLP(model)',
    );
  }
  const tokenize = winkTokenizer(nlp);
  // text → paragraphs → quotes and reports → mentions → attributions → speakers; `fn` names the
  // entry for its errors
  const run = (
    fn: string,
    text: string,
    given: readonly DetectedQuote[] | undefined,
    reported: boolean,
  ) => {
    assertText(text, fn);
    const paragraphs = splitParagraphs(text);
    const quotes = given ? checkQuotes(text, given) : detectQuotes(text, paragraphs);
    const tokens = quotes.length > 0 || reported ? tokenize(text) : [];
    const ctx = buildTokenContext(text, tokens, paragraphs, quotes);
    const reports = reported ? findReports(ctx) : [];
    const attributions = findAttributions(ctx, quotes);
    return { paragraphs, ...buildSpeakers(ctx, quotes, attributions, reports) };
  };
  return {
    splitParagraphs,
    detectQuotes: (text) => detectQuotes(text),
    attributeQuotes: (text, quotes) => run('attributeQuotes', text, quotes, false).quotes,
    analyzeArticle: (text, options = {}) =>
      run('analyzeArticle', text, undefined, readReported(options)),
  };
}

function readReported(options: AnalyzeOptions): boolean {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('analyzeArticle: options must be an object');
  const { reported = true } = options;
  if (typeof reported !== 'boolean')
    throw new TypeError('analyzeArticle: options.reported must be true or false');
  return reported;
}

function checkQuotes(text: string, quotes: readonly DetectedQuote[]): readonly DetectedQuote[] {
  if (!Array.isArray(quotes))
    throw new TypeError('attributeQuotes: quotes must be the array detectQuotes returned');
  for (const q of quotes) {
    if (text.slice(q.start, q.end) !== q.text) {
      throw new RangeError(
        'attributeQuotes: a quotation does not match the text; pass quotes detected in this same text',
      );
    }
  }
  return [...quotes].sort((a, b) => a.start - b.start || a.depth - b.depth);
}

let defaultAnalyzer: Analyzer | undefined;
const analyzer = (): Analyzer => (defaultAnalyzer ??= createAnalyzer());

/**
 * Attributes the quotations of an article to their speakers.
 *
 * @param text the article
 * @param quotes quotations from {@link detectQuotes} on the same text; detected when omitted
 * @returns every quotation with `speaker`, `mention`, `cue`, `confidence` and `reason`
 * @example
 * attributeQuotes('“We will win,” said Maria Lopez.')[0].speaker?.name; // → 'Maria Lopez'
 */
export function attributeQuotes(text: string, quotes?: readonly DetectedQuote[]): Quote[] {
  return analyzer().attributeQuotes(text, quotes);
}

/**
 * Reads a news article: its paragraphs, every quotation and reported statement in it, and who
 * said each one.
 *
 * @param text the article, paragraphs separated by blank lines
 * @param options see {@link AnalyzeOptions}
 * @returns paragraphs, attributed quotations, reported statements and speakers; every span is a
 *   slice of `text`
 * @example
 * const { quotes, reported } = analyzeArticle('“We will win,” said Maria Lopez.\n\nShe said the pier would reopen.');
 * quotes.map((q) => q.speaker?.name); // → ['Maria Lopez']
 * reported.map((r) => [r.text, r.speaker.name]); // → [['the pier would reopen', 'Maria Lopez']]
 */
export function analyzeArticle(text: string, options?: AnalyzeOptions): AnalysisResult {
  return analyzer().analyzeArticle(text, options);
}
