// README's scale-out recipe, run: GNU parallel cuts a JSONL archive into blocks at line ends and
// pipes each to its own `quote-attribution --input jsonl --format jsonl`; sorted by id, the
// output must be what one `--jobs 1` run writes. The blocks here are 20 KB, not README's 10 MB,
// so that a small generated archive is cut into several. Debian's `parallel` package provides the
// command; .ci/run installs it, and outside CI the test is skipped when it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from './run-cli.js';

const present = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!present && process.env.CI)
  throw new Error('GNU parallel is missing: CI must install it (apt-get install -y parallel)');
if (!present) console.warn('GNU parallel recipe test skipped: apt-get install -y parallel');

const generator = fileURLToPath(new URL('../../bench/generate-articles.mjs', import.meta.url));
/** Enough short articles for several 20 KB blocks (about 600 bytes each). */
const ARTICLES = 240;
/** Room for their output, several kilobytes an article (Node's default of 1 MB is too little). */
const OUTPUT_BUFFER = 64 * 1024 * 1024;

const byId = (jsonl: string) =>
  jsonl
    .trimEnd()
    .split('\n')
    .map((line) => ({ id: JSON.parse(line).id as string, line }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ line }) => line);

describe.skipIf(!present)('the GNU parallel recipe', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'quote-attribution-parallel-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives, sorted by id, the output of one --jobs 1 run', () => {
    const archive = path.join(folder, 'archive.jsonl');
    writeFileSync(archive, execFileSync(process.execPath, [generator, String(ARTICLES)]));
    const single = execFileSync(
      process.execPath,
      [cliPath, '--jobs', '1', '--format', 'jsonl', archive],
      { encoding: 'utf8', maxBuffer: OUTPUT_BUFFER },
    );
    const split = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '--block', '20k', '-j', '2', process.execPath, cliPath].concat([
        '--jobs',
        '1',
        '--input',
        'jsonl',
        '--format',
        'jsonl',
      ]),
      { input: readFileSync(archive), encoding: 'utf8', maxBuffer: OUTPUT_BUFFER },
    );
    expect([split.status, split.stderr]).toStrictEqual([0, '']);
    expect(single.trimEnd().split('\n')).toHaveLength(ARTICLES);
    expect(byId(split.stdout)).toStrictEqual(byId(single));
  }, 300_000);
});
