// Acceptance for reported speech with the shared scorer's --speech all (every attribution of
// speech, direct, mixed and indirect, matched at overlap > 0.3), on the built package (npm test
// builds first). The data and scorer are other people's work, kept in ../shared outside the
// repository: this test runs when they are there and is skipped when they are not. The floors
// are what the build reached when reported speech landed (issue 15), rounded down.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eval_ = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const present = existsSync(`${eval_}score.mjs`) && existsSync(`${root}dist/index.js`);

interface AllSpeech {
  crashes: number;
  badSpans: number;
  'at0.3': { f1: number; speakerAccuracy: number; endToEndF1: number };
}

function score(data: string): AllSpeech {
  const lines = execFileSync(
    process.execPath,
    [`${eval_}score.mjs`, '--speech', 'all', '--json', '--data', `${eval_}${data}`],
    { cwd: root, encoding: 'utf8' },
  )
    .trim()
    .split('\n');
  return JSON.parse(lines[lines.length - 1]!) as AllSpeech;
}

describe.skipIf(!present)('--speech all, shared scorer (../shared/eval)', () => {
  it('PolNeAR dev: extraction F1 ≥ 85, speaker accuracy ≥ 96, end-to-end F1 ≥ 82', () => {
    const figures = score('polnear-dev.jsonl');
    expect(figures['at0.3'].f1).toBeGreaterThanOrEqual(85);
    expect(figures['at0.3'].speakerAccuracy).toBeGreaterThanOrEqual(96);
    expect(figures['at0.3'].endToEndF1).toBeGreaterThanOrEqual(82);
    expect(figures.crashes).toBe(0);
    expect(figures.badSpans).toBe(0);
  });

  it('styles-dev: extraction F1 ≥ 92, speaker accuracy ≥ 93, end-to-end F1 ≥ 86', () => {
    const figures = score('styles-dev.jsonl');
    expect(figures['at0.3'].f1).toBeGreaterThanOrEqual(92);
    expect(figures['at0.3'].speakerAccuracy).toBeGreaterThanOrEqual(93);
    expect(figures['at0.3'].endToEndF1).toBeGreaterThanOrEqual(86);
    expect(figures.crashes).toBe(0);
    expect(figures.badSpans).toBe(0);
  });
});
