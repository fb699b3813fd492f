import { findAttributions } from './attribution/attribute-quotes.js';
import { buildTokenContext } from './document/token-context.js';
import { winkTokenizer, type WinkInstance } from './nlp/wink.js';
import {
  MAX_PARAGRAPHS,
  splitParagraphs,
  splitParagraphsUpTo,
} from './paragraphs/split-paragraphs.js';
import {
  detectQuotes,
  detectQuotesUpTo,
  maxQuotesOption,
  type DetectedQuotes,
  type DetectOptions,
} from './quotes/detect-quotes.js';
import { findReports } from './reported/find-reports.js';
import { assertText } from './span.js';
import { buildSpeakers } from './speakers/build-speakers.js';
import type { GenderOf } from './speakers/profile/gender-evidence.js';
import { profileSpeakers } from './speakers/profile/profile-speakers.js';
import { givenNameGender } from './lexicon/given-names.js';
import type { AnalysisResult, DetectedQuote, Paragraph, Quote, Span } from './types.js';

/**
 * How far past the last quotation kept a truncated analysis still reads, at most, for the cue
 * after it (`“…,” said the mayor of the town, who …`): past any cue's reach.
 */
const READ_PAST_LAST_QUOTE = 2_000;

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  /**
   * The default `genderOf` of the analyzer's {@link Analyzer.analyzeArticle}; see
   * {@link AnalyzeOptions.genderOf}.
   * @default givenNameGender
   */
  readonly genderOf?: GenderOf | null;
  /**
   * A wink-nlp instance made by the caller with `winkNLP(model)`, to share one with the host
   * application (in wink-eng-lite-web-model 1.8.1 a second instance in a process gets custom
   * entities that miss part-of-speech patterns).
   * @default a shared instance of wink-eng-lite-web-model, created on first use
   */
  readonly nlp?: WinkInstance;
}

/** The library's functions, bound to one wink-nlp instance. */
export interface Analyzer {
  /** See {@link splitParagraphs}. */
  splitParagraphs(text: string): Paragraph[];
  /** See {@link detectQuotes}. */
  detectQuotes(text: string, options?: DetectOptions | readonly Paragraph[]): DetectedQuotes;
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
  /**
   * The most quotations to find. Past it the analysis stops reading: the result holds the first
   * `maxQuotes` quotations, the paragraphs up to the end of the one the last of them ends in, and
   * `truncated: true`, so that memory stays in proportion to what is returned. A positive whole
   * number, or `Infinity` for no limit.
   * @default 20000
   */
  readonly maxQuotes?: number;
  /**
   * The gender a given name tells, for a person the text gives no gender (no pronoun, honorific
   * or gendered role word): a function from a given name ("Leona") to `'female'`, `'male'` or
   * undefined; `null` to read gender from the text alone. The full table is
   * `givenNameGenderFull` from `quote-attribution/given-names`.
   * @default givenNameGender: US national name statistics, the common names (or the analyzer's)
   */
  readonly genderOf?: GenderOf | null;
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
  const defaultGenderOf = genderOfOption(options, 'createAnalyzer', givenNameGender);
  const tokenize = winkTokenizer(nlp);
  // text → paragraphs → quotes and reports → mentions → attributions → speakers; `fn` names the
  // entry for its errors
  const run = (
    fn: string,
    text: string,
    given: readonly DetectedQuote[] | undefined,
    {
      reported,
      maxQuotes,
      genderOf,
    }: { reported: boolean; maxQuotes: number; genderOf: GenderOf | null },
  ) => {
    assertText(text, fn);
    const split = splitParagraphsUpTo(text, MAX_PARAGRAPHS);
    const all = split.paragraphs;
    const found = given
      ? { quotes: checkQuotes(text, given), truncated: false }
      : detectQuotesUpTo(text, all, maxQuotes);
    const { quotes } = found;
    const truncated = found.truncated || split.truncated;
    // A truncated analysis reads no further than what its last quotation, or paragraph, needs.
    const readTo = found.truncated
      ? readingEnd(text, all, quotes)
      : split.truncated
        ? all.at(-1)!.end
        : text.length;
    const paragraphs = truncated ? all.filter((p) => p.start < readTo) : all;
    const read = readTo < text.length ? text.slice(0, readTo) : text;
    const tokens = quotes.length > 0 || reported ? tokenize(read) : [];
    const ctx = buildTokenContext(text, tokens, paragraphs, quotes);
    const reports = reported ? findReports(ctx) : [];
    const attributions = findAttributions(ctx, quotes);
    const built = buildSpeakers(ctx, quotes, attributions, reports);
    const speakers = profileSpeakers(ctx, built.quotes, built.speakers, { genderOf });
    const result = { paragraphs, quotes: built.quotes, reported: built.reported, speakers };
    return truncated ? { ...result, truncated: true as const } : result;
  };
  return {
    splitParagraphs,
    detectQuotes,
    attributeQuotes: (text, quotes) =>
      run('attributeQuotes', text, quotes, {
        reported: false,
        maxQuotes: Infinity,
        genderOf: defaultGenderOf,
      }).quotes,
    analyzeArticle: (text, options = {}) =>
      run('analyzeArticle', text, undefined, {
        reported: readReported(options),
        maxQuotes: maxQuotesOption(options.maxQuotes, 'analyzeArticle'),
        genderOf: genderOfOption(options, 'analyzeArticle', defaultGenderOf),
      }),
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

/** The `genderOf` option, `fallback` when left out; a TypeError that says what is wrong. */
function genderOfOption(
  options: { readonly genderOf?: GenderOf | null },
  fn: string,
  fallback: GenderOf | null,
): GenderOf | null {
  const { genderOf = fallback } = options;
  if (genderOf !== null && typeof genderOf !== 'function') {
    throw new TypeError(
      `${fn}: options.genderOf must be a function from a given name to 'female', 'male' or undefined, or null`,
    );
  }
  return genderOf;
}

/**
 * Where a truncated analysis stops reading: the end of the paragraph the last quotation ends in,
 * or {@link READ_PAST_LAST_QUOTE} characters past it, whichever comes first, moved on to the next
 * white space so that no word is cut.
 */
function readingEnd(
  text: string,
  paragraphs: readonly Paragraph[],
  quotes: readonly DetectedQuote[],
) {
  const last = quotes.at(-1);
  if (!last) return 0;
  const end = last.close?.end ?? last.end;
  const paragraph = paragraphs[last.paragraphs.at(-1) ?? last.paragraph];
  let at = Math.min(paragraph?.end ?? text.length, end + READ_PAST_LAST_QUOTE, text.length);
  while (at < text.length && !/\s/.test(text[at]!)) at++;
  return at;
}

function checkQuotes(text: string, quotes: readonly DetectedQuote[]): readonly DetectedQuote[] {
  if (!Array.isArray(quotes))
    throw new TypeError('attributeQuotes: quotes must be the array detectQuotes returned');
  quotes.forEach((q, i) => {
    const problem = quoteProblem(text, q);
    if (problem) {
      throw new RangeError(
        `attributeQuotes: quotes[${i}] ${problem}; pass quotes detected in this same text`,
      );
    }
  });
  return [...quotes].sort((a, b) => a.start - b.start || a.depth - b.depth);
}

/** What is wrong with a span of `text`, named `name`, or `undefined` when it is a true slice. */
function spanProblem(text: string, s: unknown, name: string): string | undefined {
  if (typeof s !== 'object' || s === null) return `has no ${name} span`;
  const { start, end, text: slice } = s as Partial<Span>;
  if (!Number.isInteger(start) || !Number.isInteger(end))
    return `has a ${name} that is not whole numbers (start ${String(start)}, end ${String(end)})`;
  if (start! < 0 || start! > end! || end! > text.length)
    return `has a ${name} out of range (start ${start}, end ${end}, text length ${text.length})`;
  if (text.slice(start, end) !== slice) return `has a ${name} whose text is not the text there`;
  return undefined;
}

/**
 * What is wrong with a quotation given to `attributeQuotes`, or `undefined`: every span a slice
 * of the text in range, the marks outside the words, the parts inside them, whole numbers where
 * numbers index.
 */
function quoteProblem(text: string, q: DetectedQuote): string | undefined {
  if (typeof q !== 'object' || q === null) return 'is not a quotation object';
  const problem =
    spanProblem(text, q, 'quotation') ??
    spanProblem(text, q.open, 'opening mark') ??
    (q.close === null ? undefined : spanProblem(text, q.close, 'closing mark'));
  if (problem) return problem;
  if (q.open.end > q.start || (q.close && q.close.start < q.end))
    return 'has its marks inside its words';
  if (!Array.isArray(q.parts) || q.parts.length === 0) return 'has no parts';
  for (const part of q.parts) {
    const bad = spanProblem(text, part, 'part');
    if (bad) return bad;
    if (part.start < q.start || part.end > q.end) return 'has a part outside its words';
  }
  if (!Number.isInteger(q.depth) || q.depth < 0) return 'has a depth that is not a whole number';
  const indexes = [q.paragraph, ...(Array.isArray(q.paragraphs) ? q.paragraphs : [NaN])];
  if (!indexes.every((n) => Number.isInteger(n) && n >= 0))
    return 'has paragraph numbers that are not whole numbers';
  return undefined;
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
 * @returns paragraphs, attributed quotations, reported statements and speakers, each speaker with
 *   its gender, title, affiliation and counts; every span is a slice of `text`
 * @throws {TypeError} when `text` is not a string or `options` not an object
 * @throws {RangeError} when `maxQuotes` is not a whole number of 1 or more
 * @example
 * const { quotes, reported } = analyzeArticle('“We will win,” said Maria Lopez.\n\nShe said the pier would reopen.');
 * quotes.map((q) => q.speaker?.name); // → ['Maria Lopez']
 * reported.map((r) => [r.text, r.speaker.name]); // → [['the pier would reopen', 'Maria Lopez']]
 */
export function analyzeArticle(text: string, options?: AnalyzeOptions): AnalysisResult {
  return analyzer().analyzeArticle(text, options);
}
