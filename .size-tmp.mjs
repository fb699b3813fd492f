import { build } from 'esbuild'; import { gzipSync } from 'node:zlib'; import path from 'node:path';
const root = process.argv[2];
const r = await build({ entryPoints: [path.join(root, 'dist/index.js')], bundle: true, minify: true, format: 'esm', platform: 'browser', external: ['wink-nlp', 'wink-eng-lite-web-model'], write: false, absWorkingDir: root });
console.log(root, gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
