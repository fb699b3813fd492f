import type { RawAttribution } from '../attribution/attribute-quotes.js';
import { relativeAntecedent } from '../grammar/subjects.js';
import type { TokenContext } from '../document/token-context.js';
import { describeMention } from '../mentions/describe-mention.js';
import { appositiveRoles } from './appositive-roles.js';
import type { Cast, MentionSite } from './cast.js';
import { EntityStore, type Entity } from './entity-store.js';
import { indexNames } from './name-index.js';
import { RESOLUTION_STEPS } from './steps/index.js';

export type { Entity } from './entity-store.js';

/** What the cast needs of an attribution, a quotation's or a report's: its mention, or the earlier item it continues. */
export type CastAttribution = Pick<RawAttribution, 'mention' | 'sameAs'>;

/** Who each quotation's mention refers to. */
export interface Resolution {
  /** For each quotation, the index of its entity in `entities`, or null. */
  readonly entityOf: Array<number | null>;
  /** The article's speakers. */
  readonly entities: Entity[];
  /**
   * For each quotation, the name of the step that resolved its mention: a resolution step's,
   * `same-mention` for a mention already resolved (the second part of a split quotation),
   * `same-as` for a quotation that shares another's attribution; null when there is no mention.
   */
  readonly stepOf: Array<string | null>;
}

/**
 * Resolves each attribution's mention to an entity by running the resolution steps in order:
 * names joined to earlier and fuller forms of the same name, "the official" to the latest
 * official, pronouns to their sentence's subject or the nearest earlier person of matching
 * gender and number.
 *
 * @param ctx the article's tokens in context
 * @param attributions one per quotation or report, in text order
 * @returns for each item its entity and the step that found it
 */
export function resolveEntities(
  ctx: TokenContext,
  attributions: readonly CastAttribution[],
): Resolution {
  const cast: Cast = { ctx, store: new EntityStore(), names: indexNames(ctx) };
  const entityOf: Array<number | null> = [];
  const stepOf: Array<string | null> = [];
  for (const { mention, sameAs } of attributions) {
    if (sameAs !== null) {
      entityOf.push(entityOf[sameAs] ?? null);
      stepOf.push('same-as');
      continue;
    }
    const found = mention ? resolveMention(cast, mention) : null;
    entityOf.push(found?.entity ?? null);
    stepOf.push(found?.step ?? null);
  }
  return { entityOf, entities: cast.store.entities, stepOf };
}

/** The entity a mention refers to, and the step that found it. */
function resolveMention(
  cast: Cast,
  [first, last]: readonly [number, number],
): { entity: number; step: string } | null {
  const { ctx, store } = cast;
  const { tokens } = ctx;
  // a split quotation ("“…,” she said, “…”") gives both parts the same mention
  const same = store.resolvedAt(first);
  if (same !== undefined) return { entity: same, step: 'same-mention' };
  // "who" in "said Beck, who said …" stands for Beck
  const referent =
    first === last
      ? (relativeAntecedent(tokens, first) ?? [first, last])
      : ([first, last] as const);
  const site: MentionSite = {
    first,
    last,
    at: tokens[first]!.start,
    referent,
    info: describeMention(tokens, referent),
  };
  let entity: number | null = null;
  let step = '';
  for (const s of RESOLUTION_STEPS) {
    entity = s.apply(cast, site);
    if (entity !== null) {
      step = s.name;
      break;
    }
  }
  // (new-entity decides every mention but a pronoun: a pronoun no step resolved is no one's)
  if (entity === null) return null;
  learnFromMention(cast, entity, site);
  store.touch(entity, site.at);
  store.resolve(first, entity);
  return { entity, step };
}

/** What a mention adds to its entity: a gender, roles, a fuller name. */
function learnFromMention(cast: Cast, e: number, { referent, info }: MentionSite): void {
  const entity = cast.store.entities[e]!;
  if (entity.gender === 'unknown') entity.gender = info.gender;
  if (info.kind !== 'pronoun') {
    for (const r of info.roles) entity.roles.add(r);
    // a fuller form of the name upgrades the entity: "Blinken", later "Antony Blinken"
    if (info.kind === 'person' && info.given.length > entity.given.length)
      cast.store.rename(e, info);
  }
  // "said Lena Marsh, a spokeswoman for the agency": the role in the appositive is hers
  for (const r of appositiveRoles(cast.ctx.tokens, referent[1])) entity.roles.add(r);
}
