/**
 * Relative pronouns: "Smith, who said …" refers back to the noun phrase before the comma.
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
