/**
 * Quotation marks that open a quotation only right before a word: » and › open German quotations
 * written »so«, and with a space after them they are French closing marks (« ainsi »), never
 * openings.
 */
export const OPEN_ONLY_BEFORE_WORD: ReadonlySet<string> = new Set('»›');
