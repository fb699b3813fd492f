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

/**
 * Tells whether an input starts as a JSONL archive does: with `{` after any byte order mark and
 * white space. Such an input with a NUL byte in it is an archive with a bad line, not a binary.
 *
 * @param head the first bytes of the input
 * @returns `true` when the first character that is not white space is `{`
 * @example
 * looksLikeJsonLines(Buffer.from('{"id":"a1","text":"…"}\n')); // true
 */
export function looksLikeJsonLines(head: Uint8Array): boolean {
  let at = 0;
  // the UTF-8 byte order mark
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) at = 3;
  while (at < head.length && (head[at] === 0x20 || (head[at]! >= 0x09 && head[at]! <= 0x0d))) at++;
  return head[at] === 0x7b;
}
