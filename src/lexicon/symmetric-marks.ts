/** Quotation marks whose direction the glyph does not tell: the context must. */
export const SYMMETRIC_MARKS: ReadonlySet<string> = new Set('"\'”＂');
