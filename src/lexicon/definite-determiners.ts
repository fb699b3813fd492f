/**
 * Determiners that make a description definite: "the official", "this official" refer back to
 * someone already known.
 */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['that', 'the', 'this']);
