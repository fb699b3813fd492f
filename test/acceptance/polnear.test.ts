// Acceptance on PolNeAR dev and train and on styles-dev with the shared scorer, run on the built
// package (npm test builds first). The data and the scorer are other people's work, kept in
// ../shared outside the repository: this test runs when they are there and is skipped when not.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scorer = fileURLToPath(new URL('../../../shared/eval/score.mjs', import.meta.url));
const present = existsSync(scorer) && existsSync(`${root}dist/index.js`);

/** The scorer's figures on one data set of ../shared/eval (polnear-dev when none is named). */
function score(data?: string): Record<string, number> {
  const args = data ? [scorer, '--data', `../shared/eval/${data}`, '--json'] : [scorer, '--json'];
  const lines = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n');
  return JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
}

// The scorer reads ''…'' quotations and checks resolved names; each floor is what the build
// reached when it was set, rounded down, and is raised as accuracy work lands. Reading ''…'' as
// quotation marks brought detection to all but a few and as many new quotations to attribute,
// slightly less well than the rest: dev's attribution floor went from 95 to 94 with it.
describe.skipIf(!present)('shared scorer (../shared/eval)', () => {
  it.each([
    // [name, F1, attribution accuracy, detection recall, data file (polnear-dev when none)]
    ['polnear-dev', 93, 94, 99, undefined],
    ['polnear-train', 91, 91, 99, 'polnear-train.jsonl'],
    // styles-dev checks the resolved name, not only the mention: pronouns and roles resolved right
    ['styles-dev', 92, 93, 100, 'styles-dev.jsonl'],
  ] as const)(
    '%s: F1 ≥ %d, attribution ≥ %d, detection ≥ %d, no crash, no broken span',
    (_name, f1, attribution, detection, data) => {
      const figures = score(data);
      expect(figures.f1).toBeGreaterThanOrEqual(f1);
      expect(figures.attributionAccuracy).toBeGreaterThanOrEqual(attribution);
      expect(figures.detectionRecall).toBeGreaterThanOrEqual(detection);
      expect(figures.crashes).toBe(0);
      expect(figures.badSpans).toBe(0);
    },
  );
});
