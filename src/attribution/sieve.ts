import type { TokenRange } from '../mentions/noun-phrase.js';
import type { AttributionReason, AttributionRule } from '../types.js';
import type { Site } from './site.js';

/** One quotation's attribution in token terms, before mentions are resolved to speakers. */
export interface RawAttribution {
  /** The words naming the speaker at this attribution, or null. */
  readonly mention: TokenRange | null;
  /** The reporting cue, or null. */
  readonly cue: TokenRange | null;
  readonly reason: AttributionReason;
  /** The name of the sieve that decided. */
  readonly rule: AttributionRule;
  readonly confidence: number;
  /** For a continuation: the earlier quotation whose speaker this one has. */
  readonly sameAs: number | null;
}

/** What a sieve found: the words naming the speaker and the cue, either of them null. */
export interface Finding {
  readonly mention: TokenRange | null;
  readonly cue: TokenRange | null;
  /** The earlier quotation whose speaker this one has, when the sieve follows one. */
  readonly sameAs?: number | null;
  /**
   * The earlier attribution this one repeats, for a sieve that shares an earlier quotation's
   * attribution (an item of a list): its reason is kept.
   */
  readonly repeats?: RawAttribution;
}

/**
 * A rule decides at least this many quotations of polnear-train before its precision there is
 * taken as its confidence: below it, one quotation more or less can move the precision by 0.05,
 * the tolerance the confidence test allows.
 */
export const MEASURABLE = 20;

/** The finding of a sieve that decides a quotation has no speaker. */
export const NO_SPEAKER: Finding = { mention: null, cue: null };

/**
 * One attribution rule. The attribution step runs the sieves in the order of
 * `sieves/index.ts`; the first that returns a finding decides, and stamps its name on it.
 */
export interface Sieve {
  /** The rule's name, as `rule` on the output: kebab-case, unique. */
  readonly name: AttributionRule;
  /**
   * The public `reason` the rule gives; several rules may give one reason. `repeated`: the
   * reason of the earlier attribution the rule's finding {@link Finding.repeats}.
   */
  readonly reason: AttributionReason | 'repeated';
  /**
   * The share of the rule's decisions that are right: measured on polnear-train by
   * `scripts/confidence.mjs` (test/attribution/confidence.test.ts keeps it within 0.05), unless
   * the rule says it is {@link Sieve.judged}. A rule that names a speaker is right when the
   * speaker is the gold's; a rule that names none (a nested quotation, a title, a scare quote) is
   * right when the gold gives the quotation no source, so its confidence is how sure it is that
   * the words are no one's speech to attribute.
   */
  readonly confidence: number;
  /**
   * Why `confidence` is judged (set by hand) rather than measured; absent when it is measured.
   * `rare`: the rule decides fewer than {@link MEASURABLE} quotations of polnear-train, too few
   * for a precision. The confidence test holds a rule to it: a `rare` rule that comes to decide
   * more is measured.
   */
  readonly judged?: 'rare';
  /**
   * Reads the quotation's site and decides, or passes.
   *
   * @param site the quotation and its surroundings
   * @param earlier the attributions of the quotations before it, in text order
   * @returns a finding, or null to leave the quotation to the next sieve
   */
  apply(site: Site, earlier: readonly RawAttribution[]): Finding | null;
}
