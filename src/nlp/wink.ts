import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PartOfSpeech, Token, Tokenizer } from './token.js';

/** The part of a wink-nlp instance this library uses: `winkNLP(model)` returns one. */
export interface WinkInstance {
  readDoc(text: string): {
    tokens(): { out(what: unknown): unknown[] };
  };
  its: { value: unknown; precedingSpaces: unknown; pos: unknown; lemma: unknown };
}

// wink-eng-lite-web-model breaks on the second winkNLP(model) in a process, so the default
// instance is made once, on first use (never at import: the package stays free of side effects).
let shared: WinkInstance | undefined;

function defaultInstance(): WinkInstance {
  // Only the part-of-speech tagger is needed (its pipe pulls in what it depends on); skipping
  // sentiment, negation and named entities makes each article cheaper to read.
  shared ??= winkNLP(model, ['sbd', 'pos']) as unknown as WinkInstance;
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
    const lemmas = tokens.out(its.lemma) as string[];
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
      out.push({
        index: out.length,
        value,
        lower: value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: tags[i] ?? 'X',
        start: at,
        end: at + value.length,
      });
      at += value.length;
    }
    return out;
  };
}
