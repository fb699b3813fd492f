import type { AnalysisResult, Speaker, SpeakerGender, SpeakerKind } from '../types.js';

/** How many sources of one sort an article quotes, and how much of its speech is theirs. */
export interface SourceTally {
  /** Speakers of this sort. */
  readonly sources: number;
  /** Their quotations. */
  readonly quotations: number;
  /** Their reported statements. */
  readonly reported: number;
  /** The words inside their quotations. */
  readonly words: number;
  /** Their share of all the article's attributed quotations, from 0 to 1 (0 when it has none). */
  readonly quotationShare: number;
  /** Their share of all the quoted words, from 0 to 1 (0 when there are none). */
  readonly wordShare: number;
}

/** An article's sources by gender, by kind, and named or anonymous. */
export interface SourceSummary {
  /** Every speaker. */
  readonly total: SourceTally;
  /** By gender; groups, organisations and places are `unknown`. */
  readonly byGender: Readonly<Record<SpeakerGender, SourceTally>>;
  /** By kind of speaker. */
  readonly byKind: Readonly<Record<SpeakerKind, SourceTally>>;
  /** Sources the article names. */
  readonly named: SourceTally;
  /** Sources it does not name. */
  readonly anonymous: SourceTally;
}

const GENDERS: readonly SpeakerGender[] = ['female', 'male', 'unknown'];
const KINDS: readonly SpeakerKind[] = ['person', 'role', 'group', 'organization', 'place'];

/** The counts of some speakers, with their shares of `all`. */
function tally(
  speakers: readonly Speaker[],
  all: { quotations: number; words: number },
): SourceTally {
  let quotations = 0;
  let reported = 0;
  let words = 0;
  for (const s of speakers) {
    quotations += s.counts.quotations;
    reported += s.counts.reported;
    words += s.counts.words;
  }
  return {
    sources: speakers.length,
    quotations,
    reported,
    words,
    quotationShare: all.quotations > 0 ? quotations / all.quotations : 0,
    wordShare: all.words > 0 ? words / all.words : 0,
  };
}

/**
 * Sums up who an article quotes, as a source audit counts them (the Gender Gap Tracker, BBC
 * 50:50): its sources by gender, by kind, named or anonymous, each with its quotations, reported
 * statements and quoted words and its share of the quotations and of the words.
 *
 * @param result what {@link analyzeArticle} returned
 * @returns the summary
 * @example
 * const summary = summarizeSources(analyzeArticle(text));
 * summary.byGender.female.wordShare; // → 0.42
 */
export function summarizeSources(result: Pick<AnalysisResult, 'speakers'>): SourceSummary {
  if (typeof result !== 'object' || result === null || !Array.isArray(result.speakers))
    throw new TypeError('summarizeSources: expected the result of analyzeArticle');
  const { speakers } = result;
  const all = tally(speakers, { quotations: 0, words: 0 });
  const of = (keep: (s: Speaker) => boolean) => tally(speakers.filter(keep), all);
  return {
    total: of(() => true),
    byGender: Object.fromEntries(GENDERS.map((g) => [g, of((s) => s.gender === g)])) as Record<
      SpeakerGender,
      SourceTally
    >,
    byKind: Object.fromEntries(KINDS.map((k) => [k, of((s) => s.kind === k)])) as Record<
      SpeakerKind,
      SourceTally
    >,
    named: of((s) => !s.anonymous),
    anonymous: of((s) => s.anonymous),
  };
}
