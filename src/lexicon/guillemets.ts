/**
 * Guillemets pointing right or left, each closing one kind of quotation and opening the other.
 * When one is open to be closed, the mark closes it, even spaced in the French way (« ainsi »).
 */
export const GUILLEMETS: ReadonlySet<string> = new Set('«»‹›');
