import type { TokenRange } from '../mentions/noun-phrase.js';
import type { ReportReason, ReportRule } from '../types.js';
import type { ReportSite } from './site.js';

/** What a rule reads at a cue: the reported clause, the cue and the words naming the speaker. */
export interface FoundReport {
  /** Tokens of the reported clause, a leading "that" included. */
  readonly clause: TokenRange;
  /** Tokens of the cue: "said", "called on", "according to", "claim". */
  readonly cue: TokenRange;
  /** Tokens naming the speaker at this cue. */
  readonly mention: TokenRange;
}

/** A reported statement in token terms, before its mention is resolved to a speaker. */
export interface RawReport extends FoundReport {
  /** The name of the rule that read it. */
  readonly rule: ReportRule;
  readonly reason: ReportReason;
  readonly confidence: number;
}

/**
 * One rule of reported speech: a named sieve that reads, at a cue, the clause it reports. Sieves
 * run in the order of `sieves/index.ts`; the first that reads a report at a cue decides it.
 */
export interface ReportSieve {
  /** Stamped on each report it reads as `rule`. */
  readonly name: ReportRule;
  /** What kind of attribution it reads; see {@link ReportReason}. */
  readonly reason: ReportReason;
  /**
   * The share of its reports whose speaker is right, measured on polnear-train by
   * `scripts/confidence.mjs` (test/attribution/confidence.test.ts keeps it within 0.05), unless
   * it is {@link ReportSieve.judged}.
   */
  readonly confidence: number;
  /**
   * `rare`: the rule reads fewer than 20 reports of polnear-train, too few for a precision, and
   * its confidence is set by hand.
   */
  readonly judged?: 'rare';
  /**
   * The words (lower-cased) at which the rule reads a report where no reporting cue stands
   * ("promised", "claim"); a rule without them reads reports only where the site has a cue.
   */
  readonly withoutCue?: ReadonlySet<string>;
  /**
   * The report whose cue starts at the site's token.
   * @param site the token, its sentence and its cue, read once for every rule
   * @returns the report, or null when this rule reads none there
   */
  apply(site: ReportSite): FoundReport | null;
}
