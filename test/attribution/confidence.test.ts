// Confidence is a property of the rule, measured: each sieve, of the quotation rules and of the
// reported-speech rules, declares within 0.05 of the share of its polnear-train decisions that are
// right (judged as scripts/confidence-lib.mjs says), unless it says its confidence is judged
// because the rule is too rare there; that is held to the data too. Reads ../shared, so it skips
// without it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURABLE } from '../../src/attribution/sieve.js';
import { SIEVES } from '../../src/attribution/sieves/index.js';
import { REPORT_SIEVES } from '../../src/reported/sieves/index.js';
import { analyzeArticle } from '../../src/index.js';
// @ts-expect-error: a plain .mjs script, shared with scripts/confidence.mjs
import { judge, precisionByRule } from '../../scripts/confidence-lib.mjs';

const data = new URL('../../../shared/eval/polnear-train.jsonl', import.meta.url).pathname;
const present = existsSync(data);

/** How far a declared confidence may stand from the measured precision. */
const TOLERANCE = 0.05;

interface Rule {
  readonly name: string;
  readonly confidence: number;
  readonly judged?: 'rare';
}

type Judgements = Array<{ rule: string }>;
const judged: { quotes: Judgements; reports: Judgements } = present
  ? judge(analyzeArticle, data)
  : { quotes: [], reports: [] };

describe.skipIf(!present)('confidences on polnear-train', () => {
  describe.each([
    // at least this many rules of each list decide enough train quotations to be measured
    ['attribution sieves', SIEVES as readonly Rule[], judged.quotes, 15],
    ['reported-speech sieves', REPORT_SIEVES as readonly Rule[], judged.reports, 8],
  ] as const)('%s', (_, list, judgements, fewestMeasured) => {
    // (as scripts/confidence.mjs counts: every decision of a rule, with a speaker or not)
    const byRule: Map<string, { all: number; precision: number }> = precisionByRule(judgements);
    const decided = (name: string): number => byRule.get(name)?.all ?? 0;
    const measured = list.filter((s) => s.judged === undefined);

    it('measures most rules', () => {
      expect(measured.length).toBeGreaterThanOrEqual(fewestMeasured);
    });

    it.each(measured.map((s) => [s.name, s] as const))('%s is measured', (name, sieve) => {
      expect(decided(name)).toBeGreaterThanOrEqual(MEASURABLE);
      const { precision } = byRule.get(name)!;
      expect(Math.abs(sieve.confidence - precision)).toBeLessThanOrEqual(TOLERANCE);
    });

    it.each(list.filter((s) => s.judged === 'rare').map((s) => [s.name] as const))(
      '%s is judged: too rare on train to measure',
      (name) => {
        expect(decided(name)).toBeLessThan(MEASURABLE);
      },
    );
  });
});
