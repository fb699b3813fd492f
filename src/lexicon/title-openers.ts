/**
 * Words right before a quoted title (besides a work's noun): "on “Fox News Sunday”", "titled “…”".
 */
export const TITLE_OPENERS: ReadonlySet<string> = new Set([
  'dubbed',
  'entitled',
  'headlined',
  'in',
  'named',
  'on',
  'titled',
]);
