import { constants } from 'node:buffer';

/** One line of a stream, without its line ending, or why it could not be kept. */
export type Line =
  | {
      /** The line decoded as UTF-8, without `\n` or `\r\n`. */
      readonly text: string;
      /** Line number, from 1. */
      readonly number: number;
      /** Bytes the line took in the stream, line ending included, for progress. */
      readonly bytes: number;
    }
  | {
      /** Why the line was dropped, as a message names it: `more than 1,024 bytes`. */
      readonly problem: string;
      readonly number: number;
      readonly bytes: number;
    };

/** Limits of {@link splitLines}. */
export interface LineLimits {
  /**
   * The longest line kept, in bytes with its line ending; a longer one is not held in memory but
   * counted and reported, and the lines after it are read as usual.
   * @default Infinity
   */
  readonly maxBytes?: number;
  /**
   * The longest string a line may decode to, in UTF-16 units. A parameter so that tests can
   * exercise V8's limit (about 2^29 on 64-bit builds, a 512 MB line) without making such a line.
   * @default buffer.constants.MAX_STRING_LENGTH
   */
  readonly maxStringLength?: number;
}

const newline = 0x0a;

/**
 * Decodes UTF-8 bytes, or says why they cannot be one string: V8 refuses strings longer than
 * its limit, and that must cost the one input, not the run.
 *
 * @param bytes the bytes
 * @param end where to stop decoding
 * @param maxStringLength the longest string allowed
 * @returns the text, or a problem naming the limit
 */
export function decodeUtf8(
  bytes: Buffer,
  end: number,
  maxStringLength: number = constants.MAX_STRING_LENGTH,
): { readonly text: string } | { readonly problem: string } {
  const tooLong = {
    problem: `longer than the ${maxStringLength.toLocaleString('en-US')} characters a string can hold`,
  };
  let text: string;
  try {
    text = bytes.toString('utf8', 0, end);
  } catch {
    return tooLong;
  }
  return text.length > maxStringLength ? tooLong : { text };
}

/**
 * Splits a byte stream into lines as the bytes arrive, holding no more than one line and one chunk
 * in memory, so a JSONL archive of any length streams through in flat memory. A line over
 * `limits.maxBytes` is not held at all: it comes out as a `problem` once its end is reached.
 *
 * Lines are cut on bytes rather than on decoded text so a multi-byte character split between two
 * chunks is decoded whole, and so each line's byte count is exact.
 *
 * @param chunks the stream's chunks, such as a `fs.ReadStream` or `process.stdin`
 * @param limits see {@link LineLimits}
 * @returns the lines in order; a last line without a newline is yielded too
 * @example
 * for await (const line of splitLines(createReadStream('archive.jsonl'))) console.log(line.number);
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  limits: LineLimits = {},
): AsyncGenerator<Line> {
  const maxBytes = limits.maxBytes ?? Infinity;
  let rest: Buffer[] = [];
  let restBytes = 0;
  // Set while a line over maxBytes is being skipped: the bytes it has taken so far.
  let skipping: number | undefined;
  let number = 0;
  const line = (bytes: Buffer): Line => {
    number += 1;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === newline) end -= 1;
    if (end > 0 && bytes[end - 1] === 0x0d) end -= 1;
    return { ...decodeUtf8(bytes, end, limits.maxStringLength), number, bytes: bytes.length };
  };
  const skipped = (bytes: number): Line => {
    number += 1;
    const problem = `more than ${maxBytes.toLocaleString('en-US')} bytes`;
    return { problem, number, bytes };
  };
  for await (const chunk of chunks) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = buffer.indexOf(newline);
    while (at !== -1) {
      const head = buffer.subarray(0, at + 1);
      if (skipping !== undefined) yield skipped(skipping + head.length);
      else if (restBytes + head.length > maxBytes) yield skipped(restBytes + head.length);
      else yield line(rest.length ? Buffer.concat([...rest, head]) : head);
      rest = [];
      restBytes = 0;
      skipping = undefined;
      buffer = buffer.subarray(at + 1);
      at = buffer.indexOf(newline);
    }
    if (!buffer.length) continue;
    if (skipping !== undefined) skipping += buffer.length;
    else if (restBytes + buffer.length > maxBytes) {
      skipping = restBytes + buffer.length;
      rest = [];
      restBytes = 0;
    } else {
      // Copy the unfinished line: keeping a view would pin the whole chunk until the line ends.
      rest.push(Buffer.from(buffer));
      restBytes += buffer.length;
    }
  }
  if (skipping !== undefined) yield skipped(skipping);
  else if (rest.length) yield line(Buffer.concat(rest));
}
