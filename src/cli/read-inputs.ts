import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputMode } from './args.js';
import { byteOrderMark, decodeText } from './decode-text.js';
import { idSource } from './json-id.js';
import { looksBinary, looksLikeJsonLines } from './looks-binary.js';
import type { ArticleId } from './output-format.js';
import { splitLines, type LineLimits } from './split-lines.js';

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
      /**
       * The outlet it comes from, for `--summary`: its JSONL line's `outlet`, `source` or
       * `publisher`, the first that is a string of some text; absent otherwise.
       */
      readonly outlet?: string;
      /** Bytes of input it took, for progress. */
      readonly bytes: number;
    }
  | {
      readonly kind: 'error';
      /** What went wrong, naming the input: `archive.jsonl, line 3: not valid JSON (…)`. */
      readonly message: string;
      /** Bytes of input it took, for progress. */
      readonly bytes: number;
    }
  | {
      /** Something the user should know about how an input was read; the input is still read. */
      readonly kind: 'note';
      /** The note, naming the input: `old.txt: not valid UTF-8; read as Windows-1252`. */
      readonly message: string;
      readonly bytes: 0;
    };

/** What an article's text is: the article itself (`text`), or a page or fragment of HTML. */
export type Markup = 'text' | 'html';

/** File names that say the file is HTML. */
const HTML_FILE = /\.html?$/i;

/** File names that say the file is JSON lines: `.jsonl`, and `.ndjson` (newline-delimited JSON). */
const JSONL_FILE = /\.(?:jsonl|ndjson)$/i;

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
  source?: AsyncIterable<Uint8Array>,
): AsyncGenerator<InputItem> {
  const maxBytes = limits.maxBytes ?? Infinity;
  let stream: Readable | undefined;
  const parts: Uint8Array[] = [];
  let size = 0;
  let problem: string | undefined;
  try {
    if (!source && file !== '-') {
      // A regular file says its size: one too large is not opened at all.
      const info = await stat(file);
      if (info.isFile() && info.size > maxBytes) {
        yield { kind: 'error', message: tooLarge(name, maxBytes), bytes: info.size };
        return;
      }
    }
    if (!source) stream = file === '-' ? process.stdin : createReadStream(file);
    for await (const chunk of (source ?? stream) as AsyncIterable<Uint8Array>) {
      // UTF-16 has a NUL byte in every ASCII character: with its byte order mark, it is text
      if (size === 0 && looksBinary(chunk) && !byteOrderMark(chunk)?.startsWith('utf-16')) {
        problem = binary(name);
      } else if (size + chunk.byteLength > maxBytes) {
        problem = tooLarge(name, maxBytes);
      }
      size += chunk.byteLength;
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
  const decoded = decodeText(Buffer.concat(parts), limits.maxStringLength);
  if ('problem' in decoded) {
    yield { kind: 'error', message: `${name}: ${decoded.problem}; skipped`, bytes: size };
    return;
  }
  if (decoded.encoding === 'windows-1252') {
    yield { kind: 'note', message: `${name}: not valid UTF-8; read as Windows-1252`, bytes: 0 };
  }
  yield { kind: 'article', id: name, text: decoded.text, markup, bytes: size };
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
  const outlet = outletOf(value as Record<string, unknown>);
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
  return { kind: 'article', id: articleId, text, markup: 'text', ...(outlet && { outlet }), bytes };
}

/** The fields of a JSONL line that name its outlet, in the order they are looked for. */
const outletFields = ['outlet', 'source', 'publisher'] as const;

/** A JSONL line's outlet: the first of its outlet fields that is a string with a letter or digit. */
function outletOf(line: Readonly<Record<string, unknown>>): string | undefined {
  for (const field of outletFields) {
    const value = line[field];
    if (typeof value === 'string' && /[\p{L}\p{N}]/u.test(value)) return value.trim();
  }
  return undefined;
}

async function* readJsonLines(
  file: string,
  name: string,
  limits: InputLimits,
  source?: AsyncIterable<Uint8Array>,
): AsyncGenerator<InputItem> {
  const stream = source ? undefined : file === '-' ? process.stdin : createReadStream(file);
  const chunks = (source ?? stream!)[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
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
    if (stream && stream !== process.stdin) stream.destroy();
  }
}

/** How standard input reads when no `--input` says: see {@link readStdin}. */
type StdinVerdict = 'jsonl' | 'text' | 'unclear';

/** Reads the first line of standard input, when it starts as JSON does, to tell JSONL from an article. */
function stdinVerdict(head: Buffer): StdinVerdict {
  if (!looksLikeJsonLines(head)) return 'text';
  const newline = head.indexOf(0x0a);
  const line = withoutBom(head.toString('utf8', 0, newline === -1 ? head.length : newline));
  try {
    const value: unknown = JSON.parse(line);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject && typeof (value as { text?: unknown }).text === 'string' ? 'jsonl' : 'unclear';
  } catch {
    return 'unclear';
  }
}

async function* chain(
  head: readonly Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Standard input with no `--input`: JSON lines when its first line is a JSON object with a string
 * `text` (`cat export.ndjson | quote-attribution`), with a note saying so; one article when it
 * does not start with `{`; and an error that asks for `--input` when it starts with `{` but its
 * first line is no article, rather than a nonsense article made of JSON.
 */
async function* readStdin(limits: InputLimits): AsyncGenerator<InputItem> {
  const chunks = process.stdin[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const head: Uint8Array[] = [];
  let size = 0;
  try {
    // up to the end of the first line (an article at most: a longer line is skipped anyway)
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      head.push(next.value);
      size += next.value.byteLength;
      if (next.value.includes(0x0a) || size > (limits.maxBytes ?? Infinity)) break;
    }
  } catch (error) {
    yield { kind: 'error', message: cannotRead(stdinName, error), bytes: size };
    return;
  }
  const verdict = stdinVerdict(Buffer.concat(head));
  if (verdict === 'text') {
    yield* readArticle('-', stdinName, 'text', limits, chain(head, chunks));
  } else if (verdict === 'jsonl') {
    const message = `${stdinName}: starts with a JSON line with "text"; read as JSONL, one article a line (--input text reads it as one article)`;
    yield { kind: 'note', message, bytes: 0 };
    yield* readJsonLines('-', stdinName, limits, chain(head, chunks));
  } else {
    const message = `${stdinName}: starts with "{" but its first line is not a JSON object with "text"; pass --input jsonl to read it line by line, or --input text to read it as one article`;
    yield { kind: 'error', message, bytes: size };
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
 * @param mode how to read every input; by default JSONL for a file ending in `.jsonl` or
 *   `.ndjson`, HTML for `.html` and `.htm`, one article per input otherwise, and for standard
 *   input JSONL when its first line is a JSONL article (see {@link readStdin})
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
    if (file === '-' && !mode) {
      yield* readStdin(limits);
      continue;
    }
    const jsonl = mode ? mode === 'jsonl' : file !== '-' && JSONL_FILE.test(file);
    const html = mode ? mode === 'html' : file !== '-' && HTML_FILE.test(file);
    yield* jsonl
      ? readJsonLines(file, name, limits)
      : readArticle(file, name, html ? 'html' : 'text', limits);
  }
}
