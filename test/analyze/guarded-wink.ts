import type { WinkInstance } from '../../src/index.js';

/**
 * The longest run without a space the library may give wink-nlp: its `MAX_RUN_LENGTH`, written
 * out here so that these tests also run against a build without it (and fail there).
 */
export const LONGEST_RUN_FOR_WINK = 64;

/** The characters wink-nlp's tokenizer splits on (the English model's `helpers.splitter`). */
const WINK_SPLITS = /[ \t\n\r\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+/;

/**
 * A wink-nlp instance that throws when given a run without a space longer than
 * {@link LONGEST_RUN_FOR_WINK}: wink's URL and e-mail patterns read such a run in time that grows
 * with the square of its length, so a test on a library that passes one on fails at once, with
 * the length in its message, rather than after minutes.
 *
 * @param wink a real instance, made with `winkNLP(model)`
 * @returns the same instance's `readDoc` and `its`, guarded
 */
export function guardedWink(wink: WinkInstance): WinkInstance {
  return {
    its: wink.its,
    readDoc(text: string) {
      const longest = text.split(WINK_SPLITS).reduce((most, run) => Math.max(most, run.length), 0);
      if (longest > LONGEST_RUN_FOR_WINK)
        throw new Error(`wink-nlp was given a run of ${longest} characters without a space`);
      return wink.readDoc(text);
    },
  };
}
