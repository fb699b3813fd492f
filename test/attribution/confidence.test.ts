// Confidence is a property of the rule, measured: each sieve declares within 0.05 of the share of
// its polnear-train quotations that are right (judged as scripts/confidence-lib.mjs says), unless
// it says its confidence is judged, and why; the reason is held to the data too. Reads ../shared,
// so it skips without it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEASURABLE } from '../../src/attribution/sieve.js';
import { SIEVES } from '../../src/attribution/sieves/index.js';
import { analyzeArticle } from '../../src/index.js';
// @ts-expect-error: a plain .mjs script, shared with scripts/confidence.mjs
import { judgeQuotes, precisionByRule } from '../../scripts/confidence-lib.mjs';

const data = new URL('../../../shared/eval/polnear-train.jsonl', import.meta.url).pathname;
const present = existsSync(data);

/** At least this many rules decide enough train quotations to be measured (15 today). */
const MEASURABLE_RULES = 12;
/** How far a declared confidence may stand from the measured precision. */
const TOLERANCE = 0.05;

describe.skipIf(!present)('sieve confidences on polnear-train', () => {
  const judgements: Array<{ rule: string; attributed: boolean }> = present
    ? judgeQuotes(analyzeArticle, data)
    : [];
  // (as scripts/confidence.mjs counts: every quotation a rule decides, with a speaker or not)
  const byRule: Map<string, { all: number; precision: number }> = precisionByRule(judgements);
  const decided = (name: string): number => byRule.get(name)?.all ?? 0;
  const naming = new Set(judgements.filter((j) => j.attributed).map((j) => j.rule));
  const measured = SIEVES.filter((s) => s.judged === undefined);

  it('measures most rules', () => {
    expect(measured.length).toBeGreaterThanOrEqual(MEASURABLE_RULES);
  });

  it.each(measured.map((s) => [s.name, s] as const))('%s is measured', (name, sieve) => {
    expect(decided(name)).toBeGreaterThanOrEqual(MEASURABLE);
    const { precision } = byRule.get(name)!;
    expect(Math.abs(sieve.confidence - precision)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(SIEVES.filter((s) => s.judged === 'rare').map((s) => [s.name] as const))(
    '%s is judged: too rare on train to measure',
    (name) => {
      expect(decided(name)).toBeLessThan(MEASURABLE);
    },
  );

  it.each(SIEVES.filter((s) => s.judged === 'no-speaker').map((s) => [s.name] as const))(
    '%s is judged: it names no speaker',
    (name) => {
      expect(naming.has(name)).toBe(false);
    },
  );
});
