/**
 * Every opening quotation mark the detector knows, with the marks that close it, its own closer
 * first (the one a writer who opens with the mark means; the detector looks for it when a straight
 * mark inside may be an inch mark). A mark may open one quotation and close another ("“" opens
 * English quotes and closes German ones); the detector uses the context of each mark to decide.
 * Primes and double primes (5′ 9″) are not here: they never quote.
 */
export const MARK_CLOSERS: ReadonlyMap<string, string> = new Map([
  // straight double (typewriter), its direction from the characters around it; also closed by ”
  // in text edited in two tools: "more hours” (seen in wire copy)
  ['"', '"”'],
  ["'", "'"], // straight single; most of these are apostrophes, see quotes/apostrophes.ts
  ['«', '»'], // guillemets: French, Spanish, Italian, Russian
  ['»', '«'], // reversed guillemets: German, Danish
  // English single: British primary quotes, American nested quotes and headlines; also closed by '
  // (‘That’s ridiculous,')
  ['‘', "’'"],
  ['‚', '‘’'], // German single (U+201A, not a comma), closed by ‘; Polish single, by ’
  ['‛', '’'], // reversed single (U+201B)
  // English double, the usual mark in news; also closed by " (“no evidence") and, typed
  // carelessly, by “ again
  ['“', '”"“'],
  ['”', '”'], // Swedish and Finnish: the same mark opens and closes
  ['„', '“”'], // German double: low opening, high closing; Polish, Hungarian, Romanian: closed by ”
  ['‟', '”'], // reversed double (U+201F), an opening mark in some typefaces and in Unicode-aware tools
  ['‹', '›'], // single guillemets
  ['›', '‹'], // reversed single guillemets
  ['「', '」'], // CJK corner brackets
  ['『', '』'], // CJK white corner brackets, for a quotation inside 「」
  ['＂', '＂'], // fullwidth straight double (U+FF02), from CJK input methods; symmetric like "
]);
