import { describe, expect, it } from 'vitest';
import { describeMention, nameAtEnd } from '../../src/mentions/describe-mention.js';
import { textOf, tokenize } from '../nlp/helpers.js';

function describe_(text: string) {
  const tokens = tokenize(text);
  return describeMention(tokens, [0, tokens.length - 1]);
}

describe('describeMention: pronouns', () => {
  it.each([
    ['he', { kind: 'pronoun', pronoun: 'he', gender: 'male', plural: false }],
    ['He', { kind: 'pronoun', pronoun: 'he', gender: 'male', plural: false }],
    ['she', { kind: 'pronoun', pronoun: 'she', gender: 'female', plural: false }],
    ['they', { kind: 'pronoun', pronoun: 'they', gender: 'unknown', plural: true }],
    ['it', { kind: 'pronoun', pronoun: 'it', gender: 'unknown', plural: false }],
    ['we', { kind: 'pronoun', pronoun: 'we', gender: 'unknown', plural: true }],
  ])('%j → %j', (text, want) => {
    expect(describe_(text)).toStrictEqual(want);
  });
});

describe('describeMention: people by name, titles stripped', () => {
  it.each([
    [
      'Secretary of State Antony Blinken',
      {
        kind: 'person',
        name: 'Antony Blinken',
        surname: 'blinken',
        given: ['antony'],
        // Antony was given to fewer than 15,000 people: only the full table knows it
        gender: 'unknown',
      },
    ],
    [
      'Secretary of State Anthony Blinken',
      {
        kind: 'person',
        name: 'Anthony Blinken',
        surname: 'blinken',
        given: ['anthony'],
        gender: 'male',
      },
    ],
    [
      'then-Secretary of State Mike Pompeo',
      { kind: 'person', name: 'Mike Pompeo', surname: 'pompeo', given: ['mike'], gender: 'male' },
    ],
    [
      'Mayor Susan Castell',
      {
        kind: 'person',
        name: 'Susan Castell',
        surname: 'castell',
        given: ['susan'],
        gender: 'female',
      },
    ],
    [
      'Hillary Clinton',
      {
        kind: 'person',
        name: 'Hillary Clinton',
        surname: 'clinton',
        given: ['hillary'],
        gender: 'female',
      },
    ],
    [
      'Harold Finch',
      { kind: 'person', name: 'Harold Finch', surname: 'finch', given: ['harold'], gender: 'male' },
    ],
    [
      'Sen. Ted Cruz',
      { kind: 'person', name: 'Ted Cruz', surname: 'cruz', given: ['ted'], gender: 'male' },
    ],
    ['Yang', { kind: 'person', name: 'Yang', surname: 'yang', given: [], gender: 'unknown' }],
    [
      'Blinken',
      { kind: 'person', name: 'Blinken', surname: 'blinken', given: [], gender: 'unknown' },
    ],
  ])('%j → %j', (text, want) => {
    const got = describe_(text);
    expect(
      got.kind === 'pronoun'
        ? got
        : {
            kind: got.kind,
            name: got.name,
            surname: got.surname,
            given: got.given,
            gender: got.gender,
          },
    ).toStrictEqual(want);
  });
});

describe('describeMention: honorifics tell gender', () => {
  it.each([
    ['Mr. Obama', { kind: 'person', name: 'Obama', gender: 'male' }],
    ['Ms. Lindqvist', { kind: 'person', name: 'Lindqvist', gender: 'female' }],
    ['Mrs. Okafor', { kind: 'person', name: 'Okafor', gender: 'female' }],
    ['Dr. Anand', { kind: 'person', name: 'Anand', gender: 'unknown' }],
  ])('%j → %j', (text, want) => {
    const got = describe_(text);
    expect(
      got.kind === 'pronoun' ? got : { kind: got.kind, name: got.name, gender: got.gender },
    ).toStrictEqual(want);
  });

  it.each([
    ['Sen. Ted Cruz', 'senator'],
    ['Dr. Anand', 'doctor'],
    ['Gov. Ana Ruiz', 'governor'],
  ])('%j gives the role %j for a later "the …"', (text, role) => {
    const got = describe_(text);
    expect(got.kind !== 'pronoun' && got.roles).toContain(role);
  });
});

describe('describeMention: roles, definite and indefinite', () => {
  it.each([
    [
      'another senior administration official',
      {
        kind: 'role',
        name: 'senior administration official',
        definite: false,
        roles: ['official'],
      },
    ],
    [
      'a senior administration official',
      {
        kind: 'role',
        name: 'senior administration official',
        definite: false,
        roles: ['official'],
      },
    ],
    [
      'one of the two senior administration officials',
      {
        kind: 'role',
        name: 'senior administration official',
        definite: false,
        roles: ['official'],
      },
    ],
    ['the official', { kind: 'role', name: 'official', definite: true, roles: ['official'] }],
    [
      'The senior administration official',
      { kind: 'role', name: 'senior administration official', definite: true, roles: ['official'] },
    ],
    [
      'the spokeswoman',
      { kind: 'role', name: 'spokeswoman', definite: true, roles: ['spokeswoman'] },
    ],
    [
      'the 48-year-old',
      { kind: 'role', name: '48-year-old', definite: true, roles: ['48-year-old'] },
    ],
    [
      'a 48-year-old',
      { kind: 'role', name: '48-year-old', definite: false, roles: ['48-year-old'] },
    ],
  ])('%j → %j', (text, want) => {
    const got = describe_(text);
    expect(
      got.kind === 'pronoun'
        ? got
        : { kind: got.kind, name: got.name, definite: got.definite, roles: got.roles },
    ).toStrictEqual(want);
  });

  it.each([
    ['the spokeswoman', 'female'],
    ['a spokesman', 'male'],
    ['the official', 'unknown'],
  ])('%j → gender %s', (text, gender) => {
    expect(describe_(text).gender).toBe(gender);
  });

  it.each([
    [
      'a spokeswoman for the water agency',
      { kind: 'role', name: 'spokeswoman for the water agency', gender: 'female' },
    ],
    [
      'a spokesman for Blue Tide Ferries',
      { kind: 'role', name: 'spokesman for Blue Tide Ferries', gender: 'male' },
    ],
    // the role is an appositive before a name: the person is the mention
    ['the minister for the coast, Ana Vos', { kind: 'person', name: 'Ana Vos', gender: 'female' }],
    [
      'a junior minister in the transport department, Jordan Hale',
      { kind: 'person', name: 'Jordan Hale', gender: 'unknown' },
    ],
  ])('a role and where it is held: %j → %j', (text, want) => {
    const got = describe_(text);
    expect(
      got.kind === 'pronoun' ? got : { kind: got.kind, name: got.name, gender: got.gender },
    ).toStrictEqual(want);
  });
});

describe('describeMention: groups, organizations, places', () => {
  it.each([
    ['senior administration officials', { kind: 'group', name: 'senior administration officials' }],
    ['officials', { kind: 'group', name: 'officials' }],
    ['residents', { kind: 'group', name: 'residents' }],
    ['the White House', { kind: 'organization', name: 'White House' }],
    ['the Justice Department', { kind: 'organization', name: 'Justice Department' }],
    ['The New York Times', { kind: 'organization', name: 'New York Times' }],
    ['the Tessel Water Authority', { kind: 'organization', name: 'Tessel Water Authority' }],
    ['Beijing', { kind: 'place', name: 'Beijing' }],
    ['Moscow', { kind: 'place', name: 'Moscow' }],
  ])('%j → %j', (text, want) => {
    const got = describe_(text);
    expect({ kind: got.kind, name: got.kind === 'pronoun' ? null : got.name }).toStrictEqual(want);
  });
});

describe('nameAtEnd: the name after the titles', () => {
  it.each([
    ['Secretary of State Antony Blinken', 'Antony Blinken'],
    ['National Security Advisor Jake Sullivan', 'Jake Sullivan'],
    ['former Vice President Joe Biden', 'Joe Biden'],
    ['Mr. Obama', 'Obama'],
    ['Harold Finch', 'Harold Finch'],
    ['the official', null],
    ['senior administration officials', null],
  ])('%j → %j', (text, want) => {
    const tokens = tokenize(text);
    expect(textOf(text, tokens, nameAtEnd(tokens, 0, tokens.length - 1))).toBe(want);
  });
});
