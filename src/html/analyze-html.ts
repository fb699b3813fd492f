import { analyzeArticle, createAnalyzer, type Analyzer, type AnalyzerOptions } from '../index.js';
import type { AnalysisResult, Paragraph } from '../types.js';
import { extractText, type ExtractedText } from './extract-text.js';
import { withHtmlRanges, type WithHtmlRanges } from './map-spans.js';

/** Options of {@link analyzeHtml}. */
export interface HtmlOptions {
  /**
   * A wink-nlp instance of the caller's, as for `createAnalyzer({ nlp })`.
   * @default the library's shared instance, the one `analyzeArticle` uses
   */
  readonly nlp?: AnalyzerOptions['nlp'];
}

/**
 * What {@link analyzeHtml} finds: `analyzeArticle`'s result on the page's text, every span in it
 * with `html: { start, end }`, and the text itself.
 */
export type HtmlAnalysisResult = WithHtmlRanges<AnalysisResult> & {
  /** The text read from the HTML, which every span's `start`, `end` and `text` index. */
  readonly text: string;
};

// One analyzer per injected wink instance, kept only as long as the instance is.
const analyzers = new WeakMap<object, Analyzer>();

function analyzerFor(options: HtmlOptions): (text: string) => AnalysisResult {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('analyzeHtml: options must be an object');
  const { nlp } = options;
  if (nlp === undefined) return analyzeArticle;
  let analyzer = analyzers.get(nlp);
  if (!analyzer) {
    analyzer = createAnalyzer({ nlp });
    analyzers.set(nlp, analyzer);
  }
  return analyzer.analyzeArticle;
}

/**
 * The markup's word on a paragraph's kind: an `<h1>` is the headline, a `<figcaption>` a caption;
 * and when the markup names a headline, no other paragraph is one.
 */
function markedKinds(paragraphs: readonly Paragraph[], extracted: ExtractedText): Paragraph[] {
  const markedHeadline = extracted.marked.some((block) => block.kind === 'headline');
  return paragraphs.map((paragraph) => {
    const { start, end } = extracted.range(paragraph.start, paragraph.end);
    const block = extracted.marked.find((b) => b.html.start <= start && end <= b.html.end);
    let kind = block?.kind ?? paragraph.kind;
    if (!block && kind === 'headline' && markedHeadline) kind = 'body';
    return kind === paragraph.kind ? paragraph : { ...paragraph, kind };
  });
}

/**
 * Reads a news article given as HTML, a whole page or a CMS fragment: its text (paragraphs from
 * the block elements, entities decoded; scripts, navigation, asides, footers, forms and hidden
 * elements left out), then its quotations and speakers as `analyzeArticle` finds them.
 *
 * Every span of the result indexes `text`, and carries `html: { start, end }`, where it lies in
 * the HTML: `html.slice(start, end)`, with its tags and skipped elements taken out and its entities
 * decoded, is the span's text up to white space (HTML's white space runs read as one space, and a
 * block's end or a `<br>` as a line break). So a CMS can wrap a quotation in a `<mark>` in its
 * own markup. The first `<h1>` (or else the first heading in a `<header>`) is the headline, and a
 * `<figcaption>` a caption.
 *
 * @param html the article's HTML
 * @param options see {@link HtmlOptions}
 * @returns `analyzeArticle`'s result with `text` and an `html` range on every span
 * @throws {TypeError} when `html` is not a string
 * @example
 * const { quotes, text } = analyzeHtml('<p>&ldquo;Soon,&rdquo; said <a href="/m">Maria Lopez</a>.</p>');
 * quotes[0].speaker?.name; // → 'Maria Lopez'
 * quotes[0].html; // → { start: 10, end: 15 }: the words "Soon," in the HTML
 */
export function analyzeHtml(html: string, options: HtmlOptions = {}): HtmlAnalysisResult {
  if (typeof html !== 'string') {
    throw new TypeError(
      `analyzeHtml: expected the article's HTML as a string, got ${html === null ? 'null' : typeof html}`,
    );
  }
  const analyze = analyzerFor(options);
  const extracted = extractText(html);
  const result = analyze(extracted.text);
  const paragraphs = markedKinds(result.paragraphs, extracted);
  return {
    text: extracted.text,
    ...withHtmlRanges({ ...result, paragraphs }, extracted.text, extracted.range),
  };
}
