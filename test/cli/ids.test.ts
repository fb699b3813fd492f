import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/cli/escape-controls.js';
import { idSource } from '../../src/cli/json-id.js';
import { runCli } from './run-cli.js';

describe('idSource', () => {
  it.each([
    ['{"id": 12345678901234567890, "text": "x"}', '12345678901234567890'],
    ['{"text": "x", "id":1e400}', '1e400'],
    ['{"id":-0.10,"text":"x"}', '-0.10'],
    ['{"meta": {"id": 1}, "id": 2}', '2'],
    ['{"text": "an \\"id\\": 3 in the text", "id": 4}', '4'],
    ['{"id": 1, "id": 5}', '5'],
    ['{"\\u0069d": 6}', '6'],
    ['{"list": [1, {"id": 7}], "id": 8 }', '8'],
    ['{"text": "no id"}', undefined],
  ])('%s', (line, expected) => {
    expect(idSource(line)).toBe(expected);
  });
});

describe('escapeControls', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['\u001b]0;title\u0007', '\\u001b]0;title\\u0007'],
    ['\u009b31m', '\\u009b31m'],
    ['left\u202eright', 'left\\u202eright'],
    ['“Curly” é 😀', '“Curly” é 😀'],
  ])('%j', (text, expected) => {
    expect(escapeControls(text)).toBe(expected);
  });
});

const archive = [
  '{"id": 12345678901234567890, "text": "“We will win,” said Maria Lopez."}',
  '{"id": 1e400, "text": "“Soon,” said Ken Obi."}',
  '{"id": "a1\\nforged: line", "text": "“Red \\u001b[31malert\\u001b[0m,” said Aiko Tanaka."}',
].join('\n');

describe.concurrent('ids as the input wrote them', () => {
  it.each([['jsonl'], ['json']])(
    '--format %s keeps every digit of a numeric id',
    async (format) => {
      const { code, stdout } = await runCli(['--format', format, '--input', 'jsonl'], {
        stdin: archive,
      });
      expect(code).toBe(0);
      expect(stdout).toMatch(/"id": ?12345678901234567890,/);
      expect(stdout).toMatch(/"id": ?1e400,/);
    },
  );

  it('--format text escapes control characters and line breaks in ids and quotations', async () => {
    const { code, stdout } = await runCli(['--format', 'text', '--input', 'jsonl'], {
      stdin: archive,
    });
    expect(code).toBe(0);
    expect(stdout.includes('\u001b')).toBe(false);
    expect(stdout.split('\n')).toStrictEqual([
      '12345678901234567890',
      '  Maria Lopez (person)',
      '    “We will win,”',
      '',
      '1e400',
      '  Ken Obi (person)',
      '    “Soon,”',
      '',
      'a1\\nforged: line',
      '  Aiko Tanaka (person)',
      '    “Red \\u001b[31malert\\u001b[0m,”',
      '',
    ]);
  });
});
