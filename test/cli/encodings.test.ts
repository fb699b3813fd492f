// Text files in the encodings articles come in, and JSONL however it is named or piped, through
// the built command. The files are written here, from sentences of this project, in each encoding.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ARTICLE = '“We will win,” said Maria Lopez — the council’s chair.\n\nThe vote is on Friday.';
const folder = mkdtempSync(path.join(tmpdir(), 'quote-attribution-encodings-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Windows-1252's bytes for the few characters ARTICLE uses beyond ASCII. */
const WINDOWS_1252: Readonly<Record<string, number>> = {
  '“': 0x93,
  '”': 0x94,
  '’': 0x92,
  '—': 0x97,
};

function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (c) => WINDOWS_1252[c] ?? c.charCodeAt(0)));
}

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  for (let k = 0; k < bytes.length; k += 2) [bytes[k], bytes[k + 1]] = [bytes[k + 1]!, bytes[k]!];
  return bytes;
}

const FILES: readonly [string, Buffer][] = [
  ['utf8.txt', Buffer.from(ARTICLE, 'utf8')],
  ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')])],
  ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
  ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])],
  ['windows1252.txt', windows1252(ARTICLE)],
  ['utf16-no-bom.txt', Buffer.from(ARTICLE, 'utf16le')],
  ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])],
];
for (const [name, bytes] of FILES) writeFileSync(path.join(folder, name), bytes);

const ARCHIVE = [
  { id: 'n1', text: '“Not yet,” said Tomas Park.' },
  { id: 'n2', text: 'No quotations here.' },
]
  .map((line) => JSON.stringify(line))
  .join('\n');
writeFileSync(path.join(folder, 'export.ndjson'), `${ARCHIVE}\n`);

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe.concurrent('text files in any encoding an article comes in', () => {
  it.each([
    ['UTF-8', 'utf8.txt', ''],
    ['UTF-8 with a byte order mark', 'utf8-bom.txt', ''],
    ['UTF-16 LE with a byte order mark', 'utf16le.txt', ''],
    ['UTF-16 BE with a byte order mark', 'utf16be.txt', ''],
    [
      'Windows-1252, with a warning',
      'windows1252.txt',
      'quote-attribution: windows1252.txt: not valid UTF-8; read as Windows-1252\n',
    ],
  ])('reads %s', async (_, file, stderr) => {
    const run = await runCli(['--format', 'jsonl', '--jobs', '1', file], { cwd: folder });
    expect([run.code, run.stderr]).toStrictEqual([0, stderr]);
    const [result] = lines(run.stdout);
    expect(result.paragraphs.map((p: { text: string }) => p.text).join('\n\n')).toBe(ARTICLE);
    expect(result.quotes.map((q: { speaker: { name: string } }) => q.speaker.name)).toStrictEqual([
      'Maria Lopez',
    ]);
  });

  it('still refuses UTF-16 without a byte order mark, and real binaries', async () => {
    const run = await runCli(['--format', 'jsonl', 'utf16-no-bom.txt', 'photo.jpg'], {
      cwd: folder,
    });
    expect([run.code, run.stdout]).toStrictEqual([1, '']);
    expect(run.stderr).toContain('utf16-no-bom.txt: looks like a binary file');
    expect(run.stderr).toContain('photo.jpg: looks like a binary file');
  });
});

describe.concurrent('JSON lines, however they come', () => {
  it('reads a .ndjson file as JSONL', async () => {
    const run = await runCli(['--format', 'jsonl', 'export.ndjson'], { cwd: folder });
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    expect(lines(run.stdout).map((r) => r.id)).toStrictEqual(['n1', 'n2']);
  });

  it('reads JSONL piped on standard input as JSONL, with a note', async () => {
    const run = await runCli(['--format', 'jsonl'], { stdin: ARCHIVE, cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^quote-attribution: stdin: starts with a JSON line with "text"; read as JSONL/,
    );
    const results = lines(run.stdout);
    expect(results.map((r) => r.id)).toStrictEqual(['n1', 'n2']);
    expect(results[0].quotes[0].speaker.name).toBe('Tomas Park');
  });

  it('reads standard input as one article with --input text, with no note', async () => {
    const run = await runCli(['--format', 'jsonl', '--input', 'text'], { stdin: ARCHIVE });
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    expect(lines(run.stdout).map((r) => r.id)).toStrictEqual(['stdin']);
  });

  it('asks for --input when standard input starts with "{" but is not JSONL articles', async () => {
    const run = await runCli(['--format', 'jsonl'], { stdin: '{"title": "no text here"}\n' });
    expect([run.code, run.stdout]).toStrictEqual([1, '']);
    expect(run.stderr).toContain('pass --input jsonl to read it line by line, or --input text');
  });

  it('reads an article on standard input as one article', async () => {
    const run = await runCli(['--format', 'jsonl'], {
      stdin: '“We will vote on the budget this week,” said Ana Ruiz.\n\nThe council agreed.',
    });
    expect([run.code, run.stderr]).toStrictEqual([0, '']);
    expect(lines(run.stdout)[0].quotes[0].speaker.name).toBe('Ana Ruiz');
  });
});
