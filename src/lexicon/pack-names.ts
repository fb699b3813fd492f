/** The gender a given name tells, or undefined when it does not tell one clearly. */
export type GivenNameGender = 'female' | 'male';

/**
 * A packed given-name table: per gender, the front-coded names, one string per initial letter
 * (a letter's first name shares nothing with the one before, so the strings join into one list).
 */
export interface PackedGivenNames {
  readonly female: readonly string[];
  readonly male: readonly string[];
}

/**
 * Reverses scripts/build-given-names.mjs's front coding: `anna 4bel 3ie` is anna, annabel,
 * annie (each name is the count of letters it shares with the one before, then the rest).
 *
 * @param packed - front-coded names, space-separated
 * @returns the names, in their sorted order
 */
export function unpackNames(packed: string): string[] {
  const names: string[] = [];
  let previous = '';
  for (const entry of packed.split(' ')) {
    const digits = /^\d*/.exec(entry)![0];
    const shared = digits === '' ? 0 : Number(digits);
    previous = previous.slice(0, shared) + entry.slice(digits.length);
    names.push(previous);
  }
  return names;
}

/**
 * Name → gender for a packed table.
 *
 * @param table - the packed table
 * @returns a map from the lower-cased, unaccented name to its gender
 */
export function unpackGivenNames(table: PackedGivenNames): Map<string, GivenNameGender> {
  const map = new Map<string, GivenNameGender>();
  for (const gender of ['female', 'male'] as const) {
    for (const name of unpackNames(table[gender].join(' '))) map.set(name, gender);
  }
  return map;
}

/**
 * The spellings under which a written given name is looked up: lower-cased, accents and
 * apostrophes dropped (the national data is written in plain letters: Seán is listed as sean),
 * and for a hyphenated name the whole name before its first part (Jean-Luc → jeanluc, jean).
 *
 * @param name - the given name as the article writes it
 * @returns the keys to try, in order
 */
export function givenNameKeys(name: string): string[] {
  // (most names are plain letters: their one key is the name lower-cased, as below)
  if (/^[A-Za-z]+$/.test(name)) return [name.toLowerCase()];
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.]/g, '');
  const parts = plain.split(/[-‐‑]/).filter((part) => part !== '');
  const keys = [parts.join(''), parts[0] ?? ''];
  return [...new Set(keys)].filter((key) => /^[a-z]+$/.test(key));
}

/**
 * Looks a given name up in an unpacked table.
 *
 * @param table - from unpackGivenNames()
 * @param name - the given name as written
 * @returns its gender, or undefined when the table does not tell one
 */
export function lookUpGivenName(
  table: ReadonlyMap<string, GivenNameGender>,
  name: string,
): GivenNameGender | undefined {
  for (const key of givenNameKeys(name)) {
    const gender = table.get(key);
    if (gender) return gender;
  }
  return undefined;
}
