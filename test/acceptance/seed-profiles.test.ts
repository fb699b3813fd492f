// The seed article's speakers as the issue describes them: who is anonymous, their titles and
// affiliations. The article is other people's writing, kept in ../shared outside the repository:
// this test reads it when it is there and is skipped when it is not.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type Speaker } from '../../src/index.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(`${corpus}seed-sino-us-talks.txt`);

const profile = (s: Speaker) => ({
  name: s.name,
  anonymous: s.anonymous,
  title: s.title?.text ?? null,
  affiliation: s.affiliation?.text ?? null,
});

describe.skipIf(!present)('seed article speaker profiles (../shared/corpus)', () => {
  const text = present ? readFileSync(`${corpus}seed-sino-us-talks.txt`, 'utf8') : '';
  const speakers = present ? analyzeArticle(text).speakers : [];
  const named = (name: string) => speakers.filter((s) => s.name === name).map(profile);

  it('gives the two senior administration officials as anonymous, each with that title', () => {
    const officials = speakers.filter((s) => s.kind === 'role').map(profile);
    expect(officials).toStrictEqual([
      {
        name: 'senior administration official',
        anonymous: true,
        title: 'senior administration official',
        affiliation: null,
      },
      {
        name: 'senior administration official',
        anonymous: true,
        title: 'senior administration official',
        affiliation: null,
      },
    ]);
    // one "he", one "she"
    expect(speakers.filter((s) => s.kind === 'role').map((s) => s.gender)).toStrictEqual([
      'male',
      'female',
    ]);
  });

  it('gives Antony Blinken his title, Secretary of State', () => {
    expect(named('Antony Blinken')).toStrictEqual([
      { name: 'Antony Blinken', anonymous: false, title: 'Secretary of State', affiliation: null },
    ]);
  });

  // Marise Payne is a speaker only of a reported statement: a speaker once reported speech is in
  // the result
  it.runIf(named('Marise Payne').length > 0)(
    'gives Marise Payne the title foreign minister, affiliation Australia',
    () => {
      expect(named('Marise Payne')).toStrictEqual([
        {
          name: 'Marise Payne',
          anonymous: false,
          title: 'foreign minister',
          affiliation: 'Australia',
        },
      ]);
    },
  );
});
