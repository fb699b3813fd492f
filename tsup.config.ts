import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const external = ['wink-nlp', 'wink-eng-lite-web-model'];

/**
 * The subpath entries (`quote-attribution/html`) use the main entry through the package's own
 * name, never a copy of it: a copy would bring a second lazily made wink instance into a process
 * that imports both, and would double the download. src/html/*.ts import '../index.js' (so tests
 * and types run on the sources); in the build that import becomes `quote-attribution`.
 */
const mainEntryByName: Plugin = {
  name: 'main-entry-by-name',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, ({ importer }) =>
      /[\\/]src[\\/](?:html|node)[\\/]/.test(importer)
        ? { path: 'quote-attribution', external: true }
        : undefined,
    );
  },
};

/** htmlparser2 and the packages it is made of. */
const htmlParser =
  /^(?:htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer)(?:\/|$)/;

/**
 * htmlparser2 ships as ES modules only, which `require` cannot load before Node 20.19: the ESM
 * build imports it from node_modules (a dependency, shared with the application's own copy), and
 * the CJS build carries a copy of the parser (the config's `noExternal` lets it be bundled).
 */
const htmlParserExternalInEsm: Plugin = {
  name: 'html-parser-external-in-esm',
  setup(build) {
    if (build.initialOptions.format !== 'esm') return;
    build.onResolve({ filter: htmlParser }, ({ path }) => ({ path, external: true }));
  },
};

export default defineConfig([
  {
    // The library, the full given-name table and `quote-attribution/html`: ESM and CJS with type
    // declarations. given-names is its own entry point so that the main bundle carries only the
    // common names.
    entry: {
      index: 'src/index.ts',
      'given-names': 'src/lexicon/given-names-full.ts',
      html: 'src/html/index.ts',
      // quote-attribution/node and the worker thread analyzeMany starts, built beside it
      node: 'src/node/index.ts',
      'node-worker': 'src/node/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // Both builds write to dist/ at once: each cleans only its own files.
    clean: ['!cli*'],
    // No shared chunk: the entries share only the few lines that unpack a table (html imports the
    // main entry by name).
    splitting: false,
    sourcemap: false,
    target: 'es2022',
    external,
    noExternal: [htmlParser],
    esbuildPlugins: [mainEntryByName, htmlParserExternalInEsm],
    // analyzeMany finds its worker beside itself through import.meta.url, in the CJS build too
    shims: true,
  },
  {
    // The command and its worker thread: Node-only ESM, no declarations. main.ts's shebang is kept
    // and tsup makes dist/cli.js executable. cli-worker.js must sit beside cli.js, which loads it.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    // No shared chunk: a chunk-*.js file would be the library build's to clean.
    splitting: false,
    clean: ['!index.*', '!given-names.*', '!html.*', '!node*', '!*.d.ts', '!*.d.cts'],
    sourcemap: false,
    platform: 'node',
    target: 'node18',
    external,
  },
]);
