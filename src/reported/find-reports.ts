import { isSubjectPronoun } from '../mentions/pronouns.js';
import type { TokenContext } from '../document/token-context.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import { speakerMention } from './speaker-mention.js';
import { reportContext, type ReportContext } from './report-context.js';
import type { FoundReport, RawReport } from './sieve.js';
import { buildReportSite } from './site.js';
import { REPORT_SIEVES } from './sieves/index.js';

/** Paragraph kinds whose sentences can report speech: running text and the headline. */
const REPORTING_KINDS: ReadonlySet<string> = new Set(['body', 'headline']);
/** The fewest tokens a reported clause has: "he agreed" is two. */
const MIN_CLAUSE_TOKENS = 2;
/** The words at which some rule reads a report where no reporting cue stands. */
const WITHOUT_CUE: ReadonlySet<string> = new Set(
  REPORT_SIEVES.flatMap((s) => [...(s.withoutCue ?? [])]),
);

/**
 * Finds every reported statement of an article: at each cue of the writer's text, the first rule
 * of {@link REPORT_SIEVES} that reads a clause there decides it. A clause holding "and that"
 * reports two statements of the same speaker. Cues inside quotations are the quoted speaker's,
 * not the article's, and are not read.
 *
 * @param ctx the article's tokens in context
 * @returns the reports, in text order of their clauses
 */
export function findReports(ctx: TokenContext): RawReport[] {
  const rc = reportContext(ctx);
  const out: RawReport[] = [];
  for (const sentence of ctx.sentences) {
    const [first, last] = sentence;
    if (first > last || !REPORTING_KINDS.has(ctx.paragraphs[ctx.paragraphOf[first]!]!.kind))
      continue;
    for (let k = first; k <= last; k++) {
      const q = ctx.quoteOf[k]!;
      if (q >= 0) {
        k = ctx.quoteTokens[q]![1];
        continue;
      }
      // (most tokens are no cue and no word any rule reads without one: no rule is asked there)
      if (rc.cue(k) === null && !WITHOUT_CUE.has(ctx.tokens[k]!.lower)) continue;
      const site = buildReportSite(rc, k, sentence);
      for (const sieve of REPORT_SIEVES) {
        const found = sieve.apply(site);
        if (!found || !isReport(rc, found)) continue;
        const mention = speakerMention(ctx.tokens, found.mention);
        // (the cue is decided: a mention that names nobody leaves it without a report)
        if (!mention) break;
        const { name: rule, reason, confidence } = sieve;
        for (const clause of splitAtAndThat(rc, found.clause))
          out.push({ clause, cue: found.cue, mention, rule, reason, confidence });
        break;
      }
    }
  }
  out.sort((a, b) => a.clause[0] - b.clause[0] || a.cue[0] - b.cue[0]);
  // two cues reading one clause ("…, police said Monday, according to …") report it once
  return out.filter((r, i) => i === 0 || !sameRange(r.clause, out[i - 1]!.clause));
}

// A clause of its own: long enough, and not a whole quotation ("“We will win”, she said" is the
// quotation's, attributed by the quotation rules).
function isReport(rc: ReportContext, found: FoundReport): boolean {
  const [a, b] = found.clause;
  // ("“…,” said a senior official who asked not to be named": the speaker after the cue is no
  // clause; "…, said he expected" is one)
  const [m0, m1] = found.mention;
  if (m0 <= a && a <= m1 && !isSubjectPronoun(rc.ctx.tokens[m0]!.lower)) return false;
  // ("criticized Trump": one word is enough when it names what was spoken of)
  if (b - a + 1 < MIN_CLAUSE_TOKENS && !/^(?:NOUN|PROPN|PRON)$/.test(rc.ctx.tokens[a]!.pos))
    return false;
  const q = rc.ctx.quoteOf[a]!;
  if (q < 0) return true;
  return rc.ctx.quoteTokens[q]![1] < b - 1;
}

// "said the wall would hold and that the council would pay": two statements, one speaker
function splitAtAndThat(rc: ReportContext, [a, b]: TokenRange): TokenRange[] {
  const { tokens, quoteOf } = rc.ctx;
  const parts: TokenRange[] = [];
  let start = a;
  for (let k = a + 1; k < b; k++) {
    if (quoteOf[k]! >= 0 || tokens[k]!.lower !== 'and' || tokens[k + 1]!.lower !== 'that') continue;
    const end = tokens[k - 1]!.value === ',' ? k - 2 : k - 1;
    if (end >= start) parts.push([start, end]);
    start = k + 1;
  }
  parts.push([start, b]);
  return parts;
}

const sameRange = (x: TokenRange, y: TokenRange): boolean => x[0] === y[0] && x[1] === y[1];
