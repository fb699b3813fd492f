import { ARTICLES } from '../lexicon/articles.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import type { Token } from '../nlp/token.js';

/**
 * How many tokens of an appositive are read for role nouns, past its article: "a spokeswoman for
 * the agency" puts the role within a few words; further on are the words of what it is a role of.
 */
const APPOSITIVE_REACH = 6;

/**
 * Role nouns of an appositive right after a mention: "Lena Marsh, a spokeswoman for …" gives
 * "spokeswoman", which a later "the spokeswoman" refers back to.
 *
 * @param tokens the article's tokens
 * @param end the mention's last token
 * @returns the role nouns, in text order; empty when no appositive follows
 */
export function appositiveRoles(tokens: readonly Token[], end: number): string[] {
  if (tokens[end + 1]?.value !== ',' || !ARTICLES.has(tokens[end + 2]?.lower ?? '')) return [];
  const roles: string[] = [];
  const from = end + 3;
  for (let k = from; k < tokens.length && k < from + APPOSITIVE_REACH; k++) {
    const w = tokens[k]!.lower;
    if (w in ROLE_NOUNS) roles.push(w);
    if (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') break;
  }
  return roles;
}
