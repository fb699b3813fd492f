// How much `confidence` means: the precision of attributed quotations at or above a threshold,
// and the share of attributed quotations that reach it, on gold data outside the repository
// (../shared/eval). A returned quotation counts as right the way the shared scorer counts it: at
// least half of it lies in a gold quoted segment, and its mention overlaps the gold source mention
// or its speaker's name shares a name word with the gold source.
//
//   node scripts/confidence.mjs [--data FILE.jsonl] [--threshold 0.8]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../dist/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const data = arg('--data', path.join(root, '..', 'shared', 'eval', 'polnear-dev.jsonl'));
const threshold = Number(arg('--threshold', '0.8'));
if (!existsSync(data)) {
  console.log(`confidence report skipped: ${data} is not here`);
  process.exit(0);
}

// the scorer's reading of gold: quoted words between double marks inside each gold span
const OPEN = new Set(['“', '„', '«', '"']);
const CLOSE = new Set(['”', '»', '"']);
function segments(text, start, end) {
  const out = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (open < 0) {
      if (OPEN.has(c)) open = i + 1;
    } else if (c === '\n' || CLOSE.has(c) || c === '“') {
      if (i > open) out.push([open, i]);
      open = c === '“' ? i + 1 : -1;
    }
  }
  if (open >= 0 && end > open) out.push([open, end]);
  return out.filter(([s, e]) => e - s >= 2);
}
const STOP = new Set(
  (
    'the a an of and for to in on at by with from his her their its our your my said says say told he she they it we i you him ' +
    'them us me who whom this that these those one two another other former then mr mrs ms miss dr sen rep gov president ' +
    'secretary minister prime chief gen col lt sgt rev prof judge justice st jr sr mayor candidate nominee'
  ).split(' '),
);
const nameWords = (s) =>
  (s ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
function speakerRight(q, g) {
  if (
    q.mention &&
    g.speakerStart != null &&
    overlap(q.mention.start, q.mention.end, g.speakerStart, g.speakerEnd) > 0
  )
    return true;
  const gold = new Set(nameWords(g.speaker));
  return [...nameWords(q.speaker.name), ...nameWords(q.mention?.text)].some((w) => gold.has(w));
}

const buckets = { high: { right: 0, all: 0 }, low: { right: 0, all: 0 } };
const byReason = new Map();
for (const line of readFileSync(data, 'utf8').split('\n')) {
  if (!line) continue;
  const doc = JSON.parse(line);
  const gold = doc.quotes.flatMap((q) =>
    segments(doc.text, q.start, q.end).map(([s, e]) => ({ s, e, q })),
  );
  for (const q of analyzeArticle(doc.text).quotes) {
    if (!q.speaker) continue;
    let best = null;
    let most = 0;
    for (const g of gold) {
      const o = overlap(q.start, q.end, g.s, g.e);
      if (o > most) [best, most] = [g, o];
    }
    const inGold = best !== null && most * 2 >= Math.max(1, q.end - q.start);
    if (inGold && best.q.speakerStart == null && !best.q.speaker) continue; // gold has no source: not scored
    const right = inGold && speakerRight(q, best.q);
    const bucket = q.confidence >= threshold ? buckets.high : buckets.low;
    bucket.all++;
    if (right) bucket.right++;
    const r = byReason.get(q.reason) ?? { right: 0, all: 0, confidence: q.confidence };
    r.all++;
    if (right) r.right++;
    byReason.set(q.reason, r);
  }
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');
const total = buckets.high.all + buckets.low.all;
console.log(`${path.basename(data)}: ${total} attributed quotations`);
console.log(
  `confidence ≥ ${threshold}: precision ${pct(buckets.high.right, buckets.high.all)}%, ${pct(buckets.high.all, total)}% of attributed quotations`,
);
console.log(`confidence < ${threshold}: precision ${pct(buckets.low.right, buckets.low.all)}%`);
console.log('by rule:');
for (const [reason, r] of [...byReason].sort((a, b) => b[1].all - a[1].all)) {
  console.log(
    `  ${reason.padEnd(16)} ${String(r.all).padStart(5)} quotations, precision ${pct(r.right, r.all)}%`,
  );
}
