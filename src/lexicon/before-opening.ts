/**
 * Characters that may stand right before an opening quotation mark besides whitespace: brackets,
 * dashes, slashes, a colon, an ellipsis.
 */
export const BEFORE_OPENING: ReadonlySet<string> = new Set('(-/:[{–—…');
