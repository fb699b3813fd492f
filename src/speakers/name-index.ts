import { countBefore } from '../count-before.js';
import { sentenceAt, type TokenContext } from '../document/token-context.js';
import { describeMention, nameAtEnd, type DescribedMention } from '../mentions/describe-mention.js';
import { givenNameGender } from '../lexicon/given-names.js';
import { ARTICLES } from '../lexicon/articles.js';
import { PLACE_HEADS } from '../lexicon/place-heads.js';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { genderFromText } from './text-gender.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import { isCrosshead, isTimeWord, type TokenRange } from '../mentions/noun-phrase.js';
import type { Token } from '../nlp/token.js';
import type { ParagraphKind } from '../types.js';

/** A person named in the text, speaker or not: a candidate for a later "he" or "she". */
export interface NameOccurrence {
  /** Offset of the name's first word (past its titles and honorifics). */
  readonly at: number;
  readonly info: DescribedMention;
  /** Known to be a person (an honorific, a title or a known given name), not just two capitals. */
  readonly person: boolean;
  /** Stands as a subject (a verb follows, or it opens its sentence): a likely antecedent. */
  readonly subject: boolean;
  /** The run of capitalised words that holds the name, titles included. */
  readonly run: TokenRange;
  /** The name's first token, past the run's titles. */
  readonly nameStart: number;
}

/**
 * How far back a pronoun looks for a person named but not yet quoted, in characters: about three
 * paragraphs of news, past which a writer names the person again rather than say "she".
 */
export const PRONOUN_REACH = 1500;

/** The people an article names, looked up by word and by position. */
export interface NameIndex {
  /** People named with a word (a surname, or a family name written first), in text order. */
  withWord(word: string): NameOccurrence[];
  /**
   * The person named in full whom a surname alone stands for (see {@link fullestForm}), found once
   * for each surname however often it is named.
   */
  fullestNamed(surname: string): NameOccurrence | null;
  /** People named before offset `at`, nearest first, no further back than `reach` characters. */
  before(at: number, reach?: number): Generator<NameOccurrence>;
}

/**
 * Every person named in the article: runs of capitalised words that carry an honorific, a known
 * given name, or a title ("Sen. Ted Cruz", "Hillary Clinton", "Secretary of State Antony Blinken").
 * Runs are found in one cheap pass; each is read as a name only when a pronoun or a short name
 * asks about it (reading every capitalised run cost a tenth of the analysis).
 *
 * @param ctx the article's tokens in context
 * @returns the index of its named people
 */
export function indexNames(ctx: TokenContext): NameIndex {
  const { tokens } = ctx;
  const runs = capitalisedRuns(ctx);
  /** What each run names, once read: a person, null for none, undefined until read. */
  const read: Array<NameOccurrence | null | undefined> = [];
  /** Lower-cased word → runs holding it, to find the full form of a short name. */
  const byWord = runsByWord(tokens, runs);

  const occurrence = (r: number): NameOccurrence | null => {
    if (read[r] !== undefined) return read[r];
    const found = readRun(ctx, runs[r]!) ?? readSurnameRun(r);
    return (read[r] = found);
  };

  /**
   * Word and surname → the people named in full (in two words or more) with that word and that
   * surname, in text order: found once for each, so that a surname named a thousand times costs
   * one pass over its full forms, not a thousand.
   */
  const fullFormsOf = memo(
    (key: readonly [word: string, surname: string | null]) => {
      const [word, surname] = key;
      const found: NameOccurrence[] = [];
      for (const other of byWord.get(word) ?? []) {
        // (a run of one word is read only here: the full form has at least two)
        const [k2, end2] = runs[other]!;
        if (k2 === end2) continue;
        const n = occurrence(other);
        if (n && n.info.surname === surname && found.at(-1) !== n) found.push(n);
      }
      return found;
    },
    ([word, surname]) => (surname === null ? word : `${word}\u0000${surname}`),
  );

  // "Castellanos, seated two chairs away, said …" after "Lorraine Castellanos": a surname alone
  // names the person the article named in full, and is as good an antecedent as the full name:
  // the last named before it, or else the first named after it
  const readSurnameRun = (r: number): NameOccurrence | null => {
    const [k, end] = runs[r]!;
    if (k !== end) return null;
    const alone = describeMention(tokens, [k, end]);
    if (alone.kind !== 'person' || alone.given.length > 0) return null;
    const forms = fullFormsOf([tokens[k]!.lower, alone.surname]);
    if (forms.length === 0) return null;
    const at = tokens[k]!.start;
    const before = lastBefore(forms, at);
    const full = before >= 0 ? forms[before]! : forms[0]!;
    const subject = isSubject(ctx, k, end);
    return {
      at,
      info: full.info,
      // the last word of a name standing alone as a subject is how news refers to a person
      person: full.person || subject,
      subject,
      run: [k, end],
      nameStart: k,
    };
  };

  // (each word's people, and each surname's fullest form, are read once)
  const withWord = memo((word: string) =>
    (byWord.get(word) ?? []).map(occurrence).filter((n): n is NameOccurrence => n !== null),
  );
  return {
    withWord,
    fullestNamed: memo((surname: string) => fullestOf(withWord(surname), surname)),

    before: (at, reach = PRONOUN_REACH) => namedBefore(tokens, runs, occurrence, at, reach),
  };
}

/** The people the runs name before offset `at`, nearest first, no further back than `reach`. */
function* namedBefore(
  tokens: readonly Token[],
  runs: readonly TokenRange[],
  occurrence: (r: number) => NameOccurrence | null,
  at: number,
  reach: number,
): Generator<NameOccurrence> {
  const after = countBefore(runs.length, (r) => tokens[runs[r]![0]]!.start < at);
  for (let r = after - 1; r >= 0 && at - tokens[runs[r]![0]]!.start <= reach; r--) {
    const n = occurrence(r);
    if (n) yield n;
  }
}

/** Kinds of paragraph whose names a later pronoun or description may refer to. */
const STORY_KINDS: ReadonlySet<ParagraphKind> = new Set(['body', 'headline']);

/** Lower-cased word → the runs holding it, in text order. */
function runsByWord(tokens: readonly Token[], runs: readonly TokenRange[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  runs.forEach(([k, end], r) => {
    for (let j = k; j <= end; j++) {
      const list = byWord.get(tokens[j]!.lower);
      if (list) list.push(r);
      else byWord.set(tokens[j]!.lower, [r]);
    }
  });
  return byWord;
}

/** `fn`, computed once for each key (`keyOf` of the argument). */
function memo<A, V>(fn: (arg: A) => V, keyOf: (arg: A) => unknown = (arg) => arg): (arg: A) => V {
  const done = new Map<unknown, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (done.has(key)) return done.get(key)!;
    const value = fn(arg);
    done.set(key, value);
    return value;
  };
}

/** The index of the last occurrence named before offset `at` (occurrences in text order), or -1. */
function lastBefore(occurrences: readonly NameOccurrence[], at: number): number {
  return countBefore(occurrences.length, (k) => occurrences[k]!.at < at) - 1;
}

/** Parts of speech a name never begins with. */
const NOT_NAME_POS: ReadonlySet<string> = new Set([
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'PART',
  'PRON',
  'SCONJ',
  'VERB',
]);

/** First and last token of each run of capitalised words in the writer's text, in text order. */
function capitalisedRuns(ctx: TokenContext): Array<readonly [number, number]> {
  const { tokens, quoteOf, paragraphs, paragraphOf } = ctx;
  const runs: Array<readonly [number, number]> = [];
  let k = 0;
  while (k < tokens.length) {
    // names inside quotations are the speaker's words, not the writer's referents; names in a
    // link line, a crosshead ("READ MORE: Castell quits"), a caption, a credit or a byline are the
    // page's, not the story's
    if (
      !CAPITALISED.test(tokens[k]!.value) ||
      tokens[k]!.pos === 'PRON' ||
      quoteOf[k]! >= 0 ||
      !STORY_KINDS.has(paragraphs[paragraphOf[k]!]!.kind)
    ) {
      k++;
      continue;
    }
    // a name never runs over the end of a sentence ("… on Wednesday. Kwame Okafor said")
    let end = k;
    while (continuesRun(ctx, k, end + 1)) end++;
    // "But Sanders said", "When Declan Moyer left", "For Anahita Farahani, …": a capital that
    // opens a sentence on a function word or a verb is no part of the name after it
    while (k < end && (isTimeWord(tokens[k]!) || NOT_NAME_POS.has(tokens[k]!.pos))) k++;
    // "…, Former White House Doctor Says.": a headline's reporting verb in the present ends no
    // name (but "Ian Read" does)
    while (end > k && isHeadlineCue(tokens[end]!)) end--;
    if (!isCrosshead(tokens, [k, end])) runs.push([k, end]);
    k = end + 1;
  }
  return runs;
}

/** A headline's reporting verb in the present: "Says", "Warns". */
function isHeadlineCue(t: Token): boolean {
  return t.pos === 'VERB' && t.lower.endsWith('s') && REPORTING_VERBS[t.lemma] !== undefined;
}

/** Does token `j` continue the run of capitalised words that starts at `start`? */
function continuesRun(ctx: TokenContext, start: number, j: number): boolean {
  const { tokens, sentenceOf, quoteOf } = ctx;
  // (past the last token, sentenceOf[j] is undefined)
  const t = tokens[j]!;
  if (sentenceOf[j] !== sentenceOf[start] || quoteOf[j]! >= 0) return false;
  if (CAPITALISED.test(t.value)) return true;
  const next = tokens[j + 1];
  // "Department of Justice", "Jean-Luc Picard"
  if (t.lower === 'of') return CAPITALISED.test(next?.value ?? '');
  return (
    t.value === '-' &&
    next?.start === t.end &&
    t.start === tokens[j - 1]!.end &&
    CAPITALISED.test(next.value)
  );
}

/** The person a run of capitalised words names, or null when it names no person. */
function readRun(ctx: TokenContext, [k, end]: readonly [number, number]): NameOccurrence | null {
  const { tokens } = ctx;
  const name = nameAtEnd(tokens, k, end);
  if (!name) return null;
  const described = describeMention(tokens, [k, end]);
  // (the run's words before the name are its titles and honorifics, never name words)
  const titled = k < name[0];
  if (described.kind !== 'person' || (!titled && described.given.length === 0)) return null;
  const next = tokens[end + 1];
  const subject = isSubject(ctx, k, end);
  const told = subject && described.gender === 'unknown' ? genderFromText(ctx, end) : 'unknown';
  const info = told === 'unknown' ? described : { ...described, gender: told };
  // two capitalised words acting as a subject ("Marta Oyelaran took questions") are taken
  // for a person even when the given name is not in the table
  const person =
    titled ||
    told !== 'unknown' ||
    (isGivenName(info.given[0]) && !PLACE_HEADS.has(info.surname!)) ||
    (subject && (next?.pos === 'VERB' || isAppositiveOrAge(tokens, end)));
  return { at: tokens[name[0]]!.start, info, person, subject, run: [k, end], nameStart: name[0] };
}

/** Is this word a given name that tells a gender? */
function isGivenName(word: string | undefined): boolean {
  return word !== undefined && givenNameGender(word) !== undefined;
}

/**
 * "Jenna Ruiz, 26, said", "Sinéad Mulvey (34) said", "Marguerite Lindahl, a town councillor
 * who …": an age or a description set off after two capitalised words says they name a person.
 */
function isAppositiveOrAge(tokens: readonly Token[], end: number): boolean {
  const open = tokens[end + 1]?.value;
  const next = tokens[end + 2];
  if ((open !== ',' && open !== '(') || next === undefined) return false;
  return /^\d{1,3}$/.test(next.value) || (open === ',' && ARTICLES.has(next.lower));
}

/** Does the run `k..end` stand as a subject: it opens its sentence, or a verb or a comma follows? */
function isSubject(ctx: TokenContext, k: number, end: number): boolean {
  const next = ctx.tokens[end + 1];
  return (
    sentenceAt(ctx, k)[0] === k ||
    next?.pos === 'VERB' ||
    next?.pos === 'AUX' ||
    next?.value === ','
  );
}

/**
 * The fullest form the article gives a short name: "Yang" is quoted, "Yang Jiechi" was named
 * earlier (or later), so the speaker takes the full name: of the people named with that word, the
 * first in text order with the most given names. Gender and roles of both are kept.
 *
 * @param names the article's named people
 * @param info a mention by name
 * @returns the fuller description, or `info` when there is none
 */
export function fullestForm(names: NameIndex, info: DescribedMention): DescribedMention {
  if (info.kind !== 'person' || info.given.length > 0) return info;
  // (a person's mention always has a surname)
  const best = names.fullestNamed(info.surname!);
  if (!best) return info;
  return {
    ...best.info,
    gender: info.gender !== 'unknown' ? info.gender : best.info.gender,
    roles: [...new Set([...info.roles, ...best.info.roles])],
  };
}

/** The first of `named` with the most given names that names `surname`, or null. */
function fullestOf(named: readonly NameOccurrence[], surname: string): NameOccurrence | null {
  let best: NameOccurrence | null = null;
  for (const n of named) {
    // "Yang" names Yang Jiechi too: family names come first in Chinese, Korean, Hungarian names
    if (n.info.given.length === 0 || (n.info.surname !== surname && n.info.given[0] !== surname))
      continue;
    if (!best || n.info.given.length > best.info.given.length) best = n;
  }
  return best;
}
