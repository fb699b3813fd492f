import { nameAtEnd } from '../mentions/describe-mention.js';
import { CAPITALISED, type TokenRange } from '../mentions/noun-phrase.js';
import type { Token } from '../nlp/token.js';

/** How many words a name set off by commas may have: "Marise Payne", "Jean-Luc van der Berg". */
const NAME_REACH = 6;

/**
 * A description with the speaker's name after it between commas — "Australia's foreign minister,
 * Marise Payne, called for" — reads as the whole phrase, so the speaker is the person named.
 *
 * @param tokens the article's tokens
 * @param mention the words the grammar found for the speaker: "Australia's foreign minister"
 * @returns the mention through the name, or the mention itself when no name follows
 */
export function withAppositiveName(tokens: readonly Token[], mention: TokenRange): TokenRange {
  const [a, b] = mention;
  if (tokens[b + 1]?.value !== ',' || nameAtEnd(tokens, a, b) !== null) return mention;
  let end = b + 2;
  while (end < tokens.length && end - b <= NAME_REACH && CAPITALISED.test(tokens[end]!.value))
    end++;
  const last = end - 1;
  if (last < b + 2 || tokens[end]?.value !== ',' || tokens[b + 2]!.pos !== 'PROPN') return mention;
  return nameAtEnd(tokens, b + 2, last) ? [a, last] : mention;
}
