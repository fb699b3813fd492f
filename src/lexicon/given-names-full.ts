import { ALL_GIVEN_NAMES } from './given-names-full-data.js';
import { lookUpGivenName, unpackGivenNames } from './pack-names.js';

let table: ReturnType<typeof unpackGivenNames> | undefined;

/**
 * givenNameGender() over the full table: names given to at least 100 people born in the US in
 * 1880–2024, at least 95% of them of one sex (about 35,000 names, against 2,900 in the main
 * bundle). It is the `quote-attribution/given-names` entry point, to be loaded when wanted and
 * passed to the analyzer as its `genderOf` option.
 *
 * @param name - a given name as written: case, accents and apostrophes do not matter
 * @returns `'female'`, `'male'`, or undefined when the table does not tell
 * @example
 * const { givenNameGenderFull } = await import('quote-attribution/given-names');
 * givenNameGenderFull('Ngozi'); // 'female'
 */
export function givenNameGenderFull(name: string): 'female' | 'male' | undefined {
  table ??= unpackGivenNames(ALL_GIVEN_NAMES);
  return lookUpGivenName(table, name);
}
