// Measures, in one run and on one set of articles, how many articles per second four readers
// get through: this library's analyzeArticle (built dist/), the same without reported speech
// (`{ reported: false }`), a bare wink-nlp readDoc with wink's
// default pipe (everything the model does, nothing after it), and compromise's quotations(). Then
// it reads 10,000 articles in a row with analyzeArticle and reports whether the heap stays flat.
// Run it with `npm run bench` (it builds first; about five minutes on a busy 2-core machine);
// `--quick` runs one short round.
//
// Method. Each reader is timed in fresh Node processes of its own, one process alive at a time,
// so none pays for the garbage, the JIT state, the wink instance or the background GC threads of
// another (compromise's garbage, in one shared process, once slowed analyzeArticle by a third;
// three live processes taking turns still skewed the figures). A turn is one process: it warms up
// untimed, reading the articles over and over for at least WARMUP_MS (a fresh process takes
// several hundred articles to reach its pace: the JIT, the size of V8's young generation, wink's
// cache of words its model does not know; JIT tiers follow the work done, so the same time suits
// every reader), then reads them PASSES times more, timing every article, and exits. A round is
// one turn per reader; the rounds go through the rotations of the four readers, so a busy spell
// on the shared machine, or whatever the turn before leaves behind, falls on every reader alike.
// An article's time is the median of its passes and a turn's throughput the article count over
// the sum of those medians. The table gives each reader's median over the rounds; each ratio is
// the median of the per-round ratios, analyzeArticle against the other reader in the same round.
// The heap is measured in one more process.
//
// The articles are the project's own samples (bench/articles.mjs, examples/sample-article.mjs)
// plus ../shared/eval/polnear-dev.jsonl when it is there. That file is other people's writing:
// it is read here at run time only and never copied into the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sampleArticle } from '../examples/sample-article.mjs';
import { benchArticles } from './articles.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const WARMUP_MS = quick ? 2_000 : 5_000;
const PASSES = quick ? 1 : 3;
const HEAP_ARTICLES = quick ? 2_000 : 10_000;

const polnearPath = fileURLToPath(new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url));
const polnear = existsSync(polnearPath)
  ? readFileSync(polnearPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line).text)
  : [];
const articles = [sampleArticle, ...benchArticles, ...polnear];
const chars = articles.reduce((n, a) => n + a.length, 0);

const require = createRequire(import.meta.url);
const winkVersion = require('wink-nlp/package.json').version;

// Each reader returns a number drawn from its result, summed into `sink`, so no work is skipped.
const readers = {
  ours: {
    name: 'analyzeArticle (quote-attribution)',
    make: async () => {
      const { analyzeArticle } = await import('../dist/index.js');
      return (text) => analyzeArticle(text).quotes.length;
    },
  },
  quoted: {
    name: 'analyzeArticle, { reported: false } (quotations only)',
    make: async () => {
      const { analyzeArticle } = await import('../dist/index.js');
      return (text) => analyzeArticle(text, { reported: false }).quotes.length;
    },
  },
  wink: {
    name: `bare wink-nlp ${winkVersion} readDoc, default pipe`,
    make: async () => {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      return (text) => nlp.readDoc(text).tokens().length();
    },
  },
  compromise: {
    // compromise exports no package.json: the parent asks the library for its version
    name: 'compromise quotations()',
    make: async () => {
      const { default: nlp } = await import('compromise');
      return (text) => nlp(text).quotations().out('array').length;
    },
  },
};
const keys = Object.keys(readers);
// the rotations of the readers, one per round, so each reader takes each place in the order once
// (every order of four readers would be 24 rounds); --quick runs the first only
const orders = keys
  .map((_, r) => [...keys.slice(r), ...keys.slice(0, r)])
  .slice(0, quick ? 1 : undefined);

const readerAt = args.indexOf('--reader');
if (readerAt >= 0) await child(args[readerAt + 1]);
else if (args.includes('--heap')) await heapChild();
else await parent();

// Reads the articles over and over, untimed, for at least `ms` and at least twice.
function warmUp(read, ms) {
  let sink = 0;
  const t0 = performance.now();
  for (let pass = 0; pass < 2 || performance.now() - t0 < ms; pass++)
    for (const text of articles) sink += read(text);
  return sink;
}

// One turn: a reader in a fresh process, warmed up, then PASSES timed passes; prints one JSON line.
async function child(key) {
  const read = await readers[key].make();
  let sink = warmUp(read, WARMUP_MS);
  globalThis.gc?.();
  const times = articles.map(() => []);
  for (let p = 0; p < PASSES; p++) {
    for (let a = 0; a < articles.length; a++) {
      const t0 = performance.now();
      sink += read(articles[a]);
      times[a].push(performance.now() - t0);
    }
  }
  console.log(JSON.stringify({ ms: times.reduce((sum, ts) => sum + median(ts), 0), sink }));
}

// analyzeArticle over HEAP_ARTICLES articles in a row: the heap after them should be where it was
// before them. Two full collections before each reading of the heap, so only what is held counts.
async function heapChild() {
  const read = await readers.ours.make();
  warmUp(read, 0);
  const heap = () => {
    globalThis.gc();
    globalThis.gc();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  let halfway = 0;
  for (let i = 0; i < HEAP_ARTICLES; i++) {
    read(articles[i % articles.length]);
    if (i === HEAP_ARTICLES / 2) halfway = heap();
  }
  console.log(JSON.stringify({ before, halfway, after: heap() }));
}

// Runs one child process (with gc exposed) to its end and returns the JSON line it printed.
function run(flags) {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', script, ...flags, ...(quick ? ['--quick'] : [])],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

async function parent() {
  readers.compromise.name = `compromise ${(await import('compromise')).default.version} quotations()`;
  const perSecond = Object.fromEntries(keys.map((k) => [k, []]));
  orders.forEach((order, r) => {
    for (const key of order)
      perSecond[key][r] = (articles.length * 1000) / run(['--reader', key]).ms;
    process.stderr.write(
      `round ${r + 1}/${orders.length}: ${keys.map((k) => `${k} ${fmt(perSecond[k][r])}/s`).join(', ')}\n`,
    );
  });
  const ratioOf = (reader, key) =>
    median(perSecond[reader].map((rate, r) => rate / perSecond[key][r]));
  const ratio = (key) => ratioOf('ours', key);

  console.log(
    `${articles.length} articles (${fmt(chars)} characters: ${1 + benchArticles.length} project samples` +
      `${polnear.length ? `, ${polnear.length} from polnear-dev` : '; polnear-dev not present'}), Node ${process.versions.node}. ` +
      `Each reader in a fresh process per round, alone, warmed up for ${WARMUP_MS / 1000} s; an article's time is the median of ` +
      `${PASSES} pass${PASSES > 1 ? 'es' : ''}; median of ${orders.length} round${orders.length > 1 ? 's' : ''}, one per rotation of the readers.\n`,
  );
  console.log('| reader | articles/s | chars/s | analyzeArticle is |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const key of keys) {
    const rate = median(perSecond[key]);
    const cell = key === 'ours' ? '—' : `${ratio(key).toFixed(2)}×`;
    console.log(
      `| ${readers[key].name} | ${fmt(rate)} | ${fmt((rate * chars) / articles.length)} | ${cell} |`,
    );
  }
  console.log(`\nanalyzeArticle / bare readDoc: ${ratio('wink').toFixed(2)}× (goal ≥ 1.0×)`);
  console.log(
    `analyzeArticle { reported: false } / bare readDoc: ${ratioOf('quoted', 'wink').toFixed(2)}×`,
  );
  console.log(`analyzeArticle / compromise:   ${ratio('compromise').toFixed(1)}× (goal ≥ 20×)`);

  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const { before, halfway, after } = run(['--heap']);
  console.log(
    `\nheap after ${fmt(HEAP_ARTICLES)} articles in a row: ${mb(before)} before, ${mb(halfway)} halfway, ${mb(after)} after ` +
      `(${after - before >= 0 ? '+' : ''}${mb(after - before)})`,
  );
}

function median(xs) {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fmt(n) {
  return Math.round(n).toLocaleString('en-US');
}
