import type { ResolutionStep } from '../cast.js';

/**
 * A name or description of someone already known: "Blinkwell" after "Antony Blinkwell", "the
 * White House" after "the White House", "the spokeswoman" after "Lena Marsh, a spokeswoman".
 */
export const knownEntity: ResolutionStep = {
  name: 'known-entity',
  apply({ store }, { info }) {
    return info.kind === 'pronoun' ? null : store.findSame(info);
  },
};
