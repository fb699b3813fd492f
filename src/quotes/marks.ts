/**
 * Every pair of quotation marks the detector knows, opening mark first. A mark may appear in
 * several pairs ("“" opens English quotes and closes German ones); the detector uses the context
 * of each mark to decide.
 */
export const MARK_PAIRS = [
  ['“', '”'], // English double, the usual mark in news
  ['"', '"'], // straight double (typewriter); direction comes from the surrounding characters
  ['‘', '’'], // English single: British primary quotes, American nested quotes and headlines
  ["'", "'"], // straight single; most of these are apostrophes, see apostrophes.ts
  ['„', '“'], // German double: low opening, high closing
  ['„', '”'], // Polish, Hungarian, Romanian double
  ['‚', '‘'], // German single (U+201A, not a comma)
  ['‚', '’'], // Polish single
  ['«', '»'], // guillemets: French, Spanish, Italian, Russian
  ['»', '«'], // reversed guillemets: German, Danish
  ['‹', '›'], // single guillemets
  ['›', '‹'], // reversed single guillemets
  ['「', '」'], // CJK corner brackets
  ['『', '』'], // CJK white corner brackets, for a quotation inside 「」
  ['”', '”'], // Swedish and Finnish: the same mark opens and closes
  ['“', '“'], // careless typing: an English opening mark used again to close
] as const;

/** Any character that can open a quotation. */
export type OpeningMark = (typeof MARK_PAIRS)[number][0];

/** For each opening mark, the marks that may close it. */
export const CLOSERS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [open, close] of MARK_PAIRS) map.set(open, [...(map.get(open) ?? []), close]);
  return map;
})();

/** Every character that can close a quotation. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(MARK_PAIRS.map(([, close]) => close));

/** Marks whose direction the glyph does not tell: the context must. */
export const SYMMETRIC_MARKS: ReadonlySet<string> = new Set(['"', "'", '”']);

/** Marks that are also written as apostrophes. */
export const APOSTROPHE_MARKS: ReadonlySet<string> = new Set(["'", '’', '‘']);

/** Characters that may stand right before an opening mark besides whitespace: brackets, dashes, slashes. */
export const BEFORE_OPENING = new Set(['(', '[', '{', '—', '–', '-', '/', '…', ':']);
