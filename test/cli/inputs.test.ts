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

describe.concurrent('HTML in', () => {
  const html = readFileSync(`${fixtures}maria.html`, 'utf8');
  const results = (stdout: string) =>
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));

  it.each([
    ['a .html file', ['maria.html'], undefined, 'maria.html'],
    ['a .htm file', ['maria.htm'], undefined, 'maria.htm'],
    ['HTML on standard input with --input html', ['--input', 'html'], html, 'stdin'],
  ])('reads %s as HTML: its text, its speaker, html ranges', async (_, args, stdin, id) => {
    const { code, stdout, stderr } = await runCli(['--format', 'jsonl', '--jobs', '1', ...args], {
      stdin,
    });
    expect([code, stderr]).toStrictEqual([0, '']);
    const [result] = results(stdout);
    expect(result.id).toBe(id);
    expect(result.text).toBe(
      'Lopez Vows to Win the Council Vote\n\n“We will win,” said Maria Lopez.\n\nThe council votes on Friday.',
    );
    const [quote] = result.quotes;
    expect([quote.speaker.name, quote.reason]).toStrictEqual(['Maria Lopez', 'cue-after']);
    expect(html.slice(quote.html.start, quote.html.end)).toBe('We will win,');
    expect(html.slice(quote.mention.html.start, quote.mention.html.end)).toBe('Maria Lopez');
  });

  it('reads a .html file as text with --input text', async () => {
    const { stdout } = await runCli(['--format', 'jsonl', '--input', 'text', 'maria.html']);
    const [result] = results(stdout);
    expect(result.text).toBeUndefined();
    expect(result.paragraphs[0].text).toMatch(/^<!doctype html>/);
  });
});
