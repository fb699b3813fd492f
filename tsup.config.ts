import { defineConfig } from 'tsup';

const external = ['wink-nlp', 'wink-eng-lite-web-model'];

export default defineConfig([
  {
    // The library: ESM and CJS with type declarations. given-names is the full given-name table,
    // its own entry point so that the main bundle carries only the common names.
    entry: { index: 'src/index.ts', 'given-names': 'src/lexicon/given-names-full.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds write to dist/ at once: each cleans only its own files.
    clean: ['!cli*'],
    // No shared chunk: the two entries share only the few lines that unpack a table.
    splitting: false,
    sourcemap: false,
    target: 'es2022',
    external,
  },
  {
    // The command and its worker thread: Node-only ESM, no declarations. main.ts's shebang is kept
    // and tsup makes dist/cli.js executable. cli-worker.js must sit beside cli.js, which loads it.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    // No shared chunk: a chunk-*.js file would be the library build's to clean.
    splitting: false,
    clean: ['!index.*'],
    sourcemap: false,
    platform: 'node',
    target: 'node18',
    external,
  },
]);
