// Acceptance on PolNeAR dev with the shared scorer, run on the built package (npm test builds
// first). The data and the scorer are other people's work, kept in ../shared outside the
// repository: this test runs when they are there and is skipped when they are not.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scorer = fileURLToPath(new URL('../../../shared/eval/score.mjs', import.meta.url));
const present = existsSync(scorer) && existsSync(`${root}dist/index.js`);

describe.skipIf(!present)('PolNeAR dev, shared scorer (../shared/eval)', () => {
  // The scorer now reads ''…'' quotations and checks resolved names; these floors are what the
  // build reached with it when it changed (issue 12), and are raised as accuracy work lands.
  it('reaches F1 ≥ 88, attribution accuracy ≥ 95 and detection ≥ 88, with no crash and no broken span', () => {
    const lines = execFileSync(process.execPath, [scorer, '--json'], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    const figures = JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
    expect(figures.f1).toBeGreaterThanOrEqual(88);
    expect(figures.attributionAccuracy).toBeGreaterThanOrEqual(95);
    expect(figures.detectionRecall).toBeGreaterThanOrEqual(88);
    expect(figures.crashes).toBe(0);
    expect(figures.badSpans).toBe(0);
  });
});
