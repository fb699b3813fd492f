import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtures, runCli } from './run-cli.js';

const maria = readFileSync(`${fixtures}maria.txt`, 'utf8');
const archive = readFileSync(`${fixtures}archive.jsonl`, 'utf8');

/** The ids of a JSONL output, in order. */
const ids = (stdout: string): unknown[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line).id);

describe.concurrent('where articles come from', () => {
  it.each([
    ['a file', ['maria.txt'], undefined, ['maria.txt']],
    [
      'several files, in order',
      ['harbour.txt', 'maria.txt'],
      undefined,
      ['harbour.txt', 'maria.txt'],
    ],
    ['standard input, with no file', [], maria, ['stdin']],
    ['standard input, as -', ['-'], maria, ['stdin']],
    ['a file and standard input', ['harbour.txt', '-'], maria, ['harbour.txt', 'stdin']],
    [
      'a .jsonl file, read as JSONL by default',
      ['archive.jsonl'],
      undefined,
      ['a1', 'a2', 'a3', 'a4', 'a5'],
    ],
    [
      'JSONL on standard input with --input jsonl',
      ['--input', 'jsonl'],
      archive,
      ['a1', 'a2', 'a3', 'a4', 'a5'],
    ],
    [
      'a .jsonl file read whole with --input text',
      ['--input', 'text', 'archive.jsonl'],
      undefined,
      ['archive.jsonl'],
    ],
    [
      'a .jsonl file and a text file',
      ['archive.jsonl', 'maria.txt'],
      undefined,
      ['a1', 'a2', 'a3', 'a4', 'a5', 'maria.txt'],
    ],
  ])('%s', async (_, args, stdin, expected) => {
    const { code, stdout, stderr } = await runCli(['--format', 'jsonl', '--jobs', '1', ...args], {
      stdin,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ids(stdout)).toStrictEqual(expected);
  });

  it('reads the article text as written, attributing a clear quotation', async () => {
    const { stdout } = await runCli(['--format', 'jsonl', '--jobs', '1'], { stdin: maria });
    const [result] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(result.paragraphs[0].text).toBe('"We will win," said Maria Lopez.');
    expect(result.quotes[0].speaker.name).toBe('Maria Lopez');
  });
});
