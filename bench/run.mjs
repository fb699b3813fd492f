// Measures, in one run and on one set of articles, how many articles per second three things
// read: this library's analyzeArticle (built dist/), a bare wink-nlp readDoc with wink's default
// pipe (everything the model does, nothing after it), and compromise's quotations(). Then it reads
// 10,000 articles in a row and reports whether the heap stays flat.
// Run it with `npm run bench` (it builds first); `--quick` runs fewer rounds.
//
// The articles are the project's own samples (bench/articles.mjs, examples/sample-article.mjs)
// plus ../shared/eval/polnear-dev.jsonl when it is there. That file is other people's writing:
// it is read here at run time only and never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpCompromise from 'compromise';
import { sampleArticle } from '../examples/sample-article.mjs';
import { benchArticles } from './articles.mjs';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 5;
const HEAP_ARTICLES = quick ? 2_000 : 10_000;

const polnearPath = fileURLToPath(new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url));
const polnear = existsSync(polnearPath)
  ? readFileSync(polnearPath, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line).text)
  : [];
const articles = [sampleArticle, ...benchArticles, ...polnear];
const chars = articles.reduce((n, a) => n + a.length, 0);

// The baseline instance is made first: wink-eng-lite-web-model's custom-entity matching breaks in
// every instance after the first in a process, and the baseline's default pipe includes it. The
// library's own instance (the tagger alone, no custom entities) is the second and last one. Both
// give, on every polnear-dev article, the same output as each does alone in a process of its own.
const bare = winkNLP(model);
const { analyzeArticle } = await import('../dist/index.js');
const require = createRequire(import.meta.url);
const winkVersion = require('wink-nlp/package.json').version;

const contenders = [
  { name: 'analyzeArticle (quote-attribution)', read: (text) => analyzeArticle(text).quotes.length },
  { name: `bare wink-nlp ${winkVersion} readDoc, default pipe`, read: (text) => bare.readDoc(text).tokens().length() },
  { name: 'compromise 14 quotations()', read: (text) => nlpCompromise(text).quotations().out('array').length },
];

// Warm-up: one full pass each, so every JIT tier and lazy instance is in place before timing.
for (const c of contenders) for (const text of articles) c.read(text);

// The machine may be shared, so each comparison is timed in pairs, article by article, the pair's
// order swapped every round: a busy spell slows both sides alike. analyzeArticle is paired with
// bare readDoc first, then with compromise in rounds of their own, so the garbage compromise makes
// is not collected inside the readDoc comparison (it may be inside analyzeArticle's second timing,
// which only makes the compromise ratio conservative). Each article's time is the median of its
// rounds; throughput is the article count over the sum of those medians.
let sink = 0;
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
function pair(first, second) {
  const samples = [first, second].map(() => articles.map(() => []));
  for (let r = 0; r < ROUNDS; r++) {
    for (let a = 0; a < articles.length; a++) {
      for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = performance.now();
        sink += [first, second][side].read(articles[a]);
        samples[side][a].push(performance.now() - t0);
      }
    }
  }
  return samples.map((perArticle) => {
    const ms = perArticle.reduce((sum, times) => sum + median(times), 0);
    return { perSecond: (articles.length * 1000) / ms, charsPerSecond: (chars * 1000) / ms };
  });
}
const [oursVsWink, wink] = pair(contenders[0], contenders[1]);
globalThis.gc?.();
const [oursVsCompromise, compromise] = pair(contenders[0], contenders[2]);
const rows = [
  { name: contenders[0].name, ...oursVsWink, ratio: '—' },
  { name: contenders[1].name, ...wink, ratio: oursVsWink.perSecond / wink.perSecond },
  { name: contenders[2].name, ...compromise, ratio: oursVsCompromise.perSecond / compromise.perSecond },
];

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `${articles.length} articles (${fmt(chars)} characters: ${1 + benchArticles.length} project samples` +
    `${polnear.length ? `, ${polnear.length} from polnear-dev` : '; polnear-dev not present'}), ` +
    `median of ${ROUNDS} rounds per article after a warm-up, Node ${process.versions.node}\n`,
);
console.log('| reader | articles/s | chars/s | analyzeArticle is |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) {
  const ratio = typeof row.ratio === 'number' ? `${row.ratio.toFixed(2)}×` : row.ratio;
  console.log(`| ${row.name} | ${fmt(row.perSecond)} | ${fmt(row.charsPerSecond)} | ${ratio} |`);
}
console.log(`\nanalyzeArticle / bare readDoc: ${rows[1].ratio.toFixed(2)}× (goal ≥ 1.0×)`);
console.log(`analyzeArticle / compromise:   ${rows[2].ratio.toFixed(1)}× (goal ≥ 20×; timed in its own pairs, analyzeArticle at ${fmt(oursVsCompromise.perSecond)}/s there)`);
if (sink < 0) console.log(sink); // keeps the results alive, so no reader's work can be skipped

// Memory: the heap after many articles should be where it was after the first pass. Without
// --expose-gc the figures include garbage not yet collected, so say so rather than mislead.
const gc = globalThis.gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const before = heap();
let midway = 0;
for (let i = 0; i < HEAP_ARTICLES; i++) {
  analyzeArticle(articles[i % articles.length]);
  if (i === HEAP_ARTICLES / 2) midway = heap();
}
const after = heap();
console.log(
  `\nheap after ${fmt(HEAP_ARTICLES)} articles in a row: ${mb(before)} before, ${mb(midway)} halfway, ${mb(after)} after ` +
    `(${after - before >= 0 ? '+' : ''}${mb(after - before)})${gc ? '' : ' — run with --expose-gc for exact figures'}`,
);
