/** A capital letter of any script, at the start of a word. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * A word that starts with a capital letter: a name's, or a sentence's first (the tagger's part of
 * speech is not trusted where a capital says more: "The Miami Herald reported"). `test` answers
 * as `/^\p{Lu}/u` does; ASCII letters, most words' first, are told by their code alone (the rules
 * ask about nearly every token, and a regular expression costs more).
 */
export const CAPITALISED: { readonly test: (word: string) => boolean } = {
  test: (word) => {
    const c = word.charCodeAt(0);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) return true;
    return CAPITAL_FIRST.test(word);
  },
};
