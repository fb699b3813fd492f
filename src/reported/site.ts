import type { Cue } from '../grammar/cue-at.js';
import { subjectOf } from '../grammar/subjects.js';
import type { TokenContext } from '../document/token-context.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import type { Token } from '../nlp/token.js';
import { BELIEF_VERBS } from '../lexicon/belief-verbs.js';
import { HEARER_VERBS } from '../lexicon/hearer-verbs.js';
import { clauseEnd, isSpeechCue } from './clause-bounds.js';
import type { ReportContext } from './report-context.js';
import type { FoundReport } from './sieve.js';

/**
 * One token of the writer's text and what stands around it, read once and shared by every
 * reported-speech sieve that looks for a report there: its sentence, the cue at it, the cue's
 * subject.
 */
export interface ReportSite {
  /** The article's tokens in context, with every token's cue read once. */
  readonly rc: ReportContext;
  readonly ctx: TokenContext;
  readonly tokens: readonly Token[];
  /** The token a rule reads a report at. */
  readonly at: number;
  /** The first token of its sentence. */
  readonly first: number;
  /** The last token of its sentence. */
  readonly last: number;
  /** The reporting cue at `at`, or null (always null inside a quotation). */
  readonly cue: Cue | null;
  /** The subject of `cue`, the words naming its speaker: read once, when a rule first asks. */
  readonly subject: TokenRange | null;
}

/**
 * Reads the site of token `at` in sentence `[first, last]`.
 *
 * @param rc the article's tokens in context
 * @param at the token
 * @param sentence its sentence, first and last token
 */
export function buildReportSite(
  rc: ReportContext,
  at: number,
  [first, last]: TokenRange,
): ReportSite {
  const cue = rc.cue(at);
  let subject: TokenRange | null | undefined;
  return {
    rc,
    ctx: rc.ctx,
    tokens: rc.ctx.tokens,
    at,
    first,
    last,
    cue,
    get subject() {
      if (subject === undefined) subject = cue ? subjectOf(rc.ctx, cue) : null;
      return subject;
    },
  };
}

/**
 * The report of a cue at the site, whose clause runs from `start` to where it ends in the
 * sentence, spoken by the cue's subject.
 *
 * @param site the site
 * @param start the clause's first token
 * @param cue the site's cue, or another a rule read there ("promised", "called for")
 * @returns the report, or null when the cue has no subject to speak it
 */
export function reportFrom(site: ReportSite, start: number, cue: Cue): FoundReport | null {
  const mention = cue === site.cue ? site.subject : subjectOf(site.ctx, cue);
  if (!mention) return null;
  return { clause: [start, clauseEnd(site.rc, start, site.last)], cue: cue.range, mention };
}

/**
 * The report of the site's cue, which has a subject, on the clause before it, from `start` to
 * `end`; or, where the sentence goes on with that clause past the attribution ("The plan, she
 * said, will fail"), from `start` through the attribution to where the clause ends, read from
 * `resume`, the first token after it.
 *
 * @param site the site
 * @param start the clause's first token
 * @param end its last token before the attribution
 * @param resume where the clause goes on past the attribution, or null when it ends at `end`
 */
export function reportBefore(
  site: ReportSite,
  start: number,
  end: number,
  resume: number | null,
): FoundReport {
  const to = resume === null ? end : clauseEnd(site.rc, resume, site.last);
  return { clause: [start, to], cue: site.cue!.range, mention: site.subject! };
}

/**
 * The report of a cue of speech at the site (any reporting verb but one of believing) on the
 * clause after it, spoken by the cue's subject.
 *
 * @param site the site
 * @param clauseAt where the clause starts, read from the cue's next token to the sentence's last
 *   (`hearer`: the verb takes a hearer before the clause, "told reporters that"); -1 for none
 * @returns the report, or null
 */
export function afterSpeechCue(
  site: ReportSite,
  clauseAt: (rc: ReportContext, from: number, last: number, hearer: boolean) => number,
): FoundReport | null {
  const { rc, tokens, at, last, cue } = site;
  if (!isSpeechCue(rc, cue, BELIEF_VERBS)) return null;
  const start = clauseAt(rc, cue.range[1] + 1, last, HEARER_VERBS.has(tokens[at]!.lemma));
  return start < 0 ? null : reportFrom(site, start, cue);
}
