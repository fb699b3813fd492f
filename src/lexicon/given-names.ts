import { COMMON_GIVEN_NAMES } from './given-names-data.js';
import { lookUpGivenName, unpackGivenNames, type GivenNameGender } from './pack-names.js';

let table: Map<string, GivenNameGender> | undefined;

/**
 * The gender a given name tells, from the US Social Security Administration's counts of the
 * names given to people born in 1880–2024 (common names: each given to at least 15,000 people,
 * at least 95% of them of one sex; see scripts/build-given-names.mjs). Names that do not tell a
 * gender clearly (Jordan, Kim, Robin) and rare names are undefined; the full table is in the
 * `quote-attribution/given-names` entry point.
 *
 * @param name - a given name as written: case, accents and apostrophes do not matter
 * @returns `'female'`, `'male'`, or undefined when the table does not tell
 * @example
 * givenNameGender('Margaret'); // 'female'
 * givenNameGender('Seán'); // 'male'
 * givenNameGender('Jordan'); // undefined
 */
export function givenNameGender(name: string): GivenNameGender | undefined {
  // unpacked on first use, so importing the library stays free of work
  table ??= unpackGivenNames(COMMON_GIVEN_NAMES);
  return lookUpGivenName(table, name);
}
