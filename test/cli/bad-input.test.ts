import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Ids of a JSONL output, in order. */
const ids = (stdout: string): unknown[] =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).id);

// Binary and unreadable files are made here rather than kept in the repository.
let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'quote-attribution-cli-'));
  // The start of a PNG file: a signature, then a header chunk full of NUL bytes.
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1,
    0,
  ]);
  writeFileSync(join(scratch, 'photo.txt'), png);
  // Read as JSONL for its name, but it does not start as JSON does: a binary, skipped whole.
  writeFileSync(join(scratch, 'dump.jsonl'), png);
  writeFileSync(join(scratch, 'locked.txt'), '"Keep out," said Lars Berg.');
  chmodSync(join(scratch, 'locked.txt'), 0o000);
});
afterAll(() => chmodSync(join(scratch, 'locked.txt'), 0o600));

// Root reads a file whatever its mode, so the unreadable-file case only means something for others.
const root = process.getuid?.() === 0;

describe.concurrent('bad input: named on stderr, the rest still written, exit 1', () => {
  it.each([
    [
      'a missing file',
      ['missing.txt', 'maria.txt'],
      /^quote-attribution: missing\.txt: cannot read \(no such file\)\n$/,
      ['maria.txt'],
    ],
    [
      'a directory',
      ['.', 'maria.txt'],
      /^quote-attribution: \.: cannot read \(is a directory, not a file\)\n$/,
      ['maria.txt'],
    ],
    [
      'a JSONL line that is not JSON, by line number',
      ['bad.jsonl'],
      /^quote-attribution: bad\.jsonl, line 2: not valid JSON \(.+\)\n/,
      ['good-1', 'good-4'],
    ],
    [
      'a JSONL line without text',
      ['bad.jsonl'],
      /\nquote-attribution: bad\.jsonl, line 3: has no "text"\n$/,
      ['good-1', 'good-4'],
    ],
    [
      'a missing file among JSONL',
      ['archive.jsonl', 'missing.jsonl', 'maria.txt'],
      /missing\.jsonl: cannot read \(no such file\)/,
      ['a1', 'a2', 'a3', 'a4', 'a5', 'maria.txt'],
    ],
  ])('%s', async (_, args, message, written) => {
    const { code, stdout, stderr } = await runCli(['--format', 'jsonl', '--jobs', '1', ...args]);
    expect(stderr).toMatch(message);
    expect(ids(stdout)).toStrictEqual(written);
    expect(code).toBe(1);
  });

  it.each([
    [
      'a binary file',
      'photo.txt',
      /^quote-attribution: .*photo\.txt: looks like a binary file, not text; skipped\n$/,
    ],
    [
      'a binary .jsonl file',
      'dump.jsonl',
      /^quote-attribution: .*dump\.jsonl: looks like a binary file, not text; skipped\n$/,
    ],
  ])('%s', async (_, file, message) => {
    const { code, stdout, stderr } = await runCli([
      '--format',
      'jsonl',
      '--jobs',
      '1',
      join(scratch, file),
      'maria.txt',
    ]);
    expect(stderr).toMatch(message);
    expect(ids(stdout)).toStrictEqual(['maria.txt']);
    expect(code).toBe(1);
  });

  it.skipIf(root)('an unreadable file', async () => {
    const { code, stdout, stderr } = await runCli([
      '--format',
      'jsonl',
      '--jobs',
      '1',
      join(scratch, 'locked.txt'),
      'maria.txt',
    ]);
    expect(stderr).toMatch(/locked\.txt: cannot read \(permission denied\)\n$/);
    expect(ids(stdout)).toStrictEqual(['maria.txt']);
    expect(code).toBe(1);
  });

  it.each([
    [
      'a JSON line that is not an object',
      '[1, 2]',
      /stdin, line 2: not a JSON object with "id" and "text"/,
    ],
    [
      'a text that is not a string',
      '{"id":"n","text":42}',
      /stdin, line 2: "text" is not a string/,
    ],
  ])('%s', async (_, line, message) => {
    const stdin = `{"id":"ok","text":"Fine."}\n${line}\n{"id":"ok2","text":"Also fine."}\n`;
    const { code, stdout, stderr } = await runCli(['--format', 'jsonl', '--input', 'jsonl'], {
      stdin,
    });
    expect(stderr).toMatch(message);
    expect(ids(stdout)).toStrictEqual(['ok', 'ok2']);
    expect(code).toBe(1);
  });
});

describe.concurrent('input that is fine', () => {
  it.each([
    [
      'blank lines in JSONL are skipped',
      '\n{"id":"a","text":"Hi."}\n\n   \n{"id":"b","text":"Yo."}\n',
      ['a', 'b'],
    ],
    [
      'CRLF line endings and a byte order mark',
      '\uFEFF{"id":"a","text":"Hi."}\r\n{"id":"b","text":"Yo."}\r\n',
      ['a', 'b'],
    ],
    [
      'a last line without a newline',
      '{"id":"a","text":"Hi."}\n{"id":"b","text":"Yo."}',
      ['a', 'b'],
    ],
    [
      'a line without an id gets its place as id',
      '{"text":"Hi."}\n{"id":2,"text":"Yo."}\n',
      ['stdin:1', 2],
    ],
  ])('%s', async (_, stdin, written) => {
    const { code, stdout, stderr } = await runCli(
      ['--format', 'jsonl', '--input', 'jsonl', '--jobs', '1'],
      { stdin },
    );
    expect(stderr).toBe('');
    expect(ids(stdout)).toStrictEqual(written);
    expect(code).toBe(0);
  });

  it('an empty input is no article and no error', async () => {
    const { code, stdout, stderr } = await runCli(['--format', 'jsonl', '--input', 'jsonl']);
    expect([code, stdout, stderr]).toStrictEqual([0, '', '']);
  });
});
