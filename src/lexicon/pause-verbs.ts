/**
 * Reporting verbs that report speech only before a pause: ", she continued.", never "would continue
 * “to break barriers”".
 */
export const PAUSE_VERBS: ReadonlySet<string> = new Set(['continue']);
