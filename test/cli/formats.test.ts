import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { fixtures, runCli } from './run-cli.js';

const read = (name: string): string => readFileSync(`${fixtures}${name}`, 'utf8');

describe.concurrent('--format text (the default)', () => {
  it.each([
    [['maria.txt'], 'maria.txt\n  Maria Lopez (person)\n    "We will win,"\n'],
    [['--format', 'text', 'maria.txt'], 'maria.txt\n  Maria Lopez (person)\n    "We will win,"\n'],
    [
      ['maria.txt', 'maria.txt'],
      'maria.txt\n  Maria Lopez (person)\n    "We will win,"\n\nmaria.txt\n  Maria Lopez (person)\n    "We will win,"\n',
    ],
  ])('%j lists each speaker with their quotations', async (args, expected) => {
    const { code, stdout } = await runCli(['--jobs', '1', ...args]);
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
  });

  it('lists each speaker’s reported statements under their quotations', async () => {
    const stdin = '“We will win,” said Maria Lopez.\n\nShe said the pier would reopen.';
    const { stdout } = await runCli(['--jobs', '1'], { stdin });
    expect(stdout).toBe(
      'stdin\n  Maria Lopez (person)\n    “We will win,”\n    (reported) the pier would reopen\n',
    );
  });

  it('says when an article has no quotation', async () => {
    const { stdout } = await runCli(['--jobs', '1'], { stdin: 'The council votes on Friday.' });
    expect(stdout).toBe('stdin\n  no quotations\n');
  });
});

describe.concurrent('--format json', () => {
  it.each([[['maria.txt']], [['maria.txt', 'harbour.txt']]])(
    '%j is an array of { id, ...analyzeArticle(text) }',
    async (files) => {
      const { code, stdout } = await runCli(['--format', 'json', '--jobs', '1', ...files]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toStrictEqual(
        files.map((id) => JSON.parse(JSON.stringify({ id, ...analyzeArticle(read(id)) }))),
      );
    },
  );

  it('is indented as JSON.stringify(…, null, 2) would', async () => {
    const { stdout } = await runCli([
      '--format',
      'json',
      '--jobs',
      '1',
      'maria.txt',
      'harbour.txt',
    ]);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it('is an empty array when no input could be read', async () => {
    const { code, stdout } = await runCli(['--format', 'json', 'missing.txt']);
    expect(code).toBe(1);
    expect(stdout).toBe('[]\n');
  });
});

describe.concurrent('--format jsonl', () => {
  it('writes one line per input with its id and the full result', async () => {
    const { code, stdout } = await runCli(['--format', 'jsonl', '--jobs', '1', 'archive.jsonl']);
    expect(code).toBe(0);
    const expected = read('archive.jsonl')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .map(({ id, text }) => `${JSON.stringify({ id, ...analyzeArticle(text) })}\n`)
      .join('');
    expect(stdout).toBe(expected);
  });
});

describe.concurrent('--format html', () => {
  it('underlines a reported clause in its speaker’s colour, quoted words inside it highlighted', async () => {
    const stdin = 'Harold Finch said the flood was “a disaster” for the town.';
    const { stdout } = await runCli(['--format', 'html', '--jobs', '1'], { stdin });
    const ink = 'border-color:hsl(0 70% 40%)" title="Harold Finch (reported)';
    expect(stdout).toContain(
      `Harold Finch said <u class="reported" style="${ink}">the flood was “</u>` +
        `<u class="reported" style="${ink}"><mark style="background:hsl(0 85% 82%)" title="Harold Finch">a disaster</mark></u>` +
        `<u class="reported" style="${ink}">” for the town</u>.</p>`,
    );
  });

  it('is one standalone page', async () => {
    const { code, stdout } = await runCli([
      '--format',
      'html',
      '--jobs',
      '1',
      'maria.txt',
      'harbour.txt',
    ]);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(stdout.endsWith('</body>\n</html>\n')).toBe(true);
    expect(stdout.match(/<article>/g)).toHaveLength(2);
    // Standalone: styles inline, nothing fetched.
    expect(stdout).toContain('<style>');
    expect(stdout).not.toMatch(/<link|<script|src=/);
  });

  it('highlights each quotation in its speaker’s colour and lists the speakers', async () => {
    const { stdout } = await runCli(['--format', 'html', '--jobs', '1', 'harbour.txt']);
    const park = stdout.match(
      /<mark style="background:([^"]+)" title="John Park">The ferry will run every hour,<\/mark>/,
    );
    const tanaka = stdout.match(
      /<mark style="background:([^"]+)" title="Aiko Tanaka">We have heard that before,<\/mark>/,
    );
    expect(park?.[1]).toBeDefined();
    expect(tanaka?.[1]).toBeDefined();
    expect(park?.[1]).not.toBe(tanaka?.[1]);
    expect(stdout).toContain(`<li><mark style="background:${park?.[1]}">John Park</mark>`);
    expect(stdout).toContain(`<li><mark style="background:${tanaka?.[1]}">Aiko Tanaka</mark>`);
  });

  it.each([
    ['a tag in the text', 'tricky.txt', 'Tags like &lt;script&gt;alert(', '<script>'],
    ['an ampersand', 'tricky.txt', '&amp; friends', '& friends'],
  ])('escapes %s', async (_, file, escaped, raw) => {
    const { stdout } = await runCli(['--format', 'html', '--jobs', '1', file]);
    expect(stdout).toContain(escaped);
    expect(stdout).not.toContain(raw);
  });

  it('lists each speaker with their kind, gender, title and affiliation, escaped', async () => {
    const text =
      '“The ferries run on time,” said Kim Brady, a spokeswoman for Marsh & Reed Ferries.\n\n' +
      '“It is over,” said a senior official who asked not to be named.';
    const { stdout } = await runCli(['--format', 'html', '--input', 'text', '-'], { stdin: text });
    const items = stdout.match(/<li>.*<\/li>/g)?.map((li) => li.replace(/ style="[^"]*"/, ''));
    expect(items).toStrictEqual([
      '<li><mark>Kim Brady</mark> <small>person · <span class="gender">female</span> · ' +
        '<span class="title">spokeswoman</span> · ' +
        '<span class="affiliation">Marsh &amp; Reed Ferries</span> · 1 quotation</small></li>',
      '<li><mark>senior official</mark> <small>role · <span class="gender">unknown</span> · ' +
        '<span class="title">senior official</span> · <span class="anonymous">anonymous</span> · ' +
        '1 quotation</small></li>',
    ]);
  });

  it('escapes the article id', async () => {
    const line = JSON.stringify({ id: '<b>"1"</b>', text: 'No quotes.' });
    const { stdout } = await runCli(['--format', 'html', '--input', 'jsonl'], { stdin: line });
    expect(stdout).toContain('<h2>&lt;b&gt;&quot;1&quot;&lt;/b&gt;</h2>');
  });
});
