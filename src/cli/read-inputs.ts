import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputMode } from './args.js';
import { idSource } from './json-id.js';
import { looksBinary, looksLikeJsonLines } from './looks-binary.js';
import type { ArticleId } from './output-format.js';
import { decodeUtf8, splitLines, type LineLimits } from './split-lines.js';

/** Limits of {@link readInputs}: an input over one is an error for that input alone. */
export interface InputLimits extends LineLimits {
  /**
   * The most bytes of one article: a whole file, or one JSONL line.
   * @default Infinity
   */
  readonly maxBytes?: number;
}

/** One input, read: an article to analyse, or an input that could not be read and why. */
export type InputItem =
  | {
      readonly kind: 'article';
      /** The article's id: the file name, `stdin`, or the `id` of its JSONL line as written. */
      readonly id: ArticleId;
      readonly text: string;
      /** What `text` is: the article itself, or its HTML. */
      readonly markup: Markup;
      /** Bytes of input it took, for progress. */
      readonly bytes: number;
    }
  | {
      readonly kind: 'error';
      /** What went wrong, naming the input: `archive.jsonl, line 3: not valid JSON (…)`. */
      readonly message: string;
      /** Bytes of input it took, for progress. */
      readonly bytes: number;
    };

/** What an article's text is: the article itself (`text`), or a page or fragment of HTML. */
export type Markup = 'text' | 'html';

/** File names that say the file is HTML. */
const HTML_FILE = /\.html?$/i;

/** The name standard input goes by in messages and as an article id. */
const stdinName = 'stdin';

/** Node's error codes for a file that cannot be read, in words for people who do not program. */
const readErrors: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a folder in the path is not a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

function cannotRead(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    (code && readErrors[code]) || (error instanceof Error ? error.message : String(error));
  return `${name}: cannot read (${reason})`;
}

function binary(name: string): string {
  return `${name}: looks like a binary file, not text; skipped`;
}

/** Drops the byte order mark some Windows editors put at the start of UTF-8 text. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooLarge(name: string, maxBytes: number): string {
  return `${name}: more than ${maxBytes.toLocaleString('en-US')} bytes; skipped`;
}

/**
 * Reads one article, looking at its first chunk for binary before reading more and stopping at
 * `maxBytes`, so neither a photo nor an endless device (`/dev/zero`, a pipe that never ends) is
 * read whole.
 */
async function* readArticle(
  file: string,
  name: string,
  markup: Markup,
  limits: InputLimits,
): AsyncGenerator<InputItem> {
  const maxBytes = limits.maxBytes ?? Infinity;
  let stream: Readable | undefined;
  const parts: Buffer[] = [];
  let size = 0;
  let problem: string | undefined;
  try {
    if (file !== '-') {
      // A regular file says its size: one too large is not opened at all.
      const info = await stat(file);
      if (info.isFile() && info.size > maxBytes) {
        yield { kind: 'error', message: tooLarge(name, maxBytes), bytes: info.size };
        return;
      }
    }
    stream = file === '-' ? process.stdin : createReadStream(file);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (size === 0 && looksBinary(chunk)) {
        problem = binary(name);
      } else if (size + chunk.length > maxBytes) {
        problem = tooLarge(name, maxBytes);
      }
      size += chunk.length;
      if (problem) break;
      parts.push(chunk);
    }
  } catch (error) {
    yield { kind: 'error', message: cannotRead(name, error), bytes: size };
    return;
  } finally {
    // Stops reading a file left early; standard input is left for the process to close.
    if (stream && stream !== process.stdin) stream.destroy();
  }
  if (problem) {
    yield { kind: 'error', message: problem, bytes: size };
    return;
  }
  const bytes = Buffer.concat(parts);
  const decoded = decodeUtf8(bytes, bytes.length, limits.maxStringLength);
  if ('problem' in decoded) {
    yield { kind: 'error', message: `${name}: ${decoded.problem}; skipped`, bytes: size };
    return;
  }
  yield { kind: 'article', id: name, text: withoutBom(decoded.text), markup, bytes: size };
}

/** Gives back the chunk that was read ahead to sniff for binary, then the rest of the stream. */
async function* prepend(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

function parseLine(name: string, number: number, line: string, bytes: number): InputItem {
  const where = `${name}, line ${number}`;
  if (line.includes('\0')) {
    return {
      kind: 'error',
      message: `${where}: holds a NUL byte, binary data rather than text`,
      bytes,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', message: `${where}: not valid JSON (${reason})`, bytes };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', message: `${where}: not a JSON object with "id" and "text"`, bytes };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    const problem = text === undefined ? 'has no "text"' : '"text" is not a string';
    return { kind: 'error', message: `${where}: ${problem}`, bytes };
  }
  // An archive line without an id still gets one a person can find it by.
  const articleId: ArticleId =
    typeof id === 'string'
      ? id
      : typeof id === 'number'
        ? { number: idSource(line) ?? String(id) }
        : `${name}:${number}`;
  return { kind: 'article', id: articleId, text, markup: 'text', bytes };
}

async function* readJsonLines(
  file: string,
  name: string,
  limits: InputLimits,
): AsyncGenerator<InputItem> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  let lines = 0;
  try {
    const first = await chunks.next();
    if (first.done) return;
    // A NUL byte in an archive's first kilobytes is one bad line when the input starts as JSON
    // does; an input that starts otherwise (a photo, a zip) is skipped whole.
    if (looksBinary(first.value) && !looksLikeJsonLines(first.value)) {
      yield { kind: 'error', message: binary(name), bytes: first.value.byteLength };
      return;
    }
    for await (const line of splitLines(prepend(first.value, chunks), limits)) {
      lines = line.number;
      const where = `${name}, line ${line.number}`;
      if ('problem' in line) {
        yield { kind: 'error', message: `${where}: ${line.problem}; skipped`, bytes: line.bytes };
        continue;
      }
      const text = line.number === 1 ? withoutBom(line.text) : line.text;
      // Blank lines, such as the one an editor leaves at the end, are not articles.
      if (text.trim() === '') continue;
      yield parseLine(name, line.number, text, line.bytes);
    }
  } catch (error) {
    const message = cannotRead(lines ? `${name}, after line ${lines}` : name, error);
    yield { kind: 'error', message, bytes: 0 };
  } finally {
    // Stops reading a file left early (a read error, or the consumer gave up).
    if (stream !== process.stdin) stream.destroy();
  }
}

/**
 * Reads the inputs one after the other, lazily: a JSONL input is read line by line as the caller
 * asks for articles, so memory does not grow with the length of the archive.
 *
 * An input that cannot be read (missing, a directory, binary) and a JSONL line that is not an
 * article (not JSON, not an object, no `text`) come out as `error` items in their place, so the
 * caller reports them and goes on with the rest.
 *
 * @param files the files in order; `-` is standard input
 * @param mode how to read every input; by default JSONL for a file ending in `.jsonl`, HTML for
 *   `.html` and `.htm`, one article per input otherwise
 * @param limits see {@link InputLimits}; none by default
 * @returns the articles and errors in input order
 * @example
 * for await (const item of readInputs(['archive.jsonl', 'story.txt'], undefined)) console.log(item.kind);
 */
export async function* readInputs(
  files: readonly string[],
  mode: InputMode | undefined,
  limits: InputLimits = {},
): AsyncGenerator<InputItem> {
  for (const file of files) {
    const name = file === '-' ? stdinName : file;
    const jsonl = mode ? mode === 'jsonl' : file !== '-' && file.toLowerCase().endsWith('.jsonl');
    const html = mode ? mode === 'html' : file !== '-' && HTML_FILE.test(file);
    yield* jsonl
      ? readJsonLines(file, name, limits)
      : readArticle(file, name, html ? 'html' : 'text', limits);
  }
}
