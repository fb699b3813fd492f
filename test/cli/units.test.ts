// The command's pure parts, without a child process: argument parsing, line splitting, ordering,
// binary sniffing and the progress line.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { looksBinary } from '../../src/cli/looks-binary.js';
import { mapOrdered } from '../../src/cli/map-ordered.js';
import { renderProgress } from '../../src/cli/render-progress.js';
import { splitLines } from '../../src/cli/split-lines.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* chunked(...parts: (string | number[])[]): AsyncGenerator<Uint8Array> {
  for (const part of parts)
    yield typeof part === 'string' ? Buffer.from(part) : Uint8Array.from(part);
}

describe('parseCliArgs', () => {
  const cores = availableParallelism();
  const defaults = {
    timeout: 60,
    maxBytes: 50 * 1024 * 1024,
    notes: [],
    shape: undefined,
    summary: false,
  };
  /** `--jobs n` as the command takes it: at most the cores there are, with a note when lowered. */
  const jobs = (n: number) =>
    n <= cores
      ? { jobs: n, notes: [] }
      : { jobs: cores, notes: [`--jobs ${n} is more than the ${cores} available; using ${cores}`] };
  it.each([
    [[], { kind: 'run', files: ['-'], format: 'text', input: undefined, jobs: cores, ...defaults }],
    [
      ['a.txt', 'b.jsonl'],
      {
        kind: 'run',
        files: ['a.txt', 'b.jsonl'],
        format: 'text',
        input: undefined,
        jobs: cores,
        ...defaults,
      },
    ],
    [
      ['-f', 'html', '-i', 'jsonl', '-j', '3', '-'],
      { kind: 'run', files: ['-'], format: 'html', input: 'jsonl', ...defaults, ...jobs(3) },
    ],
    [
      ['--format=json', '--jobs=12', 'x'],
      { kind: 'run', files: ['x'], format: 'json', input: undefined, ...defaults, ...jobs(12) },
    ],
    [
      ['--', '--odd-name.txt'],
      {
        kind: 'run',
        files: ['--odd-name.txt'],
        format: 'text',
        input: undefined,
        jobs: cores,
        ...defaults,
      },
    ],
    [
      ['--timeout', '2.5', '--max-bytes', '3M', 'x'],
      {
        kind: 'run',
        files: ['x'],
        format: 'text',
        input: undefined,
        jobs: cores,
        ...defaults,
        timeout: 2.5,
        maxBytes: 3 * 1024 * 1024,
      },
    ],
    [
      ['--summary', '-f', 'json', 'a.jsonl'],
      {
        kind: 'run',
        files: ['a.jsonl'],
        format: 'json',
        input: undefined,
        jobs: cores,
        ...defaults,
        summary: true,
      },
    ],
    [['--help', 'a.txt'], { kind: 'help' }],
    [['-v'], { kind: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toStrictEqual(expected);
  });

  it.each([
    [['-x']],
    [['--jobs', '1.5']],
    [['--timeout', '-1']],
    [['--timeout', 'soon']],
    [['--max-bytes', '0']],
    [['--max-bytes', '5T']],
    [['--jobs', '-2']],
    [['--format', 'JSON']],
    [['--format']],
    [['--summary', '--format', 'csv']],
    [['--summary', '--format', 'jsonl']],
    [['--summary', '--format', 'json', '--compact']],
  ])('%j is a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('splitLines', () => {
  it.each([
    [
      'one chunk',
      ['a\nbb\n'],
      [
        ['a', 1, 2],
        ['bb', 2, 3],
      ],
    ],
    [
      'a line over chunks',
      ['a', 'b\nc', 'd'],
      [
        ['ab', 1, 3],
        ['cd', 2, 2],
      ],
    ],
    [
      'CRLF',
      ['a\r\nb\r\n'],
      [
        ['a', 1, 3],
        ['b', 2, 3],
      ],
    ],
    [
      'empty lines',
      ['\n\nx'],
      [
        ['', 1, 1],
        ['', 2, 1],
        ['x', 3, 1],
      ],
    ],
    // "é" is two bytes in UTF-8; cut between them it must still come out whole.
    [
      'a character cut between chunks',
      [
        [0x63, 0x61, 0x66, 0xc3],
        [0xa9, 0x0a],
      ],
      [['café', 1, 6]],
    ],
  ])('%s', async (_, parts, expected) => {
    const lines = await collect(splitLines(chunked(...(parts as (string | number[])[]))));
    expect(lines.map((l) => ['text' in l ? l.text : l.problem, l.number, l.bytes])).toStrictEqual(
      expected,
    );
  });
});

describe('mapOrdered', () => {
  it.each([[1], [2], [5], [100]])('keeps input order with a window of %i', async (window) => {
    const delays = [30, 5, 20, 0, 10, 1, 15];
    async function* items() {
      yield* delays;
    }
    const slow = (ms: number) =>
      new Promise<number>((resolve) => setTimeout(() => resolve(ms), ms));
    expect(await collect(mapOrdered(items(), window, slow))).toStrictEqual(delays);
  });

  it.each([[1], [3]])('never has more than %i items started and not taken', async (window) => {
    let open = 0;
    let most = 0;
    async function* items() {
      for (let i = 0; i < 20; i++) yield i;
    }
    const task = async (i: number) => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return i;
    };
    for await (const _ of mapOrdered(items(), window, task)) open -= 1;
    expect(most).toBe(window);
  });
});

describe('looksBinary', () => {
  it.each([
    ['plain text', Buffer.from('"We will win," said Maria Lopez.'), false],
    ['UTF-8 text', Buffer.from('“Ça va,” dit-elle — 東京'), false],
    ['a NUL byte', Buffer.from([0x41, 0x00, 0x42]), true],
    [
      'a NUL byte after 8000 bytes',
      Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0])]),
      false,
    ],
    ['nothing', Buffer.alloc(0), false],
  ])('%s', (_, bytes, expected) => {
    expect(looksBinary(bytes)).toBe(expected);
  });
});

describe('renderProgress', () => {
  it.each([
    [
      { done: 1234, bytes: 42, totalBytes: 100, elapsedMs: 14_500, columns: 80 },
      '[#############-----------------]  42%  1,234 articles  85/s  0:20 left',
    ],
    [
      { done: 0, bytes: 0, totalBytes: 100, elapsedMs: 1000, columns: 80 },
      '[------------------------------]   0%  0 articles  0/s',
    ],
    [
      { done: 1, bytes: 100, totalBytes: 100, elapsedMs: 2000, columns: 80 },
      '[##############################] 100%  1 article  1/s  0:00 left',
    ],
    [
      { done: 10, bytes: 1, totalBytes: 1000, elapsedMs: 10_000, columns: 80 },
      '[------------------------------]   0%  10 articles  1/s  2:46:30 left',
    ],
    [
      { done: 500, bytes: 5, totalBytes: undefined, elapsedMs: 2000, columns: 80 },
      '500 articles  250/s',
    ],
    [
      { done: 5, bytes: 1, totalBytes: 2, elapsedMs: 1000, columns: 30 },
      '[#####-----]  50%  5 articles',
    ],
  ])('%j', (state, expected) => {
    expect(renderProgress(state)).toBe(expected);
  });
});
