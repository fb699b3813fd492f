/**
 * Quantities kept in a name's leading words for now, unlike the others of the quantities' table:
 * "All three candidates" is read as it is written.
 */
export const NOT_LEADING_QUANTITIES: ReadonlySet<string> = new Set(['all', 'most']);
