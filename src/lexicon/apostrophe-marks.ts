/**
 * Quotation marks that are also written as apostrophes. One of these that closes nothing is an
 * apostrophe (the students’ books), never a stray closing mark; and it closes only the innermost
 * quotation, so that a possessive inside “…” cannot end a ‘…’ around it.
 */
export const APOSTROPHE_MARKS: ReadonlySet<string> = new Set("'‘’");
