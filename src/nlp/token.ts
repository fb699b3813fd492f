/** Universal part-of-speech tags, as wink-nlp's English model assigns them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token of the input with its offsets; the only shape of NLP output the stages below see. */
export interface Token {
  /** The token exactly as written: `input.slice(start, end)`. */
  readonly value: string;
  /** Lower-cased value. */
  readonly lower: string;
  /** Dictionary form ("said" → "say"), lower-cased. */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  readonly start: number;
  readonly end: number;
}

/** Turns text into tokens; a wink instance behind it, or anything else that keeps offsets exact. */
export type Tokenizer = (text: string) => Token[];
