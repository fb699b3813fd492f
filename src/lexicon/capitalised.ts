/**
 * A word that starts with a capital letter: a name's, or a sentence's first (the tagger's part of
 * speech is not trusted where a capital says more: "The Miami Herald reported").
 */
export const CAPITALISED = /^\p{Lu}/u;
