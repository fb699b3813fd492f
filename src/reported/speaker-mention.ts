import { LEADING_CONJUNCTIONS } from '../lexicon/leading-conjunctions.js';
import { relativeAntecedent } from '../grammar/subjects.js';
import { nameAtEnd } from '../mentions/describe-mention.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import { type TokenRange } from '../mentions/noun-phrase.js';
import type { Token } from '../nlp/token.js';

/** How many words a name set off by commas may have: "Marise Payne", "Jean-Luc van der Berg". */
const NAME_REACH = 6;

/**
 * The words that name a report's speaker, as the cast should read them: a description with the
 * name after it between commas ("Australia's foreign minister, Marise Payne, called for") reads
 * through the name; a conjunction opening the sentence is left out ("But Trump said" is Trump);
 * a relative "who" with nothing before it to stand for names nobody.
 *
 * @param tokens the article's tokens
 * @param mention the words the grammar found for the speaker
 * @returns the mention to resolve, or null when it names nobody
 */
export function speakerMention(tokens: readonly Token[], mention: TokenRange): TokenRange | null {
  const b = mention[1];
  let a = mention[0];
  while (a < b && LEADING_CONJUNCTIONS.has(tokens[a]!.lower)) a++;
  if (a === b && /^(?:who|which|that)$/.test(tokens[a]!.lower))
    return relativeAntecedent(tokens, a) ? [a, b] : null;
  return withAppositiveName(tokens, [a, b]);
}

function withAppositiveName(tokens: readonly Token[], mention: TokenRange): TokenRange {
  const [a, b] = mention;
  if (tokens[b + 1]?.value !== ',' || nameAtEnd(tokens, a, b) !== null) return mention;
  let end = b + 2;
  while (end < tokens.length && end - b <= NAME_REACH && CAPITALISED.test(tokens[end]!.value))
    end++;
  const last = end - 1;
  if (last < b + 2 || tokens[end]?.value !== ',' || tokens[b + 2]!.pos !== 'PROPN') return mention;
  return nameAtEnd(tokens, b + 2, last) ? [a, last] : mention;
}
