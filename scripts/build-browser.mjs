// Bundles the browser example (examples/browser/main.js) with the built library, wink-nlp and the
// model into examples/browser/dist/main.js. `npm run build:browser` builds the library first; the
// browser test calls buildBrowserExample() itself.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Bundles the page's script; returns the path of the bundle. */
export async function buildBrowserExample() {
  const outfile = path.join(root, 'examples/browser/dist/main.js');
  await build({
    entryPoints: [path.join(root, 'examples/browser/main.js')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = await buildBrowserExample();
  console.log(
    `built ${path.relative(process.cwd(), outfile)}; serve examples/browser/ and open index.html`,
  );
}
