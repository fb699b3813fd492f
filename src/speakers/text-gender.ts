import type { TokenContext } from '../document/token-context.js';
import { GENDERED_PRONOUNS } from '../lexicon/gendered-pronouns.js';
import type { Gender } from '../lexicon/subject-pronouns.js';

/**
 * How many tokens after a subject's name are read for a pronoun that refers back to it: "Graham
 * said he …", "Castell, who chairs the board, said her …" put it within a clause or two.
 */
const PRONOUN_AFTER_REACH = 20;

/**
 * The gender the text gives a person named as a subject: the first gendered pronoun after the
 * name in its sentence, when no other name stands between ("Lindsey Graham said he would …").
 * The text is the better witness: a given name may be worn by both ("Lindsey", "Jordan").
 *
 * @param ctx the article's tokens in context
 * @param end the name's last token
 * @returns the gender, or 'unknown' when the sentence does not tell
 */
export function genderFromText(ctx: TokenContext, end: number): Gender {
  const { tokens, sentenceOf, quoteOf } = ctx;
  for (let k = end + 1; k <= end + PRONOUN_AFTER_REACH && k < tokens.length; k++) {
    if (sentenceOf[k] !== sentenceOf[end]) break;
    // words inside a quotation are the speaker's, and another name may be who the pronoun means
    if (quoteOf[k]! >= 0 || tokens[k]!.pos === 'PROPN') break;
    const gender = GENDERED_PRONOUNS[tokens[k]!.lower];
    if (gender) return gender;
  }
  return 'unknown';
}
