// Measures, in one run and on one set of articles, how many articles per second three things
// read: this library's analyzeArticle (built dist/), a bare wink-nlp readDoc with wink's default
// pipe (the floor any wink-based reader pays), and compromise's quotations(). Then it reads
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
// library's own instance (sbd and pos only, no custom entities) is the second and last one.
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

// The machine may be shared, so the three are interleaved article by article (A, B, C on one
// article, then the next): a busy spell slows all three alike. Each article's time per reader is
// the median of its rounds, and a reader's throughput is the article count over the sum of those.
const samples = contenders.map(() => articles.map(() => []));
let sink = 0;
for (let r = 0; r < ROUNDS; r++) {
  articles.forEach((text, a) => {
    contenders.forEach((c, i) => {
      const t0 = performance.now();
      sink += c.read(text);
      samples[i][a].push(performance.now() - t0);
    });
  });
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const rows = contenders.map((c, i) => {
  const ms = samples[i].reduce((sum, times) => sum + median(times), 0);
  return { name: c.name, perSecond: (articles.length * 1000) / ms, charsPerSecond: (chars * 1000) / ms };
});
const [ours, wink, compromise] = rows;

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `${articles.length} articles (${fmt(chars)} characters: ${1 + benchArticles.length} project samples` +
    `${polnear.length ? `, ${polnear.length} from polnear-dev` : '; polnear-dev not present'}), ` +
    `median of ${ROUNDS} rounds per article after a warm-up, Node ${process.versions.node}\n`,
);
console.log('| reader | articles/s | chars/s | analyzeArticle is |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) {
  const ratio = row === ours ? '—' : `${(ours.perSecond / row.perSecond).toFixed(2)}×`;
  console.log(`| ${row.name} | ${fmt(row.perSecond)} | ${fmt(row.charsPerSecond)} | ${ratio} |`);
}
console.log(`\nanalyzeArticle / bare readDoc: ${(ours.perSecond / wink.perSecond).toFixed(2)}× (goal ≥ 1.0×)`);
console.log(`analyzeArticle / compromise:   ${(ours.perSecond / compromise.perSecond).toFixed(1)}× (goal ≥ 20×)`);
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
