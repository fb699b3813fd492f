// Sentence splitting as attribution sees it: cut at end punctuation outside quotation marks,
// never inside a quotation, never after an abbreviation's full stop.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../nlp/helpers.js';

/** The article's sentences as text, with the input's own spacing. */
function sentencesOf(text: string): string[] {
  const ctx = contextOf(text);
  return ctx.sentences.map(([a, b]) => text.slice(ctx.tokens[a]!.start, ctx.tokens[b]!.end));
}

describe('buildTokenContext: sentences', () => {
  it.each<[string, string[]]>([
    [
      'The ferry left at noon. It came back empty.',
      ['The ferry left at noon.', 'It came back empty.'],
    ],
    ['Was it late? Nobody knew!', ['Was it late?', 'Nobody knew!']],
    // a quotation never splits its sentence
    [
      '“We tried. We failed,” the captain said. She left.',
      ['“We tried. We failed,” the captain said.', 'She left.'],
    ],
    // a quoted sentence ending in a full stop ends the writer's sentence before a capital
    [
      'He was blunt: “It is over.” The crowd cheered.',
      ['He was blunt: “It is over.”', 'The crowd cheered.'],
    ],
    // "?" inside the marks goes on into the cue
    ['“Why now?” Ruiz asked. Nobody answered.', ['“Why now?” Ruiz asked.', 'Nobody answered.']],
    // abbreviations with a bare stop before a lower-case word or a comma
    [
      'The vote is on Jan. 5 in the hall. Osei (D-Ore.) said so.',
      ['The vote is on Jan. 5 in the hall.', 'Osei (D-Ore.) said so.'],
    ],
    // a rank or title wink splits from its stop does not end the sentence before the name
    [
      'Cst. Mara Quill and Insp. Dev Oduya spoke. Lt.-Col. Ivo Brandt did not.',
      ['Cst. Mara Quill and Insp. Dev Oduya spoke.', 'Lt.-Col. Ivo Brandt did not.'],
    ],
    // a province's stop before a comma or a lower-case word ends nothing; before a capital it does
    [
      'Ann Roe of Regina, Sask., spoke and Bo Lund of Truro, N.S. left. He lives in Moose Jaw, Sask. She does not.',
      [
        'Ann Roe of Regina, Sask., spoke and Bo Lund of Truro, N.S. left.',
        'He lives in Moose Jaw, Sask.',
        'She does not.',
      ],
    ],
    // an abbreviation's stop ends the sentence before a word that opens one, not before a name
    [
      'The ferry sailed to the U.S. While Osei waited, it sank. Ruiz flew to the U.S. Senate.',
      [
        'The ferry sailed to the U.S.',
        'While Osei waited, it sank.',
        'Ruiz flew to the U.S. Senate.',
      ],
    ],
    // a paragraph always ends its sentence, punctuation or not
    [
      'A headline without a stop\n\nThe story begins.',
      ['A headline without a stop', 'The story begins.'],
    ],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toStrictEqual(expected);
  });

  it('places every token in the sentence that covers it', () => {
    const ctx = contextOf('One. Two three. “Four,” five said.');
    ctx.sentences.forEach(([a, b], s) => {
      for (let i = a; i <= b; i++) expect(ctx.sentenceOf[i]).toBe(s);
    });
    expect(ctx.sentences.at(-1)![1]).toBe(ctx.tokens.length - 1);
  });
});
