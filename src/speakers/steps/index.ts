import type { ResolutionStep } from '../cast.js';
import { appositiveName } from './01-appositive-name.js';
import { roleHolder } from './02-role-holder.js';
import { knownEntity } from './03-known-entity.js';
import { ownSentenceSubject } from './04-own-sentence-subject.js';
import { previousSentenceSubject } from './05-previous-sentence-subject.js';
import { unnamedRole } from './06-unnamed-role.js';
import { nearestCompatible } from './07-nearest-compatible.js';
import { lastSpeaker } from './08-last-speaker.js';
import { newEntity } from './09-new-entity.js';

/**
 * The resolution steps in the order they run: the first that returns an entity decides. Each
 * step handles the mentions it is for (names and descriptions, or pronouns) and passes on the
 * rest. A description is first read for a name beside it, then for the person the article gave
 * that role; a name is looked up among known entities before a new one is made; a pronoun tries
 * its own sentence, then the previous one, then the nearest person it agrees with.
 */
export const RESOLUTION_STEPS: readonly ResolutionStep[] = [
  appositiveName,
  roleHolder,
  knownEntity,
  ownSentenceSubject,
  previousSentenceSubject,
  unnamedRole,
  nearestCompatible,
  lastSpeaker,
  newEntity,
];
