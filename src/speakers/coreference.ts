import type { RawAttribution } from '../attribution/attribute-quotes.js';
import { GIVEN_NAME_GENDER } from '../mentions/names.js';
import type { Gender } from '../mentions/pronouns.js';
import { CAPITALISED, isTimeWord, type TokenRange } from '../mentions/noun-phrase.js';
import { ROLE_NOUNS } from '../mentions/roles.js';
import type { Token } from '../nlp/token.js';
import { relativeAntecedent, sentenceSubject } from '../attribution/rules.js';
import { sentenceAt, type TokenContext } from '../attribution/token-context.js';
import type { SpeakerKind } from '../types.js';
import {
  describeMention,
  joined,
  nameAtEnd,
  type DescribedMention,
  type PronounMention,
} from '../mentions/describe-mention.js';

/** Someone the article attributes quotations to, gathered over all the mentions that refer to them. */
export interface Entity {
  kind: SpeakerKind;
  name: string;
  given: string[];
  gender: Gender;
  plural: boolean;
  readonly roles: Set<string>;
  /** Offsets of every mention that refers to the entity, ascending. */
  readonly seenAt: number[];
}

/** A person named in the text, speaker or not: a candidate for a later "he" or "she". */
interface NameOccurrence {
  readonly at: number;
  readonly info: DescribedMention;
  /** Known to be a person (an honorific, a title or a known given name), not just two capitals. */
  readonly person: boolean;
  /** Stands as a subject (a verb follows, or it opens its sentence): a likely antecedent. */
  readonly subject: boolean;
}

/** How far back a pronoun looks for a person named but not yet quoted, in characters. */
const PRONOUN_REACH = 1500;
/** How many known speakers, most recent first, a pronoun or "the official" is compared with. */
const RECENT_ENTITIES = 24;

/**
 * Resolves each attribution's mention to an entity: names joined to earlier and fuller forms of
 * the same name, "the official" to the latest official, pronouns to the nearest earlier person
 * of matching gender and number.
 *
 * @param ctx the article's tokens in context
 * @param attributions one per quotation, in text order
 * @returns for each quotation the index of its entity in `entities`, or null
 */
export function resolveEntities(
  ctx: TokenContext,
  attributions: readonly RawAttribution[],
): { entityOf: Array<number | null>; entities: Entity[] } {
  const { tokens } = ctx;
  const names = personNames(ctx);
  const entities: Entity[] = [];
  const recent: number[] = []; // entity indices, most recently mentioned last; at most RECENT_ENTITIES
  const entityOf: Array<number | null> = [];
  const byMention = new Map<number, number>(); // first token of a mention → its entity
  const byKey = new Map<string, number[]>(); // a person's surname, or another kind's name → entities

  const touch = (e: number, at: number) => {
    const seen = entities[e]!.seenAt;
    if (seen.at(-1) !== at) seen.push(at);
    const r = recent.lastIndexOf(e);
    if (r >= 0) recent.splice(r, 1);
    recent.push(e);
    // only the most recent speakers are ever compared with a pronoun or "the official"
    if (recent.length > RECENT_ENTITIES) recent.shift();
  };
  const create = (info: DescribedMention, at: number): number => {
    const e =
      entities.push({
        kind: info.kind,
        name: info.name,
        given: [...info.given],
        gender: info.gender,
        plural: info.kind === 'group',
        roles: new Set(info.roles),
        seenAt: [],
      }) - 1;
    const key = entityKey(info);
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
    touch(e, at);
    return e;
  };

  for (const a of attributions) entityOf.push(entityFor(a));
  return { entityOf, entities };

  function entityFor({ mention, sameAs }: RawAttribution): number | null {
    if (sameAs !== null) return entityOf[sameAs] ?? null;
    if (!mention) return null;
    const [first, last] = mention;
    const at = tokens[first]!.start;
    // a split quotation ("“…,” she said, “…”") gives both parts the same mention
    const same = byMention.get(first);
    if (same !== undefined) return same;
    // "who" in "said Beck, who said …" stands for Beck
    const referent = first === last ? (relativeAntecedent(tokens, first) ?? mention) : mention;
    const info = describeMention(tokens, referent);
    const e =
      info.kind === 'pronoun'
        ? (sentenceSubjectFor(info, first) ??
          previousSubjectFor(info, first) ??
          resolvePronoun(info, at) ??
          create(
            {
              kind: info.plural ? 'group' : 'person',
              name: joined(tokens, first, last),
              surname: null,
              given: [],
              gender: info.gender,
              roles: [],
              definite: true,
            },
            at,
          ))
        : (findSame(info) ?? resolveDescription(info, first) ?? create(fullest(info, at), at));
    const entity = entities[e]!;
    if (entity.gender === 'unknown') entity.gender = info.gender;
    if (info.kind !== 'pronoun') {
      for (const r of info.roles) entity.roles.add(r);
      // a fuller form of the name upgrades the entity: "Blinken", later "Antony Blinken"
      if (info.kind === 'person' && info.given.length > entity.given.length) {
        entity.name = info.name;
        entity.given = [...info.given];
      }
    }
    // "said Lena Marsh, a spokeswoman for the agency": the role in the appositive is hers
    for (const r of appositiveRoles(tokens, referent[1])) entity.roles.add(r);
    touch(e, at);
    byMention.set(first, e);
    return e;
  }

  function findSame(info: DescribedMention): number | null {
    if (info.kind === 'role' || info.kind === 'group') {
      if (!info.definite && info.kind === 'role') return null;
      for (let r = recent.length - 1; r >= 0; r--) {
        const e = entities[recent[r]!]!;
        if (
          info.kind === 'group'
            ? e.kind === 'group' && e.name.toLowerCase() === info.name.toLowerCase()
            : e.kind !== 'group' && info.roles.some((x) => e.roles.has(x))
        ) {
          return recent[r]!;
        }
      }
      return null;
    }
    for (const e of byKey.get(entityKey(info)) ?? []) {
      const other = entities[e]!;
      if (info.kind !== 'person') return e;
      // people with one surname stay apart when their given names differ
      const g1 = info.given[0];
      const g2 = other.given[0];
      if (!g1 || !g2 || g1 === g2) return e;
    }
    return null;
  }

  // "Yang" is quoted, "Yang Jiechi" was named earlier (or later): the speaker takes the full name.
  function fullest(info: DescribedMention, at: number): DescribedMention {
    if (info.kind !== 'person' || info.given.length > 0) return info;
    let best: NameOccurrence | null = null;
    // (a person's mention always has a surname)
    for (const n of names.withWord(info.surname!)) {
      // "Yang" names Yang Jiechi too: family names come first in Chinese, Korean, Hungarian names
      if (
        n.info.given.length === 0 ||
        (n.info.surname !== info.surname && n.info.given[0] !== info.surname)
      )
        continue;
      if (!best || n.info.given.length > best.info.given.length || (n.at < at && best.at > at))
        best = n;
    }
    if (!best) return info;
    return {
      ...best.info,
      gender: info.gender !== 'unknown' ? info.gender : best.info.gender,
      roles: [...new Set([...info.roles, ...best.info.roles])],
    };
  }

  // "Clinton says she …": a pronoun after its own sentence's subject refers to that subject
  function sentenceSubjectFor(info: PronounMention, p: number): number | null {
    const [s0] = sentenceAt(ctx, p);
    return p > s0 ? subjectEntity(info, sentenceSubject(ctx, s0, p - 1), p) : null;
  }

  // "Trump's campaign is defending him. It's denouncing what it calls …": "it" or "they" with no
  // antecedent in its own sentence refers to the previous sentence's subject, when that fits
  function previousSubjectFor(info: PronounMention, p: number): number | null {
    const s = ctx.sentenceOf[p]!;
    if ((info.pronoun !== 'it' && info.pronoun !== 'they') || s === 0) return null;
    const [s0, s1] = ctx.sentences[s - 1]!;
    return subjectEntity(info, sentenceSubject(ctx, s0, s1), p);
  }

  // the entity a subject before token `p` names, if a pronoun of this kind can refer to it
  function subjectEntity(
    info: PronounMention,
    subject: TokenRange | null,
    p: number,
  ): number | null {
    if (!subject || subject[1] >= p) return null;
    const described = describeMention(tokens, subject);
    if (
      described.kind === 'pronoun' ||
      !fits(info, described.kind, described.gender, described.kind === 'group')
    )
      return null;
    const at = tokens[subject[0]]!.start;
    return findSame(described) ?? create(fullest(described, at), at);
  }

  // "the actress", when no actress is known yet: the person last spoken of before its sentence,
  // as "she" would be ("Finch said the mayor …": the mayor is not Finch)
  function resolveDescription(info: DescribedMention, first: number): number | null {
    if (info.kind !== 'role' || !info.definite) return null;
    const sentenceStart = tokens[sentenceAt(ctx, first)[0]]!.start;
    return resolvePronoun(
      {
        kind: 'pronoun',
        pronoun: info.gender === 'female' ? 'she' : 'he',
        gender: info.gender,
        plural: false,
      },
      sentenceStart,
    );
  }

  function resolvePronoun(info: PronounMention, at: number): number | null {
    let best: number | null = null;
    let bestAt = -1;
    for (let r = recent.length - 1; r >= 0; r--) {
      const e = entities[recent[r]!]!;
      const last = lastBefore(e.seenAt, at);
      if (last > bestAt && fits(info, e.kind, e.gender, e.plural)) {
        best = recent[r]!;
        bestAt = last;
      }
    }
    // a person named since then, not yet quoted, is nearer
    for (const n of names.before(at)) {
      if (n.at <= bestAt) break;
      if (!n.person || !n.subject || !fits(info, 'person', n.info.gender, false)) continue;
      const known = findSame(n.info);
      const e = known ?? create(fullest(n.info, n.at), n.at);
      touch(e, n.at);
      return e;
    }
    return best;
  }
}

/** What two mentions of one entity share: a person's surname, or another kind's whole name. */
function entityKey(info: DescribedMention): string {
  return info.kind === 'person'
    ? `person ${info.surname}`
    : `${info.kind} ${info.name.toLowerCase()}`;
}

/** Can a pronoun refer to an entity of this kind, gender and number? */
function fits(info: PronounMention, kind: SpeakerKind, gender: Gender, plural: boolean): boolean {
  if (info.pronoun === 'it') return kind === 'organization' || kind === 'place';
  if (info.pronoun === 'they' || info.pronoun === 'we') return plural || kind === 'organization';
  if (info.pronoun === 'i') return false;
  return (
    (kind === 'person' || kind === 'role') &&
    !plural &&
    (gender === 'unknown' || info.gender === 'unknown' || gender === info.gender)
  );
}

/** Role nouns of an appositive right after a mention: "Lena Marsh, a spokeswoman for …". */
function appositiveRoles(tokens: readonly Token[], end: number): string[] {
  if (tokens[end + 1]?.value !== ',' || !/^(?:a|an|the)$/.test(tokens[end + 2]?.lower ?? ''))
    return [];
  const roles: string[] = [];
  for (let k = end + 3; k < tokens.length && k < end + 9; k++) {
    const w = tokens[k]!.lower;
    if (w in ROLE_NOUNS) roles.push(w);
    if (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') break;
  }
  return roles;
}

function lastBefore(sorted: readonly number[], at: number): number {
  for (let k = sorted.length - 1; k >= 0; k--) if (sorted[k]! < at) return sorted[k]!;
  return -1;
}

/**
 * Every person named in the article: runs of capitalised words that carry an honorific, a known
 * given name, or a title ("Sen. Ted Cruz", "Hillary Clinton", "Secretary of State Antony Blinken").
 * Runs are found in one cheap pass; each is read as a name only when a pronoun or a short name
 * asks about it (reading every capitalised run cost a tenth of the analysis).
 */
function personNames(ctx: TokenContext) {
  const { tokens, sentenceOf, quoteOf } = ctx;
  /** First and last token of each run of capitalised words, in text order. */
  const runs: Array<readonly [number, number]> = [];
  /** What each run names, once read: a person, null for none, undefined until read. */
  const read: Array<NameOccurrence | null | undefined> = [];
  /** Lower-cased word → runs holding it, to find the full form of a short name. */
  const byWord = new Map<string, number[]>();

  const continues = (start: number, j: number): boolean => {
    // (past the last token, sentenceOf[j] is undefined)
    const t = tokens[j]!;
    if (sentenceOf[j] !== sentenceOf[start] || quoteOf[j]! >= 0) return false;
    if (CAPITALISED.test(t.value)) return true;
    const next = tokens[j + 1];
    // "Department of Justice", "Jean-Luc Picard"
    if (t.lower === 'of') return CAPITALISED.test(next?.value ?? '');
    return (
      t.value === '-' &&
      next?.start === t.end &&
      t.start === tokens[j - 1]!.end &&
      CAPITALISED.test(next.value)
    );
  };

  /** The person named by run `r`, or null when the run names no person. */
  const occurrence = (r: number): NameOccurrence | null => {
    if (read[r] !== undefined) return read[r];
    const [k, end] = runs[r]!;
    const name = nameAtEnd(tokens, k, end);
    let found: NameOccurrence | null = null;
    if (name) {
      const info = describeMention(tokens, [k, end]);
      // (the run's words before the name are its titles and honorifics, never name words)
      const titled = k < name[0];
      if (info.kind === 'person' && (titled || info.given.length > 0)) {
        const next = tokens[end + 1];
        const subject =
          sentenceAt(ctx, k)[0] === k ||
          next?.pos === 'VERB' ||
          next?.pos === 'AUX' ||
          next?.value === ',';
        // two capitalised words acting as a subject ("Marta Oyelaran took questions") are taken
        // for a person even when the given name is not in the table
        const person =
          titled || GIVEN_NAME_GENDER.has(info.given[0]!) || (subject && next?.pos === 'VERB');
        found = { at: tokens[name[0]]!.start, info, person, subject };
      }
    }
    return (read[r] = found);
  };

  let k = 0;
  while (k < tokens.length) {
    // names inside quotations are the speaker's words, not the writer's referents
    if (!CAPITALISED.test(tokens[k]!.value) || tokens[k]!.pos === 'PRON' || quoteOf[k]! >= 0) {
      k++;
      continue;
    }
    // a name never runs over the end of a sentence ("… on Wednesday. Kwame Okafor said")
    let end = k;
    while (continues(k, end + 1)) end++;
    while (k < end && isTimeWord(tokens[k]!)) k++;
    const r = runs.length;
    runs.push([k, end]);
    for (let j = k; j <= end; j++) {
      const list = byWord.get(tokens[j]!.lower);
      if (list) list.push(r);
      else byWord.set(tokens[j]!.lower, [r]);
    }
    k = end + 1;
  }

  return {
    /** People named with a word (a surname, or a family name written first), in text order. */
    withWord: (word: string): NameOccurrence[] =>
      (byWord.get(word) ?? []).map(occurrence).filter((n): n is NameOccurrence => n !== null),

    /** People named before offset `at`, nearest first, no further back than {@link PRONOUN_REACH} characters. */
    *before(at: number): Generator<NameOccurrence> {
      let lo = 0;
      let hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[runs[mid]![0]]!.start < at) lo = mid + 1;
        else hi = mid;
      }
      for (let r = lo - 1; r >= 0 && at - tokens[runs[r]![0]]!.start <= PRONOUN_REACH; r--) {
        const n = occurrence(r);
        if (n) yield n;
      }
    },
  };
}
