import { sentenceAt } from '../../document/token-context.js';
import type { PronounMention } from '../../mentions/describe-mention.js';
import { agrees } from '../agreement.js';
import { knownOrNew, type Cast, type ResolutionStep } from '../cast.js';

/**
 * The nearest earlier person a pronoun agrees with: the latest known speaker of that gender and
 * number, or a person named since then as a subject and not yet quoted ("Harold Finch opened the
 * meeting. “…,” he said."). "The actress", when no actress is known yet, is read the same way from
 * the start of its sentence ("Finch said the mayor …": the mayor is not Finch).
 */
export const nearestCompatible: ResolutionStep = {
  name: 'nearest-compatible',
  apply(cast, { first, at, info }) {
    if (info.kind === 'pronoun') return nearestBefore(cast, info, at);
    if (info.kind !== 'role' || !info.definite) return null;
    const sentenceStart = cast.ctx.tokens[sentenceAt(cast.ctx, first)[0]]!.start;
    const asPronoun: PronounMention = {
      kind: 'pronoun',
      pronoun: info.gender === 'female' ? 'she' : 'he',
      gender: info.gender,
      plural: false,
    };
    return nearestBefore(cast, asPronoun, sentenceStart);
  },
};

function nearestBefore(cast: Cast, info: PronounMention, at: number): number | null {
  const { store, names } = cast;
  let best: number | null = null;
  let bestAt = -1;
  for (let r = store.recent.length - 1; r >= 0; r--) {
    const e = store.entities[store.recent[r]!]!;
    const last = lastBefore(e.seenAt, at);
    if (last > bestAt && agrees(info, e.kind, e.gender, e.plural)) {
      best = store.recent[r]!;
      bestAt = last;
    }
  }
  // a person named since then, not yet quoted, is nearer
  for (const n of names.before(at)) {
    if (n.at <= bestAt) break;
    if (!n.person || !n.subject || !agrees(info, 'person', n.info.gender, false)) continue;
    const e = knownOrNew(cast, n.info, n.at);
    store.touch(e, n.at);
    return e;
  }
  return best;
}

/** The last offset in an ascending list that is before `at`, or -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  for (let k = sorted.length - 1; k >= 0; k--) if (sorted[k]! < at) return sorted[k]!;
  return -1;
}
