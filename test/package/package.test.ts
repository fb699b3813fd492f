// The package as users get it: the tarball `npm pack` makes (from the dist/ that `npm test` has
// just built), installed into an empty project and loaded by its name through `import` and
// `require`; the linters for package.json and its types; and the size of our own code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// The runtime exports, exactly: adding or dropping one is an API change and must show up here.
const EXPORTS = [
  'analyzeArticle',
  'attributeQuotes',
  'createAnalyzer',
  'detectQuotes',
  'givenNameGender',
  'splitParagraphs',
  'summarizeSources',
];
// quote-attribution/html's runtime exports, exactly.
const HTML_EXPORTS = ['analyzeHtml', 'extractText'];
const HTML_ARTICLE =
  '<nav>Home</nav><p>&ldquo;We will not rush this,&rdquo; said <a href="/ev">Mayor Elena Vasquez</a>.</p>';
const ARTICLE =
  '“We will not rush this,” said Mayor Elena Vasquez.\n\n“People deserve to read it first,” she added.';

describe('the packed tarball', () => {
  let work = '';
  let tarball = '';

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'quote-attribution-pack-'));
    // --ignore-scripts: pack the dist/ under test, whatever lifecycle scripts may do
    const [packed] = JSON.parse(
      run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root),
    ) as { filename: string }[];
    tarball = path.join(work, packed!.filename);
    const project = path.join(work, 'project');
    mkdirSync(project);
    writeFileSync(
      path.join(project, 'package.json'),
      '{ "name": "empty-project", "private": true }\n',
    );
    run(
      'npm',
      ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'],
      project,
    );
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const probe = (code: string) => {
    const out = run(
      process.execPath,
      ['--input-type=commonjs', '-e', code],
      path.join(work, 'project'),
    );
    return JSON.parse(out) as { exports: string[]; speakers: string[] };
  };
  const report = `{ exports: Object.keys(lib).sort(), speakers: lib.analyzeArticle(${JSON.stringify(ARTICLE)}).quotes.map((q) => q.speaker && q.speaker.name) }`;

  it('works through import, with exactly the documented exports', () => {
    const got = probe(
      `import('quote-attribution').then((lib) => console.log(JSON.stringify(${report})))`,
    );
    expect(got).toStrictEqual({ exports: EXPORTS, speakers: ['Elena Vasquez', 'Elena Vasquez'] });
  });

  it('works through require, with exactly the documented exports', () => {
    const got = probe(
      `const lib = require('quote-attribution'); console.log(JSON.stringify(${report}))`,
    );
    expect(got).toStrictEqual({ exports: EXPORTS, speakers: ['Elena Vasquez', 'Elena Vasquez'] });
  });

  const htmlReport = `{ exports: Object.keys(html).sort(), speakers: html.analyzeHtml(${JSON.stringify(HTML_ARTICLE)}).quotes.map((q) => q.speaker && q.speaker.name) }`;

  it('serves quote-attribution/html through import, with exactly its documented exports', () => {
    const got = probe(
      `import('quote-attribution/html').then((html) => console.log(JSON.stringify(${htmlReport})))`,
    );
    expect(got).toStrictEqual({ exports: HTML_EXPORTS, speakers: ['Elena Vasquez'] });
  });

  it('serves quote-attribution/html through require, with exactly its documented exports', () => {
    const got = probe(
      `const html = require('quote-attribution/html'); console.log(JSON.stringify(${htmlReport}))`,
    );
    expect(got).toStrictEqual({ exports: HTML_EXPORTS, speakers: ['Elena Vasquez'] });
  });

  it('has types that resolve in every module mode (@arethetypeswrong/cli)', () => {
    // the same check as `attw --pack .`, on the tarball already made
    const { problems } = JSON.parse(run(bin('attw'), [tarball, '--format', 'json'], root)) as {
      problems: object;
    };
    expect(problems).toStrictEqual({});
  });
});

describe('package.json', () => {
  it('passes publint --strict', () => {
    const out = run(bin('publint'), ['--strict'], root);
    expect(out).toContain('All good!');
  });
});

describe('size', () => {
  // the common given-name table (src/lexicon/given-names-data.ts) is 4.7 KB of it
  it('keeps our own code under 40 KB minified and gzipped, wink and its model left out', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'dist/index.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      external: ['wink-nlp', 'wink-eng-lite-web-model'],
      write: false,
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(40_000);
  });

  it('keeps quote-attribution/html out of the main entry: the HTML parser is not in it', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'dist/index.js')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      external: ['wink-nlp', 'wink-eng-lite-web-model'],
      metafile: true,
      write: false,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => /htmlparser2|entities/.test(file))).toStrictEqual([]);
  });

  it('keeps quote-attribution/html under 26 KB with its parser, the main entry left out', async () => {
    // our HTML reader and htmlparser2 with its entity tables (most of it); the main entry is
    // imported by name, so a page that uses both downloads the library once
    const result = await build({
      entryPoints: [path.join(root, 'dist/html.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      external: ['quote-attribution', 'wink-nlp', 'wink-eng-lite-web-model'],
      write: false,
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(26_000);
  });

  it('ships no source maps or tests in the tarball', () => {
    const files = (
      JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root)) as {
        files: { path: string }[];
      }[]
    )[0]!.files
      // the declarations the entries share are in chunks whose names hold a hash of their content
      .map((f) => f.path.replace(/^dist\/[a-z-]+-[\w-]{8}\.d\.(c?)ts$/, 'dist/(shared).d.$1ts'))
      .filter((file, k, all) => all.indexOf(file) === k)
      .sort();
    expect(files).toStrictEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/(shared).d.cts',
      'dist/(shared).d.ts',
      'dist/cli-worker.js',
      'dist/cli.js',
      'dist/given-names.cjs',
      'dist/given-names.d.cts',
      'dist/given-names.d.ts',
      'dist/given-names.js',
      'dist/html.cjs',
      'dist/html.d.cts',
      'dist/html.d.ts',
      'dist/html.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/node-worker.cjs',
      'dist/node-worker.d.cts',
      'dist/node-worker.d.ts',
      'dist/node-worker.js',
      'dist/node.cjs',
      'dist/node.d.cts',
      'dist/node.d.ts',
      'dist/node.js',
      'given-names/package.json',
      'html/package.json',
      'node/package.json',
      'package.json',
    ]);
  });
});
