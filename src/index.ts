export { analyzeArticle, attributeQuotes, createAnalyzer } from './analyze.js';
export { splitParagraphs } from './paragraphs/split-paragraphs.js';
export { detectQuotes } from './quotes/detect-quotes.js';
export { givenNameGender } from './lexicon/given-names.js';
export { summarizeSources } from './summary/summarize-sources.js';

export type { AnalyzeOptions, Analyzer, AnalyzerOptions } from './analyze.js';
export type { DetectedQuotes, DetectOptions } from './quotes/detect-quotes.js';
export type { GenderOf } from './speakers/profile/gender-evidence.js';
export type { SourceSummary, SourceTally } from './summary/summarize-sources.js';
export type { WinkInstance } from './nlp/wink.js';
export type { GivenNameGender } from './lexicon/pack-names.js';
export type {
  AnalysisResult,
  AttributionReason,
  AttributionRule,
  DetectedQuote,
  GenderEvidence,
  GenderEvidenceKind,
  Paragraph,
  ParagraphKind,
  Quote,
  QuoteKind,
  QuoteRepair,
  Report,
  ReportKind,
  ReportReason,
  ReportRule,
  Span,
  Speaker,
  SpeakerCounts,
  SpeakerGender,
  SpeakerKind,
  SpeakerRef,
} from './types.js';
