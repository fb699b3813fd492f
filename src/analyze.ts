import { findAttributions } from './attribution/attribute-quotes.js';
import { buildTokenContext } from './attribution/token-context.js';
import { winkTokenizer, type WinkInstance } from './nlp/wink.js';
import { splitParagraphs } from './paragraphs/split-paragraphs.js';
import { detectQuotes } from './quotes/detect-quotes.js';
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
  /** Paragraphs, attributed quotations and speakers of an article. */
  analyzeArticle(text: string): AnalysisResult;
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
  // text → paragraphs → quotes → mentions → attributions → speakers; `fn` names the entry for its errors
  const run = (fn: string, text: string, given?: readonly DetectedQuote[]) => {
    assertText(text, fn);
    const paragraphs = splitParagraphs(text);
    const quotes = given ? checkQuotes(text, given) : detectQuotes(text, paragraphs);
    const tokens = quotes.length > 0 ? tokenize(text) : [];
    const ctx = buildTokenContext(text, tokens, paragraphs, quotes);
    const attributions = findAttributions(ctx, quotes);
    return { paragraphs, ...buildSpeakers(ctx, quotes, attributions) };
  };
  return {
    splitParagraphs,
    detectQuotes: (text) => detectQuotes(text),
    attributeQuotes: (text, quotes) => run('attributeQuotes', text, quotes).quotes,
    analyzeArticle: (text) => run('analyzeArticle', text),
  };
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
 * Reads a news article: its paragraphs, every quotation in it, and who said each one.
 *
 * @param text the article, paragraphs separated by blank lines
 * @returns paragraphs, attributed quotations and speakers; every span is a slice of `text`
 * @example
 * const { quotes, speakers } = analyzeArticle('“We will win,” said Maria Lopez.\n\n“Soon,” she added.');
 * quotes.map((q) => q.speaker?.name); // → ['Maria Lopez', 'Maria Lopez']
 */
export function analyzeArticle(text: string): AnalysisResult {
  return analyzer().analyzeArticle(text);
}
