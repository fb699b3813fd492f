import type { PronounMention } from '../mentions/describe-mention.js';
import { describeMention } from '../mentions/describe-mention.js';
import { pronounOf } from '../mentions/pronouns.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import { RELATIVE_PRONOUNS } from '../lexicon/relative-pronouns.js';
import { agrees } from './agreement.js';
import { knownOrNew, type Cast } from './cast.js';

/**
 * The entity a subject before token `p` names, when a pronoun of this kind can refer to it: the
 * known entity it names again, or a new one.
 *
 * @param cast the article's entities and named people
 * @param info the pronoun
 * @param subject the subject's tokens, or null when the sentence has none
 * @param p the pronoun's token
 * @returns the entity's index, or null when there is no subject before `p` the pronoun fits
 */
export function subjectEntity(
  cast: Cast,
  info: PronounMention,
  subject: TokenRange | null,
  p: number,
): number | null {
  if (!subject || subject[1] >= p) return null;
  const { tokens } = cast.ctx;
  // ("the crowd, which chanted his name, he said": a relative pronoun is no one to refer to)
  if (subject[0] === subject[1] && RELATIVE_PRONOUNS.has(tokens[subject[0]]!.lower)) return null;
  // "Her landlord served a notice. “…,” she said": she is the landlord's tenant
  if (info.gender !== 'unknown' && pronounOf(tokens[subject[0]]!.lower) === info.pronoun)
    return null;
  const described = describeMention(tokens, subject);
  if (
    described.kind === 'pronoun' ||
    !agrees(info, described.kind, described.gender, described.kind === 'group')
  )
    return null;
  return knownOrNew(cast, described, tokens[subject[0]]!.start);
}
