import { CAPITALISED } from '../lexicon/capitalised.js';
import { givenNameGender } from '../lexicon/given-names.js';
import { ageEndingAt } from './age.js';
import type { Token } from '../nlp/token.js';
import { isPossessive } from './pronouns.js';
import { NOT_IN_PHRASE_QUANTITIES } from '../lexicon/not-in-phrase-quantities.js';
import { ORGANIZATION_NOUNS } from '../lexicon/organization-nouns.js';
import { QUANTITIES } from '../lexicon/quantities.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { ROLE_PREPOSITIONS } from '../lexicon/role-prepositions.js';
import { SENTENCE_ADVERBS } from '../lexicon/sentence-adverbs.js';
import { SUBORDINATORS } from '../lexicon/subordinators.js';
import { TIME_WORDS } from '../lexicon/time-words.js';

/** A run of tokens `[first, last]`, inclusive. */
export type TokenRange = readonly [number, number];

/** Words that may be tagged as nouns or adjectives but never start or end a speaker phrase. */
const neverInPhrase = (word: string): boolean =>
  SENTENCE_ADVERBS.has(word) ||
  // words that open a clause, capitalised at a sentence's start: "When Trump announced …"
  SUBORDINATORS.has(word);

/** The possessive mark the tokenizer splits off a word: "’s" of "China’s", "’" of "the agencies’". */
export const POSSESSIVE_MARK = /^['’]s?$/;

/** Determiners that open a question or relative clause: "what residents", "whose lawyers". */
const WH_DETERMINERS: ReadonlySet<string> = new Set(['what', 'whatever', 'which', 'whose']);

/** A crosshead's words run this long in capitals at the least: "BEST THING THAT HAPPENED". */
const CROSSHEAD_WORDS = 3;

/**
 * Words in capitals at and around a phrase, a crosshead run into its paragraph ("TURNS OUT
 * EDGAR ALLEN POE WAS ONTO SOMETHING Crows and ravens …", "DESPITE ZIKA SCARE, PARTY GOES ON."):
 * it names no one. "the NAACP said", "told USA TODAY" name someone.
 */
export function isCrosshead(tokens: readonly Token[], [a, b]: TokenRange): boolean {
  let words = 0;
  for (let k = Math.max(0, a - 2); k <= b + 2 && k < tokens.length; k++)
    if (/^\p{Lu}{2,}$/u.test(tokens[k]!.value)) words++;
  return words >= CROSSHEAD_WORDS;
}

/**
 * A speaker's noun phrase is shorter than this many tokens: "one of the two senior administration
 * officials familiar with the talks" is eleven; past it, the words are a clause, not a phrase.
 */
const PHRASE_REACH = 14;

/**
 * How far after a preposition the name of an institution starts, in tokens: "for the city's
 * transit agency" puts it in the first three.
 */
const INSTITUTION_REACH = 4;

/** A day, month or other time word ("Tuesday", "yesterday", "later"), never a speaker. */
export function isTimeWord(t: Token): boolean {
  return TIME_WORDS.has(t.lower);
}

/** Nouns that name speakers whatever the tagger says ("according to people at the meeting"). */
function isSpeakerNoun(t: Token): boolean {
  const w = t.lower;
  return (
    w === 'people' ||
    w in ROLE_NOUNS ||
    ORGANIZATION_NOUNS.has(w) ||
    (w.endsWith('s') && w.slice(0, -1) in ROLE_NOUNS)
  );
}

/** Can the token be inside a noun phrase that names a speaker? */
function isPhraseWord(t: Token, prev?: Token): boolean {
  if (neverInPhrase(t.lower)) return false;
  if (isSpeakerNoun(t)) return true;
  switch (t.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'DET':
      return true;
    case 'PRON':
      return isPossessive(t.lower);
    case 'PART':
      return POSSESSIVE_MARK.test(t.value);
    case 'PUNCT':
      return t.value === '-';
    default:
      // wink tags some names as verbs or adverbs ("Ted Cruz"): a capital inside a sentence is a
      // name, though not a participle opening one ("Following the debate"; but "the Associated Press")
      // ("Should the council fail", "Had their arguments won", a headline's "Would Have Told":
      // an auxiliary, whatever its tag; but "Will Rogers")
      return (
        CAPITALISED.test(t.value) &&
        ((t.pos !== 'AUX' && !/^(?:be|do|have)$/.test(t.lemma)) ||
          givenNameGender(t.value) !== undefined) &&
        t.pos !== 'ADP' &&
        t.pos !== 'CCONJ' &&
        t.pos !== 'SCONJ' &&
        !(
          t.pos === 'VERB' &&
          /(?:ing|ed)$/.test(t.lower) &&
          prev?.pos !== 'DET' &&
          !CAPITALISED.test(prev?.value ?? '')
        )
      );
  }
}

function isHead(t: Token): boolean {
  // (a capital makes a name of most words, but not of "A" or "The" opening a sentence)
  return (
    isSpeakerNoun(t) ||
    ((t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'NUM' ||
      (CAPITALISED.test(t.value) && t.pos !== 'DET' && isPhraseWord(t))) &&
      !isTimeWord(t))
  );
}

/**
 * The noun phrase that ends at token `last` ("one of the two senior administration officials",
 * "then-Secretary of State Mike Pompeo"), reading leftwards no further than `floor`.
 *
 * @returns the phrase's token range, or null when `last` does not end a noun phrase
 */
export function phraseEndingAt(
  tokens: readonly Token[],
  last: number,
  floor: number,
): TokenRange | null {
  let end = last;
  while (end >= floor && isTimeWord(tokens[end]!)) end--;
  // ("the 48-year-old said": an age is a head, though "old" is an adjective)
  if (end < floor || !(isHead(tokens[end]!) || ageEndingAt(tokens, end))) return null;
  let first = end;
  for (let k = end - 1; k >= floor && end - k < PHRASE_REACH; k--) {
    const t = tokens[k]!;
    // "what residents said", "which advocates say": a question or relative word opens a clause
    // the phrase is the subject of, and is no part of it
    if (WH_DETERMINERS.has(t.lower)) break;
    // "said that voters …": "that" before a plural is the clause's, not a determiner
    if (/^th(?:at|is)$/.test(t.lower) && /[^s]s$/.test(tokens[end]!.lower)) break;
    if (t.pos === 'DET' || (t.pos === 'PRON' && isPossessive(t.lower))) {
      first = k;
      // "one of the two officials": keep reading through "of" to the quantity before it
      if (k - 2 >= floor && tokens[k - 1]!.lower === 'of' && isQuantity(tokens[k - 2]!))
        first = k - 2;
      break;
    }
    if (
      t.lower === 'of' &&
      k - 1 >= floor &&
      (isHead(tokens[k - 1]!) || isQuantity(tokens[k - 1]!))
    )
      continue;
    // "a spokeswoman for the agency", "a professor at the university": a role and where it is held
    if (
      ROLE_PREPOSITIONS.has(t.lower) &&
      k - 1 >= floor &&
      isSpeakerNoun(tokens[k - 1]!) &&
      isInstitutionAt(tokens, k + 1)
    )
      continue;
    // "Smith and Jones said": two names joined
    if (
      t.lower === 'and' &&
      k - 1 >= floor &&
      CAPITALISED.test(tokens[k - 1]!.value) &&
      CAPITALISED.test(tokens[k + 1]?.value ?? '')
    )
      continue;
    if (t.lower === 'of' || ROLE_PREPOSITIONS.has(t.lower)) break;
    // "then-Secretary": the adverb joined to a title by a hyphen
    if (t.lower === 'then' && tokens[k + 1]?.value === '-') {
      first = k;
      continue;
    }
    // ("DATE - Dana Reyes": a hyphen with a space after it is a dash)
    if (!isPhraseWord(t, tokens[k - 1]) || (t.value === '-' && t.end < tokens[k + 1]!.start)) break;
    if (t.value !== '-') first = k;
  }
  while (
    first < end &&
    (isTimeWord(tokens[first]!) || tokens[first]!.value === '-' || tokens[first]!.pos === 'PART')
  )
    first++;
  // "a Democratic staffer in the room": a role, then where it stands
  // ("the director of the agency", "people familiar with the talks")
  const prep = tokens[first - 1];
  let holder = first - 2;
  if (holder >= floor && /^(?:familiar|close)$/.test(tokens[holder]!.lower)) holder--;
  if (
    prep &&
    holder >= floor &&
    (ROLE_PREPOSITIONS.has(prep.lower) || prep.lower === 'of' || prep.lower === 'to') &&
    isSpeakerNoun(tokens[holder]!)
  ) {
    const role = phraseEndingAt(tokens, holder, floor);
    if (role) return [role[0], end];
  }
  return isCrosshead(tokens, [first, end]) ? null : [first, end];
}

/**
 * The noun phrase that starts at token `first` ("Yang at a virtual event" → "Yang";
 * "one of the two senior administration officials at a briefing" → up to "officials"), reading
 * rightwards no further than `ceiling`.
 *
 * @returns the phrase's token range, or null when no noun phrase starts there
 */
export function phraseStartingAt(
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): TokenRange | null {
  let start = first;
  while (start <= ceiling && isTimeWord(tokens[start]!)) start++;
  if (start > ceiling) return null;
  let lastHead = -1;
  let afterOf = false;
  for (let k = start; k <= ceiling && k - start < PHRASE_REACH; k++) {
    const t = tokens[k]!;
    // "people familiar with the talks", "officials close to the mayor"
    if (
      /^(?:familiar|close)$/.test(t.lower) &&
      lastHead === k - 1 &&
      /^(?:with|to)$/.test(tokens[k + 1]?.lower ?? '')
    ) {
      k++;
      afterOf = true;
      continue;
    }
    const joinsRole =
      ROLE_PREPOSITIONS.has(t.lower) &&
      lastHead === k - 1 &&
      isSpeakerNoun(tokens[k - 1]!) &&
      isInstitutionAt(tokens, k + 1);
    if (
      (t.lower === 'of' || joinsRole) &&
      lastHead >= 0 &&
      k + 1 <= ceiling &&
      isPhraseWord(tokens[k + 1]!)
    ) {
      afterOf = true;
      continue;
    }
    if (t.lower === 'then' && tokens[k + 1]?.value === '-') continue;
    if (!isPhraseWord(t, tokens[k - 1]) || (isTimeWord(t) && lastHead >= 0)) break;
    if (isHead(t)) lastHead = k;
    else if (t.pos === 'DET' && lastHead >= 0 && !afterOf) break; // "said Smith the next day"
    afterOf = false;
  }
  return lastHead >= 0 && !isCrosshead(tokens, [start, lastHead]) ? [start, lastHead] : null;
}

// "for Blue Tide Ferries", "at the agency", "from the White House" — not "at a briefing"
function isInstitutionAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + INSTITUTION_REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (CAPITALISED.test(t.value) || ORGANIZATION_NOUNS.has(t.lower)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PART' && t.pos !== 'NOUN') return false;
  }
  return false;
}

function isQuantity(t: Token): boolean {
  return t.pos === 'NUM' || (QUANTITIES.has(t.lower) && !NOT_IN_PHRASE_QUANTITIES.has(t.lower));
}
