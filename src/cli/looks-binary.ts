/** How far into an input to look for a NUL byte; git and grep look at about as much. */
const sniffLength = 8000;

/**
 * Tells whether bytes read from the start of an input are a binary file rather than text: text in
 * any encoding an article comes in (UTF-8, Latin-1, Windows-1252) has no NUL byte, while images,
 * PDFs, archives and word-processor files have them within their first few kilobytes.
 *
 * @param head the first bytes of the input (more than needed is fine)
 * @returns `true` when a NUL byte appears in the first 8000 bytes
 * @example
 * looksBinary(Buffer.from('"We will win," said Maria Lopez.')); // false
 */
export function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, sniffLength).includes(0);
}
