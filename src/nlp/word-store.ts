/** Where a wink-nlp instance finds the index of a word: the model's words, then those read since. */
export interface LexemeStore {
  hash: Record<string, number>;
}

/** The part of wink's core model that holds its word store. */
export interface CoreModel {
  readonly features: { readonly lexeme: LexemeStore };
}

/**
 * Makes wink's tokenizer see, besides the words of its model, only the words of the document it
 * is reading, never words read from earlier documents, so that an article is tokenized and tagged
 * the same whatever the process read before. Returns what to call after each document.
 *
 * wink looks each chunk between spaces up in its word store before splitting it, and adds to that
 * store every token it makes. After one article made "Castell’s" a token out of "Castell’s."
 * (a word, then the full stop split off), every later "Castell’s" was found whole where a fresh
 * instance splits it into "Castell" and "’s", and the tags around it changed: 22 of the 84 PolNeAR
 * dev articles read after 98 others. The tokenizer looks words up in the object `hash` held when
 * the instance was made, while wink adds a word through the property `hash`, read afresh each
 * time. The property becomes a proxy that keeps the words read in a store of its own (a word's
 * features are still made once, and memory grows with the distinct words, as before) and shows
 * each word to the tokenizer's object from when the document first touches it, as a fresh
 * instance would, until the document is read.
 *
 * @param lexemes the word store of the instance's core model
 * @returns a function that hides again the words the last document showed
 */
export function lookupPerDocument(lexemes: LexemeStore): () => void {
  const visible = lexemes.hash;
  const read = Object.create(null) as Record<string, number>;
  const shown: string[] = [];
  const show = (word: string, index: number) => {
    visible[word] = index;
    shown.push(word);
  };
  // (the proxy's own target is an empty object, never read: V8 checks each answer of a trap
  // against the target's property of that name, which in the store itself is a second lookup
  // among the model's 87,593 words)
  const empty = Object.create(null) as Record<string, number>;
  lexemes.hash = new Proxy(empty, {
    get(_target, word: string) {
      const own = visible[word];
      if (own !== undefined) return own;
      const index = read[word];
      if (index !== undefined) show(word, index);
      return index;
    },
    set(_target, word: string, index: number) {
      read[word] = index;
      show(word, index);
      return true;
    },
  });
  return () => {
    for (const word of shown) delete visible[word];
    shown.length = 0;
  };
}
