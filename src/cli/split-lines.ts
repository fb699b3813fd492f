/** One line of a stream, without its line ending. */
export interface Line {
  /** The line decoded as UTF-8, without `\n` or `\r\n`. */
  readonly text: string;
  /** Line number, from 1. */
  readonly number: number;
  /** Bytes the line took in the stream, line ending included, for progress. */
  readonly bytes: number;
}

const newline = 0x0a;

/**
 * Splits a byte stream into lines as the bytes arrive, holding no more than one line and one chunk
 * in memory, so a JSONL archive of any length streams through in flat memory.
 *
 * Lines are cut on bytes rather than on decoded text so a multi-byte character split between two
 * chunks is decoded whole, and so each line's byte count is exact.
 *
 * @param chunks the stream's chunks, such as a `fs.ReadStream` or `process.stdin`
 * @returns the lines in order; a last line without a newline is yielded too
 * @example
 * for await (const line of splitLines(createReadStream('archive.jsonl'))) console.log(line.number, line.text);
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
  let rest: Buffer[] = [];
  let number = 0;
  const line = (bytes: Buffer): Line => {
    number += 1;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === newline) end -= 1;
    if (end > 0 && bytes[end - 1] === 0x0d) end -= 1;
    return { text: bytes.toString('utf8', 0, end), number, bytes: bytes.length };
  };
  for await (const chunk of chunks) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = buffer.indexOf(newline);
    while (at !== -1) {
      const head = buffer.subarray(0, at + 1);
      yield line(rest.length ? Buffer.concat([...rest, head]) : head);
      rest = [];
      buffer = buffer.subarray(at + 1);
      at = buffer.indexOf(newline);
    }
    // Copy the unfinished line: keeping a view would pin the whole chunk until the line ends.
    if (buffer.length) rest.push(Buffer.from(buffer));
  }
  if (rest.length) yield line(Buffer.concat(rest));
}
