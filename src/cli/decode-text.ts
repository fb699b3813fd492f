import { constants } from 'node:buffer';

/** The encodings a text file is read in; see {@link decodeText}. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What {@link decodeText} read: the text and the encoding it was read in, or why it could not. */
export type DecodedText =
  { readonly text: string; readonly encoding: TextEncoding } | { readonly problem: string };

/**
 * Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1: the curly
 * quotation marks, dashes and ellipsis of text saved by Windows word processors. The five bytes
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay the control characters
 * Latin-1 gives them, as the WHATWG Encoding Standard decodes them.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The first byte of the Windows-1252 range that differs from Latin-1. */
const HIGH_START = 0x80;
/** Just past it: from 0xA0 on, Windows-1252 is Latin-1, byte for byte. */
const HIGH_END = 0xa0;

/** Which byte order mark an input starts with, if any. */
export function byteOrderMark(head: Uint8Array): TextEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // in slices, so that no argument list grows with the file
  const slice = 8192;
  for (let at = 0; at < bytes.length; at += slice) {
    const units = Array.from(bytes.subarray(at, at + slice), (b) =>
      b >= HIGH_START && b < HIGH_END ? WINDOWS_1252_HIGH.charCodeAt(b - HIGH_START) : b,
    );
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

/**
 * Decodes a text file whatever encoding an article comes in: UTF-8, with or without a byte order
 * mark; UTF-16, little- or big-endian, when a byte order mark says so (without one, UTF-16 cannot
 * be told from binary and is refused before this); and, when the bytes are not valid UTF-8, the
 * Windows-1252 that older Windows software writes (its 0x93 and 0x94 are “ and ”). The byte order
 * mark is not part of the text.
 *
 * @param bytes the whole file
 * @param maxStringLength the longest text allowed, in UTF-16 units; V8 refuses longer strings,
 *   and that must cost the one input, not the run
 * @returns the text and its encoding, or why there is none
 * @example
 * decodeText(Buffer.from([0x93, 0x48, 0x69, 0x94])); // { text: '“Hi”', encoding: 'windows-1252' }
 */
export function decodeText(
  bytes: Uint8Array,
  maxStringLength: number = constants.MAX_STRING_LENGTH,
): DecodedText {
  const bom = byteOrderMark(bytes);
  let text: string;
  let encoding: TextEncoding = bom ?? 'utf-8';
  try {
    if (bom === 'utf-16le' || bom === 'utf-16be') {
      text = new TextDecoder(bom, { ignoreBOM: false }).decode(bytes);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        // TypeError: not valid UTF-8. Any byte sequence is valid Windows-1252.
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  } catch {
    return { problem: tooLong(maxStringLength) };
  }
  return text.length > maxStringLength ? { problem: tooLong(maxStringLength) } : { text, encoding };
}

function tooLong(maxStringLength: number): string {
  return `longer than the ${maxStringLength.toLocaleString('en-US')} characters a string can hold`;
}
