import type { AnalysisResult, SpeakerGender, SpeakerKind } from '../types.js';
import { summarizeSources, type SourceSummary, type SourceTally } from './summarize-sources.js';

/** One named source's speech over one or more articles. */
export interface SpeakerTotal {
  /** The fullest name of the first article that quotes them. */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** The gender the articles give; `'unknown'` when none does, or two disagree. */
  readonly gender: SpeakerGender;
  /** How many of those articles give each gender. */
  readonly genders: Readonly<Record<SpeakerGender, number>>;
  /** How many articles quote them. */
  readonly articles: number;
  readonly quotations: number;
  readonly reported: number;
  /** The words inside their quotations. */
  readonly words: number;
}

/** Who a set of articles quotes: their sources summed up, and every named source's speech. */
export interface SourceAudit {
  /** How many articles it covers. */
  readonly articles: number;
  /** The sources of all those articles, as {@link summarizeSources} counts one article's. */
  readonly sources: SourceSummary;
  /**
   * Every named source (anonymous ones are left out: two articles' "a senior official" are not
   * one person), most quotations and reported statements first, then most words, then by name.
   * Sources of different articles are one when their names and kinds are the same.
   */
  readonly speakers: readonly SpeakerTotal[];
}

/** How a source of one article is told apart from the others of the archive. */
const speakerKey = (name: string, kind: SpeakerKind) =>
  `${kind}\u0000${name.toLowerCase().replace(/\s+/g, ' ')}`;

/** A source's gender over articles: the one they give, unless another gives the other one. */
function genderOfTotal(genders: Readonly<Record<SpeakerGender, number>>): SpeakerGender {
  if (genders.female > 0 && genders.male === 0) return 'female';
  if (genders.male > 0 && genders.female === 0) return 'male';
  return 'unknown';
}

/** Most statements first, then most words, then by name, so that any order of adding agrees. */
function bySpeech(a: SpeakerTotal, b: SpeakerTotal): number {
  return (
    b.quotations + b.reported - (a.quotations + a.reported) ||
    b.words - a.words ||
    b.articles - a.articles ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * One article's sources as an audit of one article, ready to merge with others'.
 *
 * @param result what {@link analyzeArticle} returned
 * @returns the audit: `articles` is 1
 * @example
 * auditSources(analyzeArticle(text)).speakers[0]; // → { name: 'Ada Brook', quotations: 3, … }
 */
export function auditSources(result: Pick<AnalysisResult, 'speakers'>): SourceAudit {
  const sources = summarizeSources(result);
  const totals = new SourceAuditTotals();
  totals.add({ articles: 1, sources, speakers: [] });
  for (const s of result.speakers) {
    if (s.anonymous) continue;
    const genders = { female: 0, male: 0, unknown: 0, [s.gender]: 1 };
    totals.addSpeaker({
      name: s.name,
      kind: s.kind,
      gender: s.gender,
      genders,
      articles: 1,
      ...s.counts,
    });
  }
  return totals.audit();
}

/** A tally's counts, without its shares. */
type Counts = Omit<SourceTally, 'quotationShare' | 'wordShare'>;

const zero = (): Counts => ({ sources: 0, quotations: 0, reported: 0, words: 0 });

function addCounts(sum: Counts, t: Counts): Counts {
  return {
    sources: sum.sources + t.sources,
    quotations: sum.quotations + t.quotations,
    reported: sum.reported + t.reported,
    words: sum.words + t.words,
  };
}

/**
 * Sums audits as they come, for an archive too large to hold: {@link mergeSourceAudits} at once,
 * one article at a time. The sum is the same in any order.
 *
 * @example
 * const totals = new SourceAuditTotals();
 * for (const result of results) totals.add(auditSources(result));
 * totals.audit().sources.byGender.female.wordShare; // → 0.38
 */
export class SourceAuditTotals {
  #articles = 0;
  /** Every tally of a summary by its place in it: `total`, `byGender.female`, … */
  readonly #tallies = new Map<string, Counts>();
  readonly #speakers = new Map<string, SpeakerTotal>();

  /** Adds an audit's articles, sources and speakers. */
  add(audit: SourceAudit): void {
    this.#articles += audit.articles;
    const { total, byGender, byKind, named, anonymous } = audit.sources;
    const places: [string, SourceTally][] = [
      ['total', total],
      ['named', named],
      ['anonymous', anonymous],
      ...Object.entries(byGender).map(([g, t]): [string, SourceTally] => [`byGender.${g}`, t]),
      ...Object.entries(byKind).map(([k, t]): [string, SourceTally] => [`byKind.${k}`, t]),
    ];
    for (const [place, tally] of places) {
      this.#tallies.set(place, addCounts(this.#tallies.get(place) ?? zero(), tally));
    }
    for (const speaker of audit.speakers) this.addSpeaker(speaker);
  }

  /** Adds one named source's speech. */
  addSpeaker(speaker: SpeakerTotal): void {
    const key = speakerKey(speaker.name, speaker.kind);
    const seen = this.#speakers.get(key);
    if (!seen) {
      this.#speakers.set(key, { ...speaker, genders: { ...speaker.genders } });
      return;
    }
    const genders = {
      female: seen.genders.female + speaker.genders.female,
      male: seen.genders.male + speaker.genders.male,
      unknown: seen.genders.unknown + speaker.genders.unknown,
    };
    this.#speakers.set(key, {
      name: seen.name,
      kind: seen.kind,
      gender: genderOfTotal(genders),
      genders,
      articles: seen.articles + speaker.articles,
      quotations: seen.quotations + speaker.quotations,
      reported: seen.reported + speaker.reported,
      words: seen.words + speaker.words,
    });
  }

  /** The audit of everything added so far. */
  audit(): SourceAudit {
    const all = this.#tallies.get('total') ?? zero();
    const tally = (place: string): SourceTally => {
      const t = this.#tallies.get(place) ?? zero();
      return {
        ...t,
        quotationShare: all.quotations > 0 ? t.quotations / all.quotations : 0,
        wordShare: all.words > 0 ? t.words / all.words : 0,
      };
    };
    const genders: SpeakerGender[] = ['female', 'male', 'unknown'];
    const kinds: SpeakerKind[] = ['person', 'role', 'group', 'organization', 'place'];
    const sources: SourceSummary = {
      total: tally('total'),
      byGender: Object.fromEntries(genders.map((g) => [g, tally(`byGender.${g}`)])) as Record<
        SpeakerGender,
        SourceTally
      >,
      byKind: Object.fromEntries(kinds.map((k) => [k, tally(`byKind.${k}`)])) as Record<
        SpeakerKind,
        SourceTally
      >,
      named: tally('named'),
      anonymous: tally('anonymous'),
    };
    const speakers = [...this.#speakers.values()].sort(bySpeech);
    return { articles: this.#articles, sources, speakers };
  }
}

/**
 * Sums up the sources of many articles: the counts of {@link summarizeSources} added up, the
 * shares taken again of the sums, and each named source's speech over every article that quotes
 * them. Merging is associative and does not depend on order, so audits made in parallel merge to
 * the same result.
 *
 * @param audits what {@link auditSources} returned for each article, or earlier merges
 * @returns one audit of them all
 * @example
 * const audit = mergeSourceAudits(results.map(auditSources));
 * audit.sources.anonymous.sources / audit.sources.total.sources; // the anonymous share
 */
export function mergeSourceAudits(audits: Iterable<SourceAudit>): SourceAudit {
  const totals = new SourceAuditTotals();
  for (const audit of audits) totals.add(audit);
  return totals.audit();
}
