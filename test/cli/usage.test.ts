import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

describe.concurrent('usage errors exit 2 with a hint and write nothing', () => {
  it.each([
    [['--bogus', 'maria.txt'], "Unknown option '--bogus'."],
    [
      ['--format', 'xml', 'maria.txt'],
      "--format must be one of text, json, jsonl, html, csv, not 'xml'",
    ],
    [['--input', 'csv', 'maria.txt'], "--input must be one of text, jsonl, html, not 'csv'"],
    [['--jobs', '0', 'maria.txt'], "--jobs must be a whole number of 1 or more, not '0'"],
    [['--jobs', 'many', 'maria.txt'], "--jobs must be a whole number of 1 or more, not 'many'"],
    [['maria.txt', '--format'], "Option '-f, --format <value>' argument missing"],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(stderr).toBe(
      `quote-attribution: ${message}\nTry 'quote-attribution --help' for more information.\n`,
    );
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});

describe.concurrent('--help and --version', () => {
  it.each([[['--help']], [['-h']]])('%j prints the usage', async (args) => {
    const { code, stdout } = await runCli(args);
    expect(stdout).toMatch(/^Usage: quote-attribution \[options\] \[file \.\.\.\]/);
    expect(stdout).toContain('--format');
    expect(code).toBe(0);
  });

  it.each([[['--version']], [['-v']]])('%j prints the version', async (args) => {
    const { code, stdout } = await runCli(args);
    expect(stdout).toBe(`${version}\n`);
    expect(code).toBe(0);
  });
});
