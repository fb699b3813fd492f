import { describeMention } from '../../mentions/describe-mention.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import { knownOrNew, type ResolutionStep } from '../cast.js';

/**
 * "A spokeswoman, Liesbet Marsh, said", "The city's chief planner, Yusuf Brandt, told": a
 * description followed by a name between commas is that person; the description's roles become
 * theirs for a later "the spokeswoman".
 */
export const appositiveName: ResolutionStep = {
  name: 'appositive-name',
  apply(cast, { last, info }) {
    if (info.kind !== 'role') return null;
    const { tokens, sentenceOf, quoteOf } = cast.ctx;
    const k = last + 2;
    if (tokens[last + 1]?.value !== ',' || !CAPITALISED.test(tokens[k]?.value ?? '')) return null;
    let end = k;
    while (
      sentenceOf[end + 1] === sentenceOf[k] &&
      quoteOf[end + 1]! < 0 &&
      (CAPITALISED.test(tokens[end + 1]!.value) || tokens[end + 1]!.value === '-')
    )
      end++;
    // the name is set off between commas: in "According to the Gazette, Dana Reyes said" the
    // comma ends a phrase before the clause's own subject
    if (tokens[end + 1]?.value !== ',') return null;
    const name = describeMention(tokens, [k, end]);
    if (name.kind !== 'person' || name.given.length === 0) return null;
    return knownOrNew(cast, name, tokens[k]!.start);
  },
};
