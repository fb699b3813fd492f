import type { ResolutionStep } from '../cast.js';
import { knownEntity } from './01-known-entity.js';
import { ownSentenceSubject } from './02-own-sentence-subject.js';
import { previousSentenceSubject } from './03-previous-sentence-subject.js';
import { nearestCompatible } from './04-nearest-compatible.js';
import { newEntity } from './05-new-entity.js';

/**
 * The resolution steps in the order they run: the first that returns an entity decides. Each
 * step handles the mentions it is for (names and descriptions, or pronouns) and passes on the
 * rest, so a name is looked up among known entities before a new one is made, and a pronoun
 * tries its own sentence, then the previous one, then the nearest person it agrees with.
 */
export const RESOLUTION_STEPS: readonly ResolutionStep[] = [
  knownEntity,
  ownSentenceSubject,
  previousSentenceSubject,
  nearestCompatible,
  newEntity,
];
