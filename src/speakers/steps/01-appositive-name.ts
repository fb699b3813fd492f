import { describeMention } from '../../mentions/describe-mention.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import { knownOrNew, type Cast, type ResolutionStep } from '../cast.js';

/**
 * "A spokeswoman, Liesbet Marsh, said", "The city's chief planner, Yusuf Brandt, told": a
 * description followed by a name between commas is that person; the description's roles become
 * theirs for a later "the spokeswoman". The mention may hold the name itself ("The chairman of the
 * selection committee, Prakash Menon").
 */
export const appositiveName: ResolutionStep = {
  name: 'appositive-name',
  apply(cast, { first, last, info }) {
    if (info.kind !== 'role') return null;
    const { tokens, sentenceOf, quoteOf } = cast.ctx;
    const isNameWord = (j: number) =>
      CAPITALISED.test(tokens[j]!.value) || tokens[j]!.value === '-';
    let start = last;
    while (start > first && isNameWord(start)) start--;
    if (start < last && tokens[start]!.value === ',') return personIn(cast, start + 1, last);
    const k = last + 2;
    if (tokens[last + 1]?.value !== ',' || !CAPITALISED.test(tokens[k]?.value ?? '')) return null;
    let end = k;
    while (sentenceOf[end + 1] === sentenceOf[k] && quoteOf[end + 1]! < 0 && isNameWord(end + 1))
      end++;
    // the name is set off between commas: in "According to the Gazette, Dana Reyes said" the
    // comma ends a phrase before the clause's own subject
    return tokens[end + 1]?.value === ',' ? personIn(cast, k, end) : null;
  },
};

/** The person named by tokens `k..end`, known or new, or null when they name no one by name. */
function personIn(cast: Cast, k: number, end: number): number | null {
  const name = describeMention(cast.ctx.tokens, [k, end]);
  if (name.kind !== 'person' || name.given.length === 0) return null;
  return knownOrNew(cast, name, cast.ctx.tokens[k]!.start);
}
