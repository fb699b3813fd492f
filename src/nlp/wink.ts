import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { boundTokens } from './bound-tokens.js';
import type { PartOfSpeech, Token, Tokenizer } from './token.js';
import { type CoreModel, lookupPerDocument } from './word-store.js';

/** The part of a wink-nlp instance this library uses: `winkNLP(model)` returns one. */
export interface WinkInstance {
  readDoc(text: string): {
    tokens(): {
      out(what: unknown): unknown[];
      itemAt(index: number): { out(what: unknown): unknown };
    };
  };
  its: { value: unknown; pos: unknown; lemma: unknown };
}

/** The default instance, and what hides again the words its last document showed. */
interface DefaultInstance {
  readonly nlp: WinkInstance;
  readonly forget: () => void;
}

// One instance per process: wink-eng-lite-web-model 1.8.1 gives every winkNLP(model) after the
// first custom entities that miss part-of-speech patterns (its load-cer-meta-model.js stringifies
// its pattern model again on each call), a fault for a host application that makes one after
// ours; tags are the same from every instance. The default instance is made once, on first use
// (never at import: the package stays free of side effects).
let shared: DefaultInstance | undefined;

function defaultInstance(): DefaultInstance {
  if (shared) return shared;
  // wink reads its word store from the model's core() once, when the instance is made: the model
  // is handed over through an object that remembers what core() returned, so that the store can
  // be reached (see lookupPerDocument). Everything else is the model's own, through the prototype.
  let core: CoreModel | undefined;
  const tracked = Object.create(model, {
    core: { value: () => (core = (model as unknown as { core(): CoreModel }).core()) },
  }) as typeof model;
  // Only the part-of-speech tagger is needed: quotations and sentences are found on characters,
  // so wink's sentence splitter ('sbd') is skipped too (the tags come out the same without it, on
  // all 924 PolNeAR articles), as are sentiment, negation and the entity recognisers.
  const nlp = winkNLP(tracked, ['pos']) as unknown as WinkInstance;
  shared = { nlp, forget: core ? lookupPerDocument(core.features.lexeme) : () => {} };
  return shared;
}

/**
 * Builds a tokenizer over a wink-nlp instance, or over the shared default one when none is given.
 * wink gives no character offsets; each token is found in the text from where the one before it
 * ended, since only whitespace lies between two tokens (wink's preceding spaces plus its values
 * round-trip the input exactly). Asking wink for the preceding spaces instead cost a string per
 * token. Runs without a space too long for any word are masked from wink (see {@link boundTokens}),
 * whose patterns cost the square of a run's length.
 */
export function winkTokenizer(nlp?: WinkInstance): Tokenizer {
  return boundTokens((text) => {
    // an injected instance's word store is the host application's, and is left as it is
    const fallback = nlp ? undefined : defaultInstance();
    const wink = nlp ?? fallback!.nlp;
    const its = wink.its;
    let doc;
    try {
      doc = wink.readDoc(text);
    } finally {
      fallback?.forget();
    }
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const tags = tokens.out(its.pos) as PartOfSpeech[];
    const out: Token[] = [];
    // Lemmas are asked for only at a few candidate cue verbs, while running wink's lemmatiser over
    // every token costs about a tenth of the whole analysis: each lemma is made when first read.
    const lemmas: string[] = [];
    const lemmaOf = (i: number): string =>
      (lemmas[i] ??= String(tokens.itemAt(i).out(its.lemma)).toLowerCase());
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const pos = tags[i]!;
      // line breaks come back as SPACE tokens; whitespace is never part of a mention or cue, and
      // the next token is looked for from where the last kept one ended
      if (pos === 'SPACE' || isBlank(value)) continue;
      // Should wink ever drop or alter characters, the token is skipped and the next one found.
      const start = text.indexOf(value, at);
      if (start < 0) continue;
      // "Cst. Jane Doe": wink splits off the stop of a rank it does not know, which would end the
      // sentence; the rank keeps its stop, as "Sgt." does ("Lt.-Col" + "." too)
      const rank = values[i + 1] === '.' && text[start + value.length] === '.' && isRank(value);
      out.push(new WinkToken(i, rank ? `${value}.` : value, pos, start, lemmaOf));
      at = start + value.length + (rank ? 1 : 0);
      if (rank) i++;
    }
    return out;
  });
}

/** A rank or title written with a stop before a name: "Cst", "Insp", the "Col" of "Lt.-Col". */
function isRank(value: string): boolean {
  return /^\p{Lu}/u.test(value) && `${value.toLowerCase().split('-').pop()}.` in HONORIFICS;
}

// Most tokens start with a printable ASCII character, so trim() is called only on the few others.
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  return !(c > 32 && c < 127) && value.trim() === '';
}

// A token whose lemma is read from wink the first time it is needed; everything else is plain data.
// The fields are `declare`d and assigned in the constructor: as class fields, the es2020 build would
// turn each into an Object.defineProperty call, a few percent of the whole analysis. What the lemma
// needs is kept once per article, in `lemmaOf`, not in every token: tokens are most of what the
// analysis allocates outside wink.
class WinkToken implements Token {
  declare readonly value: string;
  declare readonly lower: string;
  declare readonly pos: PartOfSpeech;
  declare readonly start: number;
  declare readonly end: number;
  /** The token's index among wink's tokens, which the lemma is read by. */
  declare private readonly winkIndex: number;
  declare private readonly lemmaOf: (winkIndex: number) => string;

  constructor(
    winkIndex: number,
    value: string,
    pos: PartOfSpeech,
    start: number,
    lemmaOf: (winkIndex: number) => string,
  ) {
    this.winkIndex = winkIndex;
    this.value = value;
    this.lower = value.toLowerCase();
    this.pos = pos;
    this.start = start;
    this.end = start + value.length;
    this.lemmaOf = lemmaOf;
  }

  get lemma(): string {
    return this.lemmaOf(this.winkIndex);
  }
}
