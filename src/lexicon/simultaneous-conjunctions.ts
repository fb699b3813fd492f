/**
 * Conjunctions of a clause at the same time as the next (all of them time conjunctions): "as Osei
 * left the hall, shouting …" — a participle right after such a clause is its subject's act.
 */
export const SIMULTANEOUS_CONJUNCTIONS: ReadonlySet<string> = new Set(['as', 'when', 'while']);
