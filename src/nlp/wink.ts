import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PartOfSpeech, Token, Tokenizer } from './token.js';

/** The part of a wink-nlp instance this library uses: `winkNLP(model)` returns one. */
export interface WinkInstance {
  readDoc(text: string): {
    tokens(): { out(what: unknown): unknown[]; itemAt(index: number): { out(what: unknown): unknown } };
  };
  its: { value: unknown; precedingSpaces: unknown; pos: unknown; lemma: unknown };
}

// wink-eng-lite-web-model breaks on the second winkNLP(model) in a process, so the default
// instance is made once, on first use (never at import: the package stays free of side effects).
let shared: WinkInstance | undefined;

function defaultInstance(): WinkInstance {
  // Only the part-of-speech tagger is needed: quotations and sentences are found on characters,
  // so wink's sentence splitter ('sbd') is skipped too (the tags come out the same without it, on
  // all 924 PolNeAR articles), as are sentiment, negation and the entity recognisers.
  shared ??= winkNLP(model, ['pos']) as unknown as WinkInstance;
  return shared;
}

/**
 * Builds a tokenizer over a wink-nlp instance, or over the shared default one when none is given.
 * wink gives no character offsets; they are rebuilt from each token's preceding spaces and value,
 * which round-trips the input exactly.
 */
export function winkTokenizer(nlp?: WinkInstance): Tokenizer {
  return (text) => {
    const wink = nlp ?? defaultInstance();
    const its = wink.its;
    const tokens = wink.readDoc(text).tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const tags = tokens.out(its.pos) as PartOfSpeech[];
    // Lemmas are asked for only at a few candidate cue verbs, while running wink's lemmatiser over
    // every token costs about a tenth of the whole analysis: each lemma is made when first read.
    const lemmaAt = (i: number) => String(tokens.itemAt(i).out(its.lemma));
    const out: Token[] = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      at += (spaces[i] ?? '').length;
      // Should wink ever drop or alter characters, resynchronise on the token's text.
      if (text.startsWith(value, at) === false) {
        const found = text.indexOf(value, at);
        if (found < 0) continue;
        at = found;
      }
      // line breaks come back as SPACE tokens; whitespace is never part of a mention or cue
      if (tags[i] === 'SPACE' || value.trim() === '') {
        at += value.length;
        continue;
      }
      out.push(new WinkToken(out.length, value, tags[i] ?? 'X', at, i, lemmaAt));
      at += value.length;
    }
    return out;
  };
}

// A token whose lemma is read from wink the first time it is needed; everything else is plain data.
// The fields are `declare`d and assigned in the constructor: as class fields, the es2020 build would
// turn each into an Object.defineProperty call, a few percent of the whole analysis.
class WinkToken implements Token {
  declare readonly index: number;
  declare readonly value: string;
  declare readonly lower: string;
  declare readonly pos: PartOfSpeech;
  declare readonly start: number;
  declare readonly end: number;
  declare private readonly winkIndex: number;
  declare private readonly lemmaAt: (winkIndex: number) => string;
  declare private cachedLemma: string | undefined;

  constructor(index: number, value: string, pos: PartOfSpeech, start: number, winkIndex: number, lemmaAt: (winkIndex: number) => string) {
    this.index = index;
    this.value = value;
    this.lower = value.toLowerCase();
    this.pos = pos;
    this.start = start;
    this.end = start + value.length;
    this.winkIndex = winkIndex;
    this.lemmaAt = lemmaAt;
    this.cachedLemma = undefined;
  }

  get lemma(): string {
    this.cachedLemma ??= this.lemmaAt(this.winkIndex).toLowerCase();
    return this.cachedLemma;
  }
}
