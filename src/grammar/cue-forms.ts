import { DOUBLING_VERBS } from '../lexicon/doubling-verbs.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { VERB_PARTICLES } from '../lexicon/verb-particles.js';

/**
 * Every written form of a verb: base, third person, past (regular or irregular), -ing.
 *
 * @param base the dictionary form, lower-cased
 * @returns the forms, base first
 * @example
 * inflections('admit'); // → ['admit', 'admits', 'admitted', 'admitting']
 */
export function inflections(base: string): string[] {
  const y = /[^aeiou]y$/.test(base);
  const third = /(?:s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : y
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const doubled = DOUBLING_VERBS.has(base) ? base + base.slice(-1) : base;
  const past = IRREGULAR_VERBS[base] ?? [
    y ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${doubled}ed`,
  ];
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : base.endsWith('e') && !base.endsWith('ee')
      ? `${base.slice(0, -1)}ing`
      : `${doubled}ing`;
  return [...new Set([base, third, ...past, ing])];
}

/**
 * Cue strength by written form, lower-cased: every inflection of every reporting verb (weak
 * verbs first, so that a form a weak and a strong verb share is strong).
 */
export const CUE_FORMS: ReadonlyMap<string, 'strong' | 'weak'> = new Map(
  (['weak', 'strong'] as const).flatMap((strength) =>
    Object.keys(REPORTING_VERBS)
      .filter((verb) => REPORTING_VERBS[verb] === strength)
      .flatMap((verb) => inflections(verb).map((form) => [form, strength] as const)),
  ),
);

/** The particles each written form of those verbs needs, lower-cased: "shot" → back. */
export const PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(VERB_PARTICLES).flatMap(([verb, particles]) =>
    inflections(verb).map((form) => [form, particles] as const),
  ),
);
