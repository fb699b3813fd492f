import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runCli } from './run-cli.js';

const generator = fileURLToPath(new URL('../../bench/generate-articles.mjs', import.meta.url));

/** Made-up articles from the bench generator, with two bad lines among them. */
function archive(count: number): string {
  const lines = execFileSync(process.execPath, [generator, String(count)], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
    .trimEnd()
    .split('\n');
  lines.splice(7, 0, '{"id":"broken",');
  lines.splice(20, 0, '{"id":"no-text"}');
  return `${lines.join('\n')}\n`;
}

let small = '';
let large = '';
let huge = '';
beforeAll(() => {
  const scratch = mkdtempSync(join(tmpdir(), 'quote-attribution-jobs-'));
  small = join(scratch, 'small.jsonl');
  large = join(scratch, 'large.jsonl');
  writeFileSync(small, archive(24));
  writeFileSync(large, archive(600));
  // the bar shows after a second: enough articles that the run outlasts it on a fast machine too
  huge = join(scratch, 'huge.jsonl');
  writeFileSync(huge, archive(8000));
});

describe('--jobs N writes exactly what one job writes', () => {
  it.each([['text'], ['json'], ['jsonl'], ['html']])('--format %s', async (format) => {
    const [one, two] = await Promise.all(
      ['1', '2'].map((jobs) => runCli(['--format', format, '--jobs', jobs, small])),
    );
    expect(one!.code).toBe(1);
    expect(one!.stderr).toMatch(/line 8: not valid JSON[^]*line 21: has no "text"/);
    expect(one!.stdout.length).toBeGreaterThan(1000);
    expect(two).toStrictEqual(one);
  });
});

// `script` runs the command on a pseudo-terminal, the one way to give it a stderr that is a TTY.
const hasScript = existsSync('/usr/bin/script');

describe.concurrent('progress bar', () => {
  it('is not drawn when stderr is not a terminal, however large the input', async () => {
    const { stderr } = await runCli(['--format', 'jsonl', '--jobs', '2', large]);
    expect(stderr).not.toMatch(/articles|\r/);
  });

  it.skipIf(!hasScript)('is drawn on a terminal with rate and time left, then cleared', () => {
    const command = `${process.execPath} ${cliPath} --jobs 1 --format jsonl ${huge} > /dev/null`;
    const { stdout: terminal, status } = spawnSync(
      '/usr/bin/script',
      ['-qec', command, '/dev/null'],
      { encoding: 'utf8' },
    );
    expect(status).toBe(1);
    expect(terminal).toMatch(/\[[#-]+\] +\d+% +[\d,]+ articles +[\d,]+\/s +\d+:\d\d left/);
    // Error messages still come through, each on a line of its own (after the bar's erase code).
    // eslint-disable-next-line no-control-regex
    expect(terminal).toMatch(/(^|\n|\u001b\[K)quote-attribution: \S+, line 8: not valid JSON/);
    expect(terminal.endsWith('\r\u001b[K')).toBe(true);
  });
});
