// The entity store on its own: which entity a described mention names again, and the bound on
// how many recent entities a pronoun is compared with.
import { describe, expect, it } from 'vitest';
import type { DescribedMention } from '../../src/mentions/describe-mention.js';
import { EntityStore, RECENT_ENTITIES } from '../../src/speakers/entity-store.js';

const person = (name: string, given: string[] = []): DescribedMention => ({
  kind: 'person',
  name,
  surname: name.split(' ').at(-1)!.toLowerCase(),
  given,
  gender: 'unknown',
  roles: [],
  definite: false,
});

const role = (name: string, definite: boolean): DescribedMention => ({
  kind: 'role',
  name,
  surname: null,
  given: [],
  gender: 'unknown',
  roles: [name],
  definite,
});

describe('findSame', () => {
  it.each([
    [
      'a surname alone joins the full name',
      person('Antony Blinkwell', ['antony']),
      person('Blinkwell'),
      0,
    ],
    [
      'different given names stay apart',
      person('Harold Finch', ['harold']),
      person('Susan Finch', ['susan']),
      null,
    ],
    [
      'the same given name joins',
      person('Harold Finch', ['harold']),
      person('Harold Finch', ['harold']),
      0,
    ],
    [
      '"the official" joins the latest official',
      role('official', false),
      role('official', true),
      0,
    ],
    ['"an official" is someone new', role('official', false), role('official', false), null],
  ])('%s', (_case, first, again, expected) => {
    const store = new EntityStore();
    store.create(first, 0);
    expect(store.findSame(again)).toStrictEqual(expected);
  });
});

describe('recent entities', () => {
  it(`keeps the ${RECENT_ENTITIES} most recently mentioned, most recent last`, () => {
    const store = new EntityStore();
    for (let k = 0; k <= RECENT_ENTITIES; k++) store.create(person(`Person${k}`), k * 10);
    store.touch(1, 1000);
    expect(store.recent).toHaveLength(RECENT_ENTITIES);
    expect(store.recent.at(-1)).toBe(1);
    expect(store.recent).not.toContain(0);
    expect(store.entities[1]!.seenAt).toStrictEqual([10, 1000]);
  });
});
