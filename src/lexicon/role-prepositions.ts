/**
 * Prepositions that join a role to where it is held: "a spokeswoman for", "an economist at".
 */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'from', 'in', 'with']);
