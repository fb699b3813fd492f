import type { TokenContext } from '../document/token-context.js';
import type { DescribedMention, MentionInfo } from '../mentions/describe-mention.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import type { EntityStore } from './entity-store.js';
import { fullestForm, type NameIndex } from './name-index.js';

/** What every resolution step reads and extends: the article, its entities, its named people. */
export interface Cast {
  readonly ctx: TokenContext;
  readonly store: EntityStore;
  readonly names: NameIndex;
}

/** One speaker mention to resolve, read once for every step. */
export interface MentionSite {
  /** First token of the mention as the attribution gives it. */
  readonly first: number;
  /** Last token of the mention. */
  readonly last: number;
  /** Offset of that first token. */
  readonly at: number;
  /** The tokens that name the referent: the mention, or the antecedent of a relative "who". */
  readonly referent: TokenRange;
  /** What the referent's tokens say about who it is. */
  readonly info: MentionInfo;
}

/**
 * One way of finding who a mention refers to, in the style of a sieve: the steps run in the order
 * of `steps/index.ts`, each returning an entity or leaving the mention to the next step.
 */
export interface ResolutionStep {
  /** Kebab-case name, the step's file name without its number. */
  readonly name: string;
  /**
   * @param cast the article's entities and named people; a step may add an entity to it
   * @param mention the mention to resolve
   * @returns the index of the entity in `cast.store`, or null when this step does not decide
   */
  apply(cast: Cast, mention: MentionSite): number | null;
}

/**
 * The entity a description names: the known one it names again, or else a new one, under the
 * fullest form of its name the article gives.
 *
 * @param cast the article's entities and named people
 * @param info what the mention says about who it names
 * @param at the offset of the mention
 * @returns the entity's index in `cast.store`
 */
export function knownOrNew(cast: Cast, info: DescribedMention, at: number): number {
  return cast.store.findSame(info) ?? cast.store.create(fullestForm(cast.names, info), at);
}
