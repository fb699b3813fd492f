import type { SourceAudit, SpeakerTotal } from '../summary/source-audit.js';
import type { SpeakerGender } from '../types.js';
import { escapeControls } from './escape-controls.js';

/** What `--summary` writes: the audit of all input, and one per outlet. */
export interface SummaryReport {
  readonly all: SourceAudit;
  /** Per outlet named by the input (JSONL `outlet`, `source` or `publisher`), by name. */
  readonly outlets: ReadonlyMap<string, SourceAudit>;
}

/** How many speakers the summary lists, the most quoted first. */
export const topSpeakerCount = 10;

const GENDERS: readonly SpeakerGender[] = ['female', 'male', 'unknown'];

/** The outlets by name, in an order that does not depend on the order articles came in. */
function byName(outlets: ReadonlyMap<string, SourceAudit>): [string, SourceAudit][] {
  return [...outlets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `part` of `whole`, from 0 to 1; 0 of nothing. */
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** What the summary says of one audit, as plain data. */
function auditJson(audit: SourceAudit) {
  const { total, byGender, anonymous } = audit.sources;
  const gendered = byGender.female.sources + byGender.male.sources;
  return {
    articles: audit.articles,
    sources: total.sources,
    anonymousShare: share(anonymous.sources, total.sources),
    femaleShareOfGendered: share(byGender.female.sources, gendered),
    ...audit.sources,
    topSpeakers: audit.speakers.slice(0, topSpeakerCount),
  };
}

/**
 * `--summary --format json`: one JSON object, the audit of all input with an `outlets` array of
 * each outlet's audit. Shares are from 0 to 1.
 *
 * @example
 * summaryJson({ all, outlets }); // '{\n  "articles": 12,\n  "sources": 40, …'
 */
export function summaryJson({ all, outlets }: SummaryReport): string {
  const json = {
    ...auditJson(all),
    outlets: byName(outlets).map(([outlet, audit]) => ({ outlet, ...auditJson(audit) })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function speakerLine(s: SpeakerTotal, rank: number): string {
  const speech = [
    plural(s.quotations, 'quotation'),
    plural(s.reported, 'reported statement'),
    plural(s.words, 'word'),
    `in ${plural(s.articles, 'article')}`,
  ];
  const who = s.kind === 'person' || s.kind === 'role' ? `${s.kind}, ${s.gender}` : s.kind;
  return `    ${rank}. ${escapeControls(s.name)} (${who}): ${speech.join(', ')}`;
}

/** The lines of one audit under its heading. */
function auditText(heading: string, audit: SourceAudit): string[] {
  const { total, byGender, named, anonymous } = audit.sources;
  const gendered = byGender.female.sources + byGender.male.sources;
  const lines = [
    `${heading}: ${plural(audit.articles, 'article')}, ${plural(total.sources, 'source')}`,
    `  named ${named.sources}, anonymous ${anonymous.sources} (${percent(share(anonymous.sources, total.sources))})`,
    `  by gender: ${GENDERS.map((g) => `${g} ${byGender[g].sources}`).join(', ')}` +
      ` (female ${percent(share(byGender.female.sources, gendered))} of those with a gender)`,
    `  quoted words: ${total.words}; ${GENDERS.map((g) => `${g} ${percent(byGender[g].wordShare)}`).join(', ')}`,
  ];
  const top = audit.speakers.slice(0, topSpeakerCount);
  if (top.length) lines.push('  top speakers:', ...top.map((s, i) => speakerLine(s, i + 1)));
  return lines;
}

/**
 * `--summary` as text: the audit of all input, then each outlet's, a blank line between.
 *
 * @example
 * summaryText({ all, outlets });
 * // 'All input: 12 articles, 40 sources\n  named 31, anonymous 9 (22.5%)\n  by gender: …'
 */
export function summaryText({ all, outlets }: SummaryReport): string {
  const blocks = [auditText('All input', all)];
  for (const [outlet, audit] of byName(outlets)) {
    blocks.push(auditText(`Outlet ${escapeControls(JSON.stringify(outlet))}`, audit));
  }
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
