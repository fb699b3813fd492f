/**
 * Role nouns that describe a person without giving them a title: "a person familiar with the
 * matter", "a woman who lives nearby", "a source close to the talks". A speaker known only by one
 * of these has no `title`. Sorted.
 */
export const UNTITLED_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'man',
  'people',
  'person',
  'source',
  'woman',
]);
