// `npm pack` from a fresh clone, where no dist/ exists yet: the prepack script must build it, or
// the tarball ships no code. The clone is of the commit checked out (work not committed is not in
// it); it borrows this checkout's node_modules rather than installing them again. Skipped, with a
// message, when this folder is not a git checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const isCheckout = existsSync(path.join(root, '.git'));
if (!isCheckout) console.warn('clean-clone test skipped: this folder is not a git checkout');

const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe.skipIf(!isCheckout)('npm pack from a fresh clone', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'quote-attribution-clone-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds dist/ in prepack and ships every entry point', () => {
    const clone = path.join(work, 'clone');
    run('git', ['clone', '--quiet', '--no-hardlinks', root, clone], work);
    expect(existsSync(path.join(clone, 'dist'))).toBe(false);
    symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    // prepack's build writes to stdout too, so the tarball is listed with tar, not npm's --json
    run('npm', ['pack', '--pack-destination', work], clone);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'))!;
    const files = run('tar', ['-tzf', path.join(work, tarball)], work)
      .trimEnd()
      .split('\n')
      .map((file) => file.replace(/^package\//, ''));
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/html.js',
        'dist/html.cjs',
        'dist/node.js',
        'dist/node-worker.js',
        'dist/cli.js',
        'dist/cli-worker.js',
      ]),
    );
  }, 300_000);
});
