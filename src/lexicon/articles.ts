/**
 * The articles: "the official" is definite, "an official" someone new; neither is a name.
 */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
