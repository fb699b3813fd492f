// The public types as a caller sees them: imported by the package's own name, so they come from
// the built declarations (dist/index.d.ts) through the exports map. Run by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {
  analyzeArticle,
  attributeQuotes,
  createAnalyzer,
  detectQuotes,
  splitParagraphs,
  type AnalysisResult,
  type AnalyzeOptions,
  type Analyzer,
  type AnalyzerOptions,
  type AttributionReason,
  type AttributionRule,
  type DetectedQuote,
  type DetectedQuotes,
  type DetectOptions,
  type Paragraph,
  type ParagraphKind,
  type Quote,
  type QuoteKind,
  type QuoteRepair,
  type Report,
  type ReportKind,
  type ReportReason,
  type ReportRule,
  type Span,
  type Speaker,
  type SpeakerKind,
  type SpeakerRef,
  type WinkInstance,
} from 'quote-attribution';
import {
  analyzeHtml,
  type HtmlAnalysisResult,
  type HtmlOptions,
  type HtmlRange,
} from 'quote-attribution/html';

describe('functions', () => {
  it('analyzeArticle takes a string and options, and returns paragraphs, quotes, reports and speakers', () => {
    expectTypeOf(analyzeArticle).parameters.toEqualTypeOf<
      [text: string, options?: AnalyzeOptions]
    >();
    expectTypeOf(analyzeArticle).returns.toEqualTypeOf<AnalysisResult>();
    expectTypeOf<AnalyzeOptions['reported']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<AnalysisResult['reported']>().toEqualTypeOf<readonly Report[]>();
    expectTypeOf<AnalyzeOptions['maxQuotes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AnalysisResult['truncated']>().toEqualTypeOf<true | undefined>();
  });

  it('the stages take a string; attributeQuotes optionally the detected quotes', () => {
    expectTypeOf(splitParagraphs).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(splitParagraphs).returns.toEqualTypeOf<Paragraph[]>();
    expectTypeOf(detectQuotes).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(detectQuotes).returns.toEqualTypeOf<DetectedQuotes>();
    expectTypeOf(detectQuotes).returns.toMatchTypeOf<DetectedQuote[]>();
    expectTypeOf(detectQuotes)
      .parameter(1)
      .toEqualTypeOf<DetectOptions | readonly Paragraph[] | undefined>();
    expectTypeOf<DetectOptions['maxQuotes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DetectedQuotes['truncated']>().toEqualTypeOf<true | undefined>();
    expectTypeOf(attributeQuotes).parameters.toEqualTypeOf<
      [text: string, quotes?: readonly DetectedQuote[]]
    >();
    expectTypeOf(attributeQuotes).returns.toEqualTypeOf<Quote[]>();
  });

  it('createAnalyzer takes optional options and returns the same functions', () => {
    expectTypeOf(createAnalyzer).parameters.toEqualTypeOf<[options?: AnalyzerOptions]>();
    expectTypeOf(createAnalyzer).returns.toEqualTypeOf<Analyzer>();
    expectTypeOf<Analyzer['analyzeArticle']>().returns.toEqualTypeOf<AnalysisResult>();
    expectTypeOf<AnalyzerOptions['nlp']>().toEqualTypeOf<WinkInstance | undefined>();
  });
});

describe('result types', () => {
  it('a span is readonly offsets and text', () => {
    expectTypeOf<Span>().toEqualTypeOf<{
      readonly start: number;
      readonly end: number;
      readonly text: string;
    }>();
  });

  it('the closed unions list exactly their members', () => {
    expectTypeOf<ParagraphKind>().toEqualTypeOf<
      'headline' | 'byline' | 'caption' | 'credit' | 'source' | 'furniture' | 'crosshead' | 'body'
    >();
    expectTypeOf<QuoteKind>().toEqualTypeOf<'full' | 'partial'>();
    expectTypeOf<QuoteRepair>().toEqualTypeOf<'unclosed' | 'stray-close'>();
    expectTypeOf<SpeakerKind>().toEqualTypeOf<
      'person' | 'role' | 'group' | 'organization' | 'place'
    >();
    expectTypeOf<AttributionReason>().toEqualTypeOf<
      | 'cue-after'
      | 'cue-before'
      | 'according-to'
      | 'colon'
      | 'dash'
      | 'clause-subject'
      | 'sentence-nearby'
      | 'continuation'
      | 'not-speech'
      | 'nested'
      | 'headline'
    >();
    expectTypeOf<AttributionRule>().toEqualTypeOf<
      | 'nested'
      | 'headline'
      | 'furniture'
      | 'no-words'
      | 'title'
      | 'transcript-label'
      | 'according-to'
      | 'according-to-after'
      | 'cue-after'
      | 'cue-after-weak'
      | 'owner-over-weak-cue'
      | 'report-in-report'
      | 'cue-before-introduced'
      | 'cue-before'
      | 'cue-before-weak'
      | 'cue-after-full'
      | 'cue-after-partial'
      | 'list'
      | 'owner-of-words'
      | 'colon'
      | 'dash'
      | 'partial-pronoun-subject'
      | 'partial-subject'
      | 'partial-unattributed'
      | 'same-paragraph'
      | 'nearby-cue'
      | 'previous-subject'
      | 'continuation-colon'
      | 'continuation'
      | 'continuation-clause'
      | 'no-cue'
    >();
  });

  it('a paragraph is a span with an index and a kind', () => {
    expectTypeOf<Paragraph>().toExtend<Span>();
    expectTypeOf<Paragraph['index']>().toEqualTypeOf<number>();
    expectTypeOf<Paragraph['kind']>().toEqualTypeOf<ParagraphKind>();
  });

  it('a detected quote carries its marks, paragraphs and parts', () => {
    expectTypeOf<DetectedQuote>().toExtend<Span>();
    expectTypeOf<DetectedQuote['open']>().toEqualTypeOf<Span>();
    expectTypeOf<DetectedQuote['close']>().toEqualTypeOf<Span | null>();
    expectTypeOf<DetectedQuote['paragraphs']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<DetectedQuote['parts']>().toEqualTypeOf<readonly Span[]>();
    expectTypeOf<DetectedQuote['repairs']>().toEqualTypeOf<readonly QuoteRepair[]>();
    expectTypeOf<DetectedQuote['strayMarks']>().toEqualTypeOf<readonly Span[]>();
  });

  it('a quote adds speaker, mention, cue, confidence, reason and rule, nullable where unattributed', () => {
    expectTypeOf<Quote>().toExtend<DetectedQuote>();
    expectTypeOf<Quote['speaker']>().toEqualTypeOf<SpeakerRef | null>();
    expectTypeOf<SpeakerRef>().toEqualTypeOf<{ readonly id: string; readonly name: string }>();
    expectTypeOf<Quote['mention']>().toEqualTypeOf<Span | null>();
    expectTypeOf<Quote['cue']>().toEqualTypeOf<Span | null>();
    expectTypeOf<Quote['confidence']>().toEqualTypeOf<number>();
    expectTypeOf<Quote['reason']>().toEqualTypeOf<AttributionReason>();
    expectTypeOf<Quote['rule']>().toEqualTypeOf<AttributionRule>();
  });

  it('a report is a span with its speaker, mention, cue, rule and the quotations inside it', () => {
    expectTypeOf<Report>().toExtend<Span>();
    expectTypeOf<Report['kind']>().toEqualTypeOf<ReportKind>();
    expectTypeOf<ReportKind>().toEqualTypeOf<'indirect' | 'mixed'>();
    expectTypeOf<ReportReason>().toEqualTypeOf<
      'cue-before' | 'cue-after' | 'according-to' | 'speech-noun'
    >();
    expectTypeOf<Report['speaker']>().toEqualTypeOf<SpeakerRef>();
    expectTypeOf<Report['mention']>().toEqualTypeOf<Span>();
    expectTypeOf<Report['cue']>().toEqualTypeOf<Span>();
    expectTypeOf<Report['rule']>().toEqualTypeOf<ReportRule>();
    expectTypeOf<ReportRule>().toEqualTypeOf<
      | 'according-to'
      | 'cue-after-clause'
      | 'that-clause'
      | 'bare-clause'
      | 'object-infinitive'
      | 'commitment'
      | 'call-for'
      | 'speech-noun'
      | 'question'
      | 'naming'
      | 'spoken-object'
    >();
    expectTypeOf<Report['quotes']>().toEqualTypeOf<readonly number[]>();
  });

  it('a speaker lists its aliases, mentions and quote indices', () => {
    expectTypeOf<Speaker['kind']>().toEqualTypeOf<SpeakerKind>();
    expectTypeOf<Speaker['aliases']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Speaker['mentions']>().toEqualTypeOf<readonly Span[]>();
    expectTypeOf<Speaker['quotes']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<Speaker['reported']>().toEqualTypeOf<readonly number[]>();
  });

  it('results are read-only', () => {
    const result = analyzeArticle('');
    // @ts-expect-error the result's arrays cannot be mutated
    result.quotes.push(result.quotes[0]!);
    // @ts-expect-error fields are readonly
    result.quotes[0]!.start = 1;
  });
});

describe('createAnalyzer with a wink-nlp instance', () => {
  it('accepts what winkNLP(model) returns, with wink-nlp’s own types', () => {
    const nlp = winkNLP(model);
    expectTypeOf(nlp).toExtend<WinkInstance>();
    expectTypeOf(createAnalyzer({ nlp }).analyzeArticle).returns.toEqualTypeOf<AnalysisResult>();
  });
});

describe('quote-attribution/html', () => {
  it('gives analyzeArticle’s fields, the text, and an html range on every span', () => {
    const result = analyzeHtml('<p>&ldquo;Yes,&rdquo; she said.</p>');
    expectTypeOf(result).toExtend<HtmlAnalysisResult>();
    expectTypeOf(result.text).toEqualTypeOf<string>();
    expectTypeOf(result.quotes[0]!.html).toEqualTypeOf<HtmlRange>();
    expectTypeOf(result.quotes[0]!.parts[0]!.html).toEqualTypeOf<HtmlRange>();
    expectTypeOf(result.quotes[0]!.mention).toExtend<{ readonly html: HtmlRange } | null>();
    expectTypeOf(result.speakers[0]!.mentions[0]!.html).toEqualTypeOf<HtmlRange>();
    expectTypeOf(result.paragraphs[0]!.kind).toEqualTypeOf<ParagraphKind>();
    expectTypeOf(result.quotes[0]!.speaker).toEqualTypeOf<SpeakerRef | null>();
    expectTypeOf(analyzeHtml).parameter(1).toEqualTypeOf<HtmlOptions | undefined>();
  });
});
