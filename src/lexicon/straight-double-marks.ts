/** Straight double marks: after a digit one of these may be an inch mark (a 12" pipe). */
export const STRAIGHT_DOUBLE_MARKS: ReadonlySet<string> = new Set('"＂');
