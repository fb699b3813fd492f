/**
 * People named by the work they made or present: the author of “The Long Flood”, the host of
 * “Harbor Talk”, the “Harbor Nights” star.
 */
export const WORK_MAKERS: ReadonlySet<string> = new Set([
  'anchor',
  'author',
  'co-author',
  'co-editor',
  'co-host',
  'coauthor',
  'cohost',
  'creator',
  'director',
  'editor',
  'host',
  'hosts',
  'narrator',
  'producer',
  'publisher',
  'star',
  'writer',
]);
