// Confidence is a property of the rule, measured: each sieve that names a speaker, and decides
// enough quotations of polnear-train to measure, declares within 0.05 of the share of them that
// are right (judged as scripts/confidence-lib.mjs says). Reads ../shared, so it skips without it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIEVES } from '../../src/attribution/sieves/index.js';
import { analyzeArticle } from '../../src/index.js';
// @ts-expect-error: a plain .mjs script, shared with scripts/confidence.mjs
import { judgeQuotes, precisionByRule } from '../../scripts/confidence-lib.mjs';

const data = new URL('../../../shared/eval/polnear-train.jsonl', import.meta.url).pathname;
const present = existsSync(data);

/** A rule decides at least this many train quotations before its precision is taken as measured. */
const MEASURABLE = 20;
/** At least this many rules decide enough train quotations to be measured (15 today). */
const MEASURABLE_RULES = 12;
/** How far a declared confidence may stand from the measured precision. */
const TOLERANCE = 0.05;

describe.skipIf(!present)('sieve confidences on polnear-train', () => {
  const byRule: Map<string, { all: number; precision: number }> = present
    ? precisionByRule(
        (judgeQuotes(analyzeArticle, data) as Array<{ attributed: boolean }>).filter(
          (j) => j.attributed,
        ),
      )
    : new Map();

  // (a rule too rare on train, or one that names no speaker, declares a judged number)
  const measured = SIEVES.filter((s) => (byRule.get(s.name)?.all ?? 0) >= MEASURABLE);

  it('measures most rules', () => {
    expect(measured.length).toBeGreaterThanOrEqual(MEASURABLE_RULES);
  });

  it.each(measured.map((s) => [s.name, s] as const))('%s', (name, sieve) => {
    const { precision } = byRule.get(name)!;
    expect(Math.abs(sieve.confidence - precision)).toBeLessThanOrEqual(TOLERANCE);
  });
});
