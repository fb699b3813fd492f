/**
 * Labels that open a line of page furniture before a colon: a link to another story, a video, a
 * podcast ("READ MORE: …", "Watch: …"). Lower case, sorted. Not "update", which opens news in
 * live blogs.
 */
export const FURNITURE_LABELS: ReadonlySet<string> = new Set([
  'also read',
  'listen',
  'more',
  'photos',
  'read',
  'read more',
  'related',
  'see also',
  'video',
  'watch',
]);

/**
 * Lines that are page furniture on their own: the web page's links and markers left in the text
 * of an article. Lower case, without final punctuation, sorted.
 */
export const FURNITURE_LINES: ReadonlySet<string> = new Set([
  'advertisement',
  'continue reading',
  'continue reading the main story',
  'related topics',
  'share this article',
  'story continues below',
  'story continues below advertisement',
]);

/**
 * Labels that open an image's caption before a colon ("Photo: Jane Doe at the reserve."). Lower
 * case, sorted.
 */
export const CAPTION_LABELS: ReadonlySet<string> = new Set([
  'caption',
  'image',
  'photo',
  'photograph',
  'picture',
  'pictured',
]);
