// Runs the shared scorer on the built library (npm run eval builds first). The scorer and its
// data live in ../shared, outside this repository; without them there is nothing to measure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const scorer = path.join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(
    `eval skipped: ${path.relative(process.cwd(), scorer)} is not here (the shared evaluation data is kept outside the repository)`,
  );
  process.exit(0);
}
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [scorer, ...args], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
// how much confidence means, on the same data
const data = [
  '--data',
  args.includes('--data')
    ? args[args.indexOf('--data') + 1]
    : path.join(root, '..', 'shared', 'eval', 'polnear-dev.jsonl'),
];
const report = spawnSync(
  process.execPath,
  [path.join(root, 'scripts', 'confidence.mjs'), ...data],
  { cwd: root, stdio: 'inherit' },
);
if (report.status !== 0) process.exit(report.status ?? 1);
// source gender, as the Gender Gap Tracker scores it, on styles-dev (the data with a speakers table)
const gender = spawnSync(process.execPath, [path.join(root, 'scripts', 'eval-gender.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(gender.status ?? 1);
