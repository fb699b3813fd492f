// The given-name tables built from the national name counts: what a name tells, how a written
// name is looked up, and that the packed tables unpack to clean, sorted, consistent lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/index.js';
import { givenNameGenderFull } from '../../src/lexicon/given-names-full.js';
import { COMMON_GIVEN_NAMES } from '../../src/lexicon/given-names-data.js';
import { ALL_GIVEN_NAMES } from '../../src/lexicon/given-names-full-data.js';
import {
  givenNameKeys,
  unpackGivenNames,
  unpackNames,
  type PackedGivenNames,
} from '../../src/lexicon/pack-names.js';

describe('givenNameGender: the common table', () => {
  it.each([
    ['Margaret', 'female'],
    ['Thomas', 'male'],
    ['diana', 'female'],
    ['GREGORY', 'male'],
  ] as const)('%s → %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });

  it.each([
    // under 95% one sex in the national counts: the name alone does not tell
    ['Jordan'],
    ['Kim'],
    ['Robin'],
    ['Leslie'],
    // not a given name at all
    ['Council'],
    [''],
    ['O’'],
  ])('%s → undefined', (name) => {
    expect(givenNameGender(name)).toBeUndefined();
  });
});

describe('givenNameGender: how a written name is looked up', () => {
  it.each([
    // accents: the national data is written in plain letters
    ['Seán', 'male'],
    ['Zoë', 'female'],
    // a hyphenated name: whole, then its first part
    ['Mary-Kate', 'female'],
    ['Carl-Johan', 'male'],
  ] as const)('%s → %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender);
  });

  it.each([
    ['Seán', ['sean']],
    ['Jean-Luc', ['jeanluc', 'jean']],
    ['D’Andre', ['dandre']],
    ['J.', ['j']],
    ['李', []],
  ])('%s is looked up as %j', (name, keys) => {
    expect(givenNameKeys(name)).toStrictEqual(keys);
  });
});

describe('givenNameGenderFull: the full table', () => {
  it.each([
    // given to fewer than 15,000 people in the US: only in the full table
    ['Ngozi', 'female'],
    ['Chinedu', 'male'],
    ['Folasade', 'female'],
    ['Teodor', 'male'],
    ['Sinéad', 'female'],
    ['Ciarán', 'male'],
  ] as const)('%s → %s, not in the common table', (name, gender) => {
    expect(givenNameGenderFull(name)).toBe(gender);
    expect(givenNameGender(name)).toBeUndefined();
  });

  it('agrees with the common table on every common name', () => {
    const common = unpackGivenNames(COMMON_GIVEN_NAMES);
    const full = unpackGivenNames(ALL_GIVEN_NAMES);
    for (const [name, gender] of common)
      expect([name, full.get(name)]).toStrictEqual([name, gender]);
  });
});

describe('the packed tables', () => {
  it.each([
    ['anna 4bel 3ie', ['anna', 'annabel', 'annie']],
    ['bo 1ea 3n', ['bo', 'bea', 'bean']],
    ['zoe', ['zoe']],
  ])('%s unpacks to %j', (packed, names) => {
    expect(unpackNames(packed)).toStrictEqual(names);
  });

  it.each([
    ['common', COMMON_GIVEN_NAMES],
    ['full', ALL_GIVEN_NAMES],
  ] as Array<[string, PackedGivenNames]>)(
    'the %s table unpacks to sorted, distinct, lower-case names, one string per initial, one gender each',
    (_label, table) => {
      const seen = new Set<string>();
      for (const gender of ['female', 'male'] as const) {
        const initials: string[] = [];
        for (const packed of table[gender]) {
          // a letter's first name is written whole, so the strings join into one list
          expect(packed).toMatch(/^[a-z]/);
          const names = unpackNames(packed);
          initials.push(names[0]![0]!);
          expect(names).toStrictEqual([...names].sort());
          for (const name of names) {
            expect(name).toMatch(/^[a-z]+$/);
            expect(name[0]).toBe(initials.at(-1));
            expect(seen.has(name)).toBe(false);
            seen.add(name);
          }
        }
        expect(initials).toStrictEqual([...new Set(initials)].sort());
      }
    },
  );
});

describe('givenNameGender on any string', () => {
  it('returns female, male or undefined, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        expect([undefined, 'female', 'male']).toContain(givenNameGender(name));
      }),
    );
  });
});
