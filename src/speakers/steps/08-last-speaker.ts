import { agrees } from '../agreement.js';
import { knownOrNew, type ResolutionStep } from '../cast.js';

/** Kinds a singular personal pronoun can stand for, when its gender found no one. */
const PERSON_KINDS: ReadonlySet<string> = new Set(['person', 'role']);

/**
 * A pronoun no earlier step resolved goes to the latest speaker of its kind, whatever their
 * gender as far as the article told it: "he" or "I" to the latest person, "they", "we" or "it"
 * to the latest group, organisation or place. Before anyone has spoken, "she" goes to the nearest
 * woman (or person of unknown gender) named before it, as an object too ("thanked Ms. Lindqvist").
 * With no one to go to, it is no one's.
 */
export const lastSpeaker: ResolutionStep = {
  name: 'last-speaker',
  apply(cast, { at, info }) {
    const { store, names } = cast;
    if (info.kind !== 'pronoun') return null;
    const singular = !info.plural && info.pronoun !== 'it';
    for (let r = store.recent.length - 1; r >= 0; r--) {
      const e = store.entities[store.recent[r]!]!;
      if (PERSON_KINDS.has(e.kind) === singular) return store.recent[r]!;
    }
    if (!singular) return null;
    // no one has spoken yet: the nearest person named before, subject or not
    for (const n of names.before(at)) {
      if (!n.person || !agrees(info, 'person', n.info.gender, false)) continue;
      return knownOrNew(cast, n.info, n.at);
    }
    return null;
  },
};
