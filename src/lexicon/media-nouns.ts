/**
 * Media whose subject is in them: "footage of Trump saying", "a video of Clinton asking".
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'audio',
  'clip',
  'footage',
  'image',
  'images',
  'photo',
  'picture',
  'recording',
  'tape',
  'video',
]);
