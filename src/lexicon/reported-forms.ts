/** Forms of "report" that close a sentence as its outer source: "…, CNN reported." */
export const REPORTED: ReadonlySet<string> = new Set(['reported', 'reports']);
