// Scores source gender the way the Gender Gap Tracker scores its pipeline: per article, the set
// of quoted people the library calls female and the set it calls male, against the annotated
// sets (styles-dev's `speakers` table gives each speaker's gender as the text tells it). Two names
// match when they are equal or one is the other's surname. Sums true and false positives over
// articles; prints precision, recall and F1 per gender and the female share of gendered sources.
//
//   npm run build && node scripts/eval-gender.mjs [--data FILE] [--text-only] [--errors] [--json]
//
// --text-only reads gender from the text alone (genderOf: null); --errors lists each mismatch.
// The data lives in ../shared, outside the repository: without it there is nothing to measure.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataFile = path.resolve(
  option('--data', path.join(root, '..', 'shared', 'eval', 'styles-dev.jsonl')),
);
const textOnly = args.includes('--text-only');
const showErrors = args.includes('--errors');

if (!existsSync(dataFile)) {
  console.log(`gender eval skipped: ${path.relative(process.cwd(), dataFile)} is not here`);
  process.exit(0);
}
const { analyzeArticle } = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);

/** Lower-cased words of a name, curly quotes and punctuation around words dropped. */
const words = (name) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** Equal, or one is the other's surname (its last word). */
function sameName(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.join(' ') === y.join(' ')) return true;
  if (x.length === 1) return y.at(-1) === x[0];
  if (y.length === 1) return x.at(-1) === y[0];
  return false;
}

/** True positives: predicted names matched one to one against gold names. */
function matches(predicted, gold) {
  const left = [...gold];
  const hits = [];
  for (const p of predicted) {
    const i = left.findIndex((g) => sameName(p, g));
    if (i >= 0) hits.push([p, left.splice(i, 1)[0]]);
  }
  return hits;
}

const articles = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((a) => a.speakers);

const GENDERS = ['female', 'male'];
const totals = Object.fromEntries(
  GENDERS.map((g) => [g, { tp: 0, fp: 0, fn: 0, gold: 0, predicted: 0 }]),
);
const errors = [];
// the gender logic alone: for each quoted person the library found (by name), its gender
// against the annotated one, whatever the attribution got right or wrong
const confusion = {};
for (const article of articles) {
  // the quoted people: every speaker of a gold attribution, direct or indirect
  const quoted = new Set(article.quotes.map((q) => q.speakerCanonical));
  const result = analyzeArticle(article.text, textOnly ? { genderOf: null } : undefined);
  const people = [...quoted].filter((name) => article.speakers[name]?.kind === 'person');
  const found = matches(
    result.speakers.map((s) => s.name),
    people,
  );
  for (const [name, goldName] of found) {
    const speaker = result.speakers.find((s) => s.name === name);
    const key = `${article.speakers[goldName].gender}→${speaker.gender}`;
    confusion[key] = (confusion[key] ?? 0) + 1;
    if (showErrors && article.speakers[goldName].gender !== speaker.gender) {
      const evidence = speaker.genderEvidence.map((e) => `${e.kind} "${e.span.text}" ${e.gender}`);
      errors.push(
        `${article.id}: ${goldName} is ${article.speakers[goldName].gender}, called ${speaker.gender} [${evidence.join('; ')}]`,
      );
    }
  }
  for (const gender of GENDERS) {
    const gold = [...quoted].filter((name) => article.speakers[name]?.gender === gender);
    const predicted = [
      ...new Set(result.speakers.filter((s) => s.gender === gender).map((s) => s.name)),
    ];
    const hits = matches(predicted, gold);
    const t = totals[gender];
    t.tp += hits.length;
    t.fp += predicted.length - hits.length;
    t.fn += gold.length - hits.length;
    t.gold += gold.length;
    t.predicted += predicted.length;
    if (showErrors) {
      for (const p of predicted)
        if (!hits.some(([x]) => x === p)) errors.push(`${article.id}: ${gender} FP ${p}`);
      for (const g of gold)
        if (!hits.some(([, y]) => y === g)) errors.push(`${article.id}: ${gender} FN ${g}`);
    }
  }
}

const pct = (x) => Math.round(x * 1000) / 10;
const report = {};
for (const gender of GENDERS) {
  const { tp, fp, fn } = totals[gender];
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  report[gender] = {
    precision: pct(p),
    recall: pct(r),
    f1: pct((2 * p * r) / (p + r || 1)),
    tp,
    fp,
    fn,
  };
}
const share = (f, m) => pct(f / (f + m || 1));
report.confusion = confusion;
report.femaleShare = {
  predicted: share(totals.female.predicted, totals.male.predicted),
  annotated: share(totals.female.gold, totals.male.gold),
};

if (args.includes('--json')) console.log(JSON.stringify(report));
else {
  const mode = textOnly ? 'text only' : 'text, then given names';
  console.log(
    `source gender on ${path.basename(dataFile)} (${articles.length} articles, ${mode}):`,
  );
  for (const gender of GENDERS) {
    const { precision, recall, f1, tp, fp, fn } = report[gender];
    console.log(
      `  ${gender.padEnd(6)} P ${precision} R ${recall} F1 ${f1}  (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
  }
  const { predicted, annotated } = report.femaleShare;
  console.log(`  female share of gendered sources: ${predicted}% (annotated ${annotated}%)`);
  const agree = Object.entries(confusion).filter(([k]) => k.split('→')[0] === k.split('→')[1]);
  const found = Object.values(confusion).reduce((a, b) => a + b, 0);
  const right = agree.reduce((a, [, n]) => a + n, 0);
  console.log(`  gender of the quoted people found by name: ${right}/${found} as annotated`);
  console.log(
    `    annotated→called: ${Object.entries(confusion)
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  for (const line of errors) console.log(`  ${line}`);
}
