import { describe, expect, it } from 'vitest';
import { CUE_FORMS, inflections } from '../../src/grammar/cue-forms.js';
import { cueAt } from '../../src/grammar/cue-at.js';
import { rangeOf, textOf, tokenize } from '../nlp/helpers.js';

describe('inflections: the forms a reporting verb is written in', () => {
  it.each([
    ['say', ['say', 'said', 'says', 'saying']],
    ['tell', ['tell', 'told', 'tells', 'telling']],
    ['tweet', ['tweet', 'tweeted', 'tweets', 'tweeting']],
    ['reply', ['reply', 'replied', 'replies', 'replying']],
    ['deny', ['deny', 'denied', 'denies', 'denying']],
    ['note', ['note', 'noted', 'notes', 'noting']],
    ['argue', ['argue', 'argued', 'argues', 'arguing']],
    ['stress', ['stress', 'stressed', 'stresses', 'stressing']],
    ['write', ['write', 'wrote', 'written', 'writes', 'writing']],
    ['quip', ['quip', 'quipped', 'quips', 'quipping']],
    ['admit', ['admit', 'admits']],
  ])('%s → %j', (base, forms) => {
    expect(inflections(base)).toEqual(expect.arrayContaining(forms));
  });
});

describe('CUE_FORMS: strength by written form', () => {
  it.each([
    ['said', 'strong'],
    ['says', 'strong'],
    ['told', 'strong'],
    ['tweeted', 'strong'],
    ['replied', 'strong'],
    ['warned', 'strong'],
    ['adding', 'strong'],
    ['wrote', 'strong'],
    ['praised', 'weak'],
    ['dismissed', 'weak'],
    ['criticized', 'weak'],
  ] as const)('%s → %s', (form, strength) => {
    expect(CUE_FORMS.get(form)).toBe(strength);
  });

  it.each([['walked'], ['ate'], ['the'], ['official']])('%s is not a cue', (form) => {
    expect(CUE_FORMS.has(form)).toBe(false);
  });
});

// cueAt(tokens, i): the cue at the given word of the sentence, or null
function cueIn(text: string, word: string, nth = 0): string | null {
  const tokens = tokenize(text);
  const [i] = rangeOf(text, tokens, word, nth);
  const cue = cueAt(tokens, i);
  return cue ? textOf(text, tokens, cue.range) : null;
}

describe('cueAt: finite reporting verbs', () => {
  it.each([
    ['Smith said the plan would fail.', 'said', 'said'],
    ['Smith says the plan will fail.', 'says', 'says'],
    ['The mayor told reporters the pier was safe.', 'told', 'told'],
    ['Smith has said the plan would fail.', 'said', 'said'],
    ['Smith tweeted that the plan would fail.', 'tweeted', 'tweeted'],
    ['“No,” replied Smith.', 'replied', 'replied'],
    ['“We are ready,” warned Yang at a virtual event.', 'warned', 'warned'],
    ['He added: “We cannot wait.”', 'added', 'added'],
  ])('%j at %s → %j', (text, word, want) => {
    expect(cueIn(text, word)).toBe(want);
  });
});

describe('cueAt: participles', () => {
  it.each([
    [
      'Smith praised the crews, adding that the repairs were done.',
      'adding',
      { cue: 'adding', participle: true },
    ],
    [
      'Smith defended the budget, saying: “We cut what we could.”',
      'saying',
      { cue: 'saying', participle: true },
    ],
    ['Smith said the repairs were done.', 'said', { cue: 'said', participle: false }],
  ])('%j at %s → %j', (text, word, want) => {
    const tokens = tokenize(text);
    const cue = cueAt(tokens, rangeOf(text, tokens, word)[0])!;
    expect({ cue: textOf(text, tokens, cue.range), participle: cue.participle }).toStrictEqual(
      want,
    );
  });
});

describe('cueAt: verbs that need a particle', () => {
  it.each([
    ['Smith pointed to the flooded streets.', 'pointed', 'pointed to'],
    ['Smith pointed out that the pier was new.', 'pointed', 'pointed out'],
    ['Smith pointed at the map.', 'pointed', null],
    ['After the chair criticized the plan, Reyes shot back, “Read it first.”', 'shot', 'shot back'],
    ['The first shot was fired at noon.', 'shot', null],
    ['As the memo put it, the pier is “a ruin.”', 'put', 'put it'],
    ['She put the memo on the table.', 'put', null],
  ])('%j at %s → %j', (text, word, want) => {
    expect(cueIn(text, word)).toBe(want);
  });
});

describe('cueAt: according to', () => {
  it.each([
    [
      'The dam is finished, according to Smith.',
      'according',
      { cue: 'according to', accordingTo: true },
    ],
    [
      'According to the water agency, the dam is finished.',
      'According',
      { cue: 'According to', accordingTo: true },
    ],
  ])('%j at %s → %j', (text, word, want) => {
    const tokens = tokenize(text);
    const cue = cueAt(tokens, rangeOf(text, tokens, word)[0])!;
    expect({ cue: textOf(text, tokens, cue.range), accordingTo: cue.accordingTo }).toStrictEqual(
      want,
    );
  });
});

describe('cueAt: not a cue', () => {
  it.each([
    ['The mayor wants to say yes.', 'say'],
    ['Smith was told the plan would fail.', 'told'],
    ['The crews were told to leave.', 'told'],
    ['It is said that the river always comes back.', 'said'],
    ['Smith walked to the pier.', 'walked'],
    ['The said agreement was signed.', 'said'],
  ])('%j at %s → null', (text, word) => {
    expect(cueIn(text, word)).toBeNull();
  });
});
