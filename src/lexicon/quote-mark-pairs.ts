/**
 * Every pair of quotation marks the detector knows, opening mark first, with whether the closing
 * mark is the opening mark's own (`own`: the closer a writer who opens with the mark means, looked
 * for first; `also`: one that closes it too). A mark may appear in several pairs ("“" opens
 * English quotes and closes German ones); the detector uses the context of each mark to decide.
 * Primes and double primes (5′ 9″) are not here: they never quote.
 */
export const MARK_PAIRS: ReadonlyMap<string, 'own' | 'also'> = new Map([
  ['""', 'own'], // straight double (typewriter); direction comes from the surrounding characters
  ['"”', 'also'], // mixed: text edited in two tools, "more hours” (seen in wire copy)
  ["''", 'own'], // straight single; most of these are apostrophes, see quotes/apostrophes.ts
  ['«»', 'own'], // guillemets: French, Spanish, Italian, Russian
  ['»«', 'own'], // reversed guillemets: German, Danish
  ["‘'", 'also'], // mixed single: ‘That’s ridiculous,'
  ['‘’', 'own'], // English single: British primary quotes, American nested quotes and headlines
  ['‚‘', 'own'], // German single (U+201A, not a comma)
  ['‚’', 'also'], // Polish single
  ['‛’', 'own'], // reversed single (U+201B)
  ['“"', 'also'], // mixed the other way: “no evidence"
  ['““', 'also'], // careless typing: an English opening mark used again to close
  ['“”', 'own'], // English double, the usual mark in news
  ['””', 'own'], // Swedish and Finnish: the same mark opens and closes
  ['„“', 'own'], // German double: low opening, high closing
  ['„”', 'also'], // Polish, Hungarian, Romanian double
  ['‟”', 'own'], // reversed double (U+201F), an opening mark in some typefaces and in Unicode-aware tools
  ['‹›', 'own'], // single guillemets
  ['›‹', 'own'], // reversed single guillemets
  ['「」', 'own'], // CJK corner brackets
  ['『』', 'own'], // CJK white corner brackets, for a quotation inside 「」
  ['＂＂', 'own'], // fullwidth straight double (U+FF02), from CJK input methods; symmetric like "
]);
