import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { InputMode } from './args.js';
import { looksBinary } from './looks-binary.js';
import { splitLines } from './split-lines.js';

/** One input, read: an article to analyse, or an input that could not be read and why. */
export type InputItem =
  | {
      readonly kind: 'article';
      /** The article's id: the file name, `stdin`, or the `id` of its JSONL line. */
      readonly id: string | number;
      readonly text: string;
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

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

async function* readArticle(file: string, name: string): AsyncGenerator<InputItem> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readAll(process.stdin) : await readFile(file);
  } catch (error) {
    yield { kind: 'error', message: cannotRead(name, error), bytes: 0 };
    return;
  }
  if (looksBinary(bytes)) {
    yield { kind: 'error', message: binary(name), bytes: bytes.length };
    return;
  }
  yield {
    kind: 'article',
    id: name,
    text: withoutBom(bytes.toString('utf8')),
    bytes: bytes.length,
  };
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
  const articleId = typeof id === 'string' || typeof id === 'number' ? id : `${name}:${number}`;
  return { kind: 'article', id: articleId, text, bytes };
}

async function* readJsonLines(file: string, name: string): AsyncGenerator<InputItem> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  let lines = 0;
  try {
    const first = await chunks.next();
    if (first.done) return;
    if (looksBinary(first.value)) {
      yield { kind: 'error', message: binary(name), bytes: first.value.byteLength };
      return;
    }
    for await (const line of splitLines(prepend(first.value, chunks))) {
      lines = line.number;
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
 * @param mode how to read every input; by default JSONL for a file ending in `.jsonl`, one
 *   article per input otherwise
 * @returns the articles and errors in input order
 * @example
 * for await (const item of readInputs(['archive.jsonl', 'story.txt'], undefined)) console.log(item.kind);
 */
export async function* readInputs(
  files: readonly string[],
  mode: InputMode | undefined,
): AsyncGenerator<InputItem> {
  for (const file of files) {
    const name = file === '-' ? stdinName : file;
    const jsonl = mode ? mode === 'jsonl' : file !== '-' && file.toLowerCase().endsWith('.jsonl');
    yield* jsonl ? readJsonLines(file, name) : readArticle(file, name);
  }
}
