import { countBefore } from '../count-before.js';
import type { DescribedMention } from '../mentions/describe-mention.js';
import type { Gender } from '../lexicon/subject-pronouns.js';
import type { SpeakerKind } from '../types.js';

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

/**
 * How many known speakers, most recent first, a pronoun or "the official" is compared with. News
 * rarely refers back past a couple of dozen people; the bound keeps each lookup's cost constant.
 */
export const RECENT_ENTITIES = 24;

/** What two mentions of one entity share: a person's surname, or another kind's whole name. */
function entityKey(info: DescribedMention): string {
  return info.kind === 'person'
    ? `person ${info.surname}`
    : `${info.kind} ${info.name.toLowerCase()}`;
}

/**
 * The entities of one article, by index, with the indexes a resolution step looks them up by:
 * which were mentioned most recently, which share a surname or a name, which mention (by its first
 * token) was already resolved.
 */
export class EntityStore {
  /** Every entity, in order of creation; an entity is known by its index here. */
  readonly entities: Entity[] = [];
  /** Entity indices, most recently mentioned last; at most {@link RECENT_ENTITIES}. */
  readonly recent: number[] = [];
  /** First token of a resolved mention → its entity. */
  private readonly byMention = new Map<number, number>();
  /** {@link entityKey} → entities with that key, in order of creation. */
  private readonly byKey = new Map<string, number[]>();
  /**
   * {@link entityKey} of a person → first given name (`''` for none) → the people with that key
   * and that first given name, in order of creation: a surname shared by a thousand people is
   * looked up without reading them all.
   */
  private readonly byGiven = new Map<string, Map<string, number[]>>();
  /** Each entity's key in {@link byGiven}, for the people (made from a person's mention). */
  private readonly personKey: Array<string | undefined> = [];

  /** The entity a mention starting at token `first` was resolved to, if it was. */
  resolvedAt(first: number): number | undefined {
    return this.byMention.get(first);
  }

  /** Records that the mention starting at token `first` refers to entity `e`. */
  resolve(first: number, e: number): void {
    this.byMention.set(first, e);
  }

  /** Notes that entity `e` is mentioned at offset `at`: it becomes the most recent. */
  touch(e: number, at: number): void {
    const seen = this.entities[e]!.seenAt;
    if (seen.at(-1) !== at) seen.push(at);
    const r = this.recent.lastIndexOf(e);
    if (r >= 0) this.recent.splice(r, 1);
    this.recent.push(e);
    // only the most recent speakers are ever compared with a pronoun or "the official"
    if (this.recent.length > RECENT_ENTITIES) this.recent.shift();
  }

  /** A new entity for what a mention at offset `at` describes; returns its index. */
  create(info: DescribedMention, at: number): number {
    const e =
      this.entities.push({
        kind: info.kind,
        name: info.name,
        given: [...info.given],
        gender: info.gender,
        plural: info.kind === 'group',
        roles: new Set(info.roles),
        seenAt: [],
      }) - 1;
    const key = entityKey(info);
    const same = this.byKey.get(key);
    if (same) same.push(e);
    else this.byKey.set(key, [e]);
    if (info.kind === 'person') {
      this.personKey[e] = key;
      this.givenList(key, info.given[0]).push(e);
    }
    this.touch(e, at);
    return e;
  }

  /**
   * Gives an entity a fuller name, read from a later mention ("Blinken", then "Antony Blinken"): a
   * person keeps the key it was made with (its surname then) and is found by its new first given
   * name.
   */
  rename(e: number, info: DescribedMention): void {
    const entity = this.entities[e]!;
    const key = this.personKey[e];
    const before = entity.given[0];
    entity.name = info.name;
    entity.given = [...info.given];
    // (an entity made from a role, "the official", is found by its role, not its name)
    if (key === undefined) return;
    const from = this.givenList(key, before);
    const to = this.givenList(key, entity.given[0]);
    if (from === to) return;
    from.splice(sortedIndex(from, e), 1);
    to.splice(sortedIndex(to, e), 0, e);
  }

  private givenList(key: string, given: string | undefined): number[] {
    let byFirst = this.byGiven.get(key);
    if (!byFirst) this.byGiven.set(key, (byFirst = new Map()));
    let list = byFirst.get(given || '');
    if (!list) byFirst.set(given || '', (list = []));
    return list;
  }

  /**
   * The known entity a described mention names again: a group by its name, "the official" by the
   * latest entity with that role, a person by surname unless the given names differ.
   */
  findSame(info: DescribedMention): number | null {
    if (info.kind === 'role' || info.kind === 'group') return this.findRecent(info);
    const key = entityKey(info);
    const g1 = info.given[0];
    if (info.kind !== 'person' || !g1) return this.byKey.get(key)?.[0] ?? null;
    // people with one surname stay apart when their given names differ: the first made of those
    // with no given name or with this one
    const byFirst = this.byGiven.get(key);
    const none = byFirst?.get('')?.[0] ?? Infinity;
    const same = byFirst?.get(g1)?.[0] ?? Infinity;
    const first = Math.min(none, same);
    return first === Infinity ? null : first;
  }

  // "the officials" or "the spokeswoman": the latest group of that name, or holder of that role
  private findRecent(info: DescribedMention): number | null {
    // "a/another official" is someone new
    if (!info.definite && info.kind === 'role') return null;
    for (let r = this.recent.length - 1; r >= 0; r--) {
      const e = this.entities[this.recent[r]!]!;
      if (
        info.kind === 'group'
          ? e.kind === 'group' && e.name.toLowerCase() === info.name.toLowerCase()
          : e.kind !== 'group' && info.roles.some((x) => e.roles.has(x))
      ) {
        return this.recent[r]!;
      }
    }
    return null;
  }
}

/** Where `e` stands, or would stand, in an ascending list. */
function sortedIndex(list: readonly number[], e: number): number {
  return countBefore(list.length, (k) => list[k]! < e);
}
