// How much `confidence` means: the precision of attributed quotations at or above a threshold,
// the share of attributed quotations that reach it, and each rule's precision beside the
// confidence it declares (judged as scripts/confidence-lib.mjs says), for the quotation rules and
// the reported-speech rules. Each sieve's confidence is set from the by-rule precision on
// polnear-train; test/attribution/confidence.test.ts keeps them within 0.05, but for a sieve that
// says its confidence is `judged` (src/attribution/sieve.ts): one that decides fewer than
// MEASURABLE (20) train quotations.
//
//   node scripts/confidence.mjs [--data FILE.jsonl] [--threshold 0.8]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../dist/index.js';
import { judge, precisionByRule } from './confidence-lib.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const data = arg('--data', path.join(root, '..', 'shared', 'eval', 'polnear-train.jsonl'));
const threshold = Number(arg('--threshold', '0.8'));
if (!existsSync(data)) {
  console.log(`confidence report skipped: ${data} is not here`);
  process.exit(0);
}

const { quotes: judged, reports } = judge(analyzeArticle, data);
const attributed = judged.filter((j) => j.attributed);
const high = attributed.filter((j) => j.confidence >= threshold);
const low = attributed.filter((j) => j.confidence < threshold);
const right = (js) => js.filter((j) => j.right).length;
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');
console.log(`${path.basename(data)}: ${attributed.length} attributed quotations`);
console.log(
  `confidence ≥ ${threshold}: precision ${pct(right(high), high.length)}%, ${pct(high.length, attributed.length)}% of attributed quotations`,
);
console.log(`confidence < ${threshold}: precision ${pct(right(low), low.length)}%`);
const byRule = (heading, unit, js) => {
  console.log(heading);
  const declared = new Map(js.map((j) => [j.rule, j.confidence]));
  for (const [rule, r] of precisionByRule(js)) {
    console.log(
      `  ${rule.padEnd(24)} ${String(r.all).padStart(5)} ${unit}, precision ${pct(r.right, r.all).padStart(5)}%, confidence ${declared.get(rule)}`,
    );
  }
};
byRule('by rule (no-speaker rules: the share the gold gives no source):', 'quotations', judged);
byRule('reported speech by rule (matched as --speech all at 0.3):', 'reports', reports);
