import { OWN_SUBJECT_OPENERS } from '../lexicon/own-subject-openers.js';
import { SIMULTANEOUS_CONJUNCTIONS } from '../lexicon/simultaneous-conjunctions.js';
import { SUBORDINATORS } from '../lexicon/subordinators.js';
import { canSpeak } from '../mentions/describe-mention.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import {
  isTimeWord,
  phraseEndingAt,
  phraseStartingAt,
  type TokenRange,
} from '../mentions/noun-phrase.js';
import { isSubjectPronoun } from '../mentions/pronouns.js';
import { ADVERBS_BEFORE_VERB } from '../lexicon/adverbs-before-verb.js';
import { DASHES } from '../lexicon/dashes.js';
import { MEDIA_NOUNS } from '../lexicon/media-nouns.js';
import { NEWS_AGENCIES } from '../lexicon/news-agencies.js';
import { RELATIVE_PRONOUNS } from '../lexicon/relative-pronouns.js';
import type { Token } from '../nlp/token.js';
import { REACH, sentenceAt, type TokenContext } from '../document/token-context.js';

import { cueAt, opensClause, type Cue } from './cue-at.js';
/**
 * An appositive or relative clause between a subject and its verb spans at most this many tokens:
 * "Rep. Jim Jordan (R-Ohio), an oversight panel member, said", "Smith, who has led the panel
 * since 2019 and …, said".
 */
const APPOSITIVE_REACH = 45;

/**
 * A second verb joined by "and" shares the subject of a plain verb at most this many tokens
 * before it ("Scott beamed and asked"); a reporting verb is looked for across the sentence.
 */
const SHARED_VERB_REACH = 12;

/** A participle modifying a subject stands at most this many tokens before its phrase: "Protesters marching through the streets". */
const MODIFIER_REACH = 6;

/** A relative pronoun's antecedent is a noun phrase of at most this many tokens: "the former deputy chief of staff, who". */
const ANTECEDENT_REACH = 14;

/** A bracketed aside after a name is at most this many tokens: "(D-Ohio)", "(R-N.Y.)". */
const ASIDE_REACH = 10;

/** A news agency in brackets stands within this many tokens of a dateline's start: "Washington (AFP) –". */
const AGENCY_REACH = 6;

/** A dateline's dash comes within this many tokens of its start: "PORTLAND, Ore., Jan. 5 (UPI) —". */
const DATELINE_REACH = 14;

/** Token bounds of the writer's text around token `i` in its sentence: no quotation inside. */
function clauseBounds(ctx: TokenContext, i: number): [number, number] {
  const [s0, s1] = sentenceAt(ctx, i);
  let lo = i;
  while (lo - 1 >= s0 && ctx.quoteOf[lo - 1]! < 0 && i - lo < REACH) lo--;
  let hi = i;
  while (hi + 1 <= s1 && ctx.quoteOf[hi + 1]! < 0 && hi - i < REACH) hi++;
  return [lo, hi];
}

/**
 * The words that name who speaks at a cue: the subject before the verb ("the official said",
 * "Smith, a spokesman for the agency, said", "Smith, who leads the panel, said"), or after it
 * ("said one of the two senior officials", "warned Yang", "according to officials").
 *
 * @returns the mention's token range, or null when the cue has no subject in reach
 */
export function subjectOf(ctx: TokenContext, cue: Cue): TokenRange | null {
  const { tokens } = ctx;
  const [v, vLast] = cue.range;
  const [lo, hi] = clauseBounds(ctx, v);
  // "according to officials", "was asked by host Bill Maher": the speaker follows
  if (cue.accordingTo || cue.agent) return subjectAfter(tokens, vLast + 1, hi);
  if (cue.participle) {
    // "footage of Trump saying …" is Trump's; otherwise a participle ("…, adding", "emailed
    // supporters saying") hangs on its sentence's subject
    const np = phraseEndingAt(tokens, v - 1, lo);
    const of = np ? tokens.findIndex((t, k) => k >= np[0] && k <= np[1] && t.lower === 'of') : -1;
    if (np && of > np[0] && MEDIA_NOUNS.has(tokens[of - 1]!.lower)) return [of + 1, np[1]];
    return controllerOf(ctx, v);
  }
  const before = subjectBefore(ctx, v, lo);
  // (only a verb of saying comes before its subject: "“…,” said Smith", never "“…,” denounced her record")
  return before === 'after'
    ? cue.strength === 'strong'
      ? subjectAfter(tokens, vLast + 1, hi)
      : null
    : before;
}

/**
 * The subject standing before verb `v`: a pronoun, a noun phrase, the name before an appositive
 * or relative clause. 'after' when nothing of the writer's stands there ("“…,” said Smith") or a
 * comma or other punctuation closes what does (the subject may then follow the verb).
 */
function subjectBefore(ctx: TokenContext, v: number, lo: number): TokenRange | 'after' | null {
  const { tokens } = ctx;
  let j = v - 1;
  // adverbs, auxiliaries and negation stand between subject and verb: "she still says", "has long argued"
  while (
    j >= lo &&
    (tokens[j]!.pos === 'ADV' ||
      tokens[j]!.pos === 'AUX' ||
      ADVERBS_BEFORE_VERB.has(tokens[j]!.lower) ||
      tokens[j]!.lower === 'not' ||
      tokens[j]!.lower === "n't")
  )
    j--;
  // a party and state after the name: "Rep. Jane Doe (D-Ohio) said", "Gov. John Kasich (R-Ohio), said"
  if (tokens[j]?.value === ',' && tokens[j - 1]?.value === ')') j--;
  j = skipBrackets(tokens, j, lo);
  if (j < lo) return 'after';
  const t = tokens[j]!;
  if (isSubjectPronoun(t.lower) && t.pos === 'PRON') return [j, j];
  // "said Beck, who said there were …": the relative pronoun is the mention at this cue, as "he"
  // would be; speakers/ resolves it to the phrase before it
  if (relativeAntecedent(tokens, j) !== null) return [j, j];
  if (t.value === ',') {
    // an appositive or relative clause between commas: the subject stands before the first comma
    // ("Rep. Jim Jordan (R-Ohio), an oversight panel member, said")
    // ("Clinton, during a meeting in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich.,
    // said": a place after a preposition, or an age, is inside the aside; read on before it)
    for (let c = j - 1; c >= lo && j - c < APPOSITIVE_REACH; c--) {
      if (tokens[c]!.value !== ',') continue;
      const np = phraseEndingAt(tokens, skipBrackets(tokens, c - 1, lo), lo);
      if (!np) break;
      // (a subordinate clause's subject is one too: "As Dana Reyes, an expert on rivers, noted")
      const opener = tokens[np[0] - 1];
      if (
        (opener?.pos !== 'ADP' || SUBORDINATORS.has(opener.lower)) &&
        tokens[np[1]]!.pos !== 'NUM'
      )
        return np;
    }
    // “…” that the panel shouldn’t cross, warned Yang — the subject follows
    return 'after';
  }
  // "O'Malley interjected to say:", "she went on to say": the subject of the verb before
  if (t.lower === 'to' && j - 1 >= lo) {
    const verb = tokens[j - 1]!.lower === 'on' && j - 2 >= lo ? j - 2 : j - 1;
    // "…, Sanders said, going on to say": a participle hangs on its clause
    return tokens[verb]!.lower.endsWith('ing')
      ? controllerOf(ctx, verb)
      : subjectBefore(ctx, verb, lo);
  }
  // "Scott beamed and asked …", "I laughed and said", "Roberts said … but said": a second verb
  // shares the subject of the reporting verb before it, or else of the verb right before it
  if (t.pos === 'CCONJ') {
    let verb = -1;
    // the reporting verb may stand before a quotation: "PolitiFact claimed “…” and concluded"
    for (let k = j - 1; k >= sentenceAt(ctx, j)[0] && j - k < REACH; k--) {
      if (ctx.quoteOf[k]! >= 0) continue;
      if (cueAt(tokens, k)?.strength === 'strong') {
        verb = k;
        break;
      }
      if (
        verb < 0 &&
        j - k < SHARED_VERB_REACH &&
        (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')
      )
        verb = k;
    }
    const first = verb >= 0 ? subjectBefore(ctx, verb, clauseBounds(ctx, verb)[0]) : null;
    return (first !== 'after' && first) || controllerOf(ctx, j);
  }
  // "McConnell, who in 2010 said": a time or number phrase is not the subject; read past it
  if ((t.pos === 'NUM' || isTimeWord(t)) && tokens[j - 1]?.pos === 'ADP')
    return subjectBefore(ctx, j - 1, lo);
  const np = phraseEndingAt(tokens, j, lo);
  if (np) return subjectBeforeModifier(ctx, np, lo) ?? np;
  return t.pos === 'PUNCT' ? 'after' : null;
}

// "Protesters marching through the streets chanted": the phrase before the verb belongs to a
// participle that modifies the subject; the subject stands before the participle
function subjectBeforeModifier(ctx: TokenContext, np: TokenRange, lo: number): TokenRange | null {
  const { tokens } = ctx;
  if (tokens[np[0] - 1]?.pos !== 'ADP') return null;
  for (let k = np[0] - 2; k > lo && np[0] - k < MODIFIER_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) return phraseEndingAt(tokens, k - 1, lo);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',') return null;
  }
  return null;
}

/**
 * What a relative pronoun at `j` refers to: the noun phrase right before it, or before its comma
 * ("Smith, who leads the panel", "the man who said").
 */
export function relativeAntecedent(tokens: readonly Token[], j: number): TokenRange | null {
  const t = tokens[j];
  if (!t || !RELATIVE_PRONOUNS.has(t.lower)) return null;
  const end = tokens[j - 1]?.value === ',' ? j - 2 : j - 1;
  return end >= 0 ? phraseEndingAt(tokens, end, Math.max(0, end - ANTECEDENT_REACH)) : null;
}

/** The token before a short bracketed aside that ends at `j` ("(D-Ohio)"), or `j` itself. */
function skipBrackets(tokens: readonly Token[], j: number, lo: number): number {
  if (tokens[j]?.value !== ')') return j;
  for (let open = j - 1; open >= lo && j - open < ASIDE_REACH; open--)
    if (tokens[open]!.value === '(') return open - 1;
  return j;
}

function subjectAfter(tokens: readonly Token[], first: number, hi: number): TokenRange | null {
  if (first > hi) return null;
  const t = tokens[first]!;
  if (isSubjectPronoun(t.lower) && t.pos === 'PRON') return [first, first];
  return phraseStartingAt(tokens, first, hi);
}

// "…, adding that …", "by claiming that …", "Scott beamed and asked": the subject of the clause
// the verb hangs on — that of the nearest finite verb before it ("Ryan will meet Trump, Spicer
// said, adding …" → Spicer), else the subject of its sentence, read across earlier quotations
function controllerOf(ctx: TokenContext, v: number): TokenRange | null {
  const { tokens } = ctx;
  const [s0, s1] = sentenceAt(ctx, v);
  // "with Sen. John McCain calling it …", "– Ryan saying he was …": the participle has its own subject
  const own = phraseEndingAt(tokens, v - 1, s0);
  if (own && OWN_SUBJECT_OPENERS.has(tokens[own[0] - 1]?.lower ?? '') && canSpeak(tokens, own))
    return own;
  const near = nearestSubject(ctx, v, true);
  if (near) return near;
  const subject = sentenceSubject(ctx, s0, v - 1);
  if (subject) return subject;
  // "After saying her foot was “so swollen …,” she was …": a participle in a fronted clause hangs
  // on the subject of the main clause, after the clause's comma (and the quotation's closing mark)
  const main = openingPhrase(ctx, s0, s1);
  return main && main[0] > v && isVerbLike(tokens, main[1] + 1) ? main : null;
}

/**
 * The subject of the nearest finite verb before token `v` in its sentence, quotations not
 * crossed. With `main`, a subordinate or relative clause's subject is passed over ("protesters
 * circled the stadium - where the Panthers played - while chanting": the protesters chant; "to
 * create jobs that serve as a ladder, noting": not the jobs).
 */
export function nearestSubject(ctx: TokenContext, v: number, main: boolean): TokenRange | null {
  const { tokens } = ctx;
  const [s0] = sentenceAt(ctx, v);
  for (let k = v - 1; k > s0 && v - k < REACH; k--) {
    if (ctx.quoteOf[k]! >= 0) break;
    if (tokens[k]!.pos !== 'AUX' && !isFiniteVerb(tokens, k)) continue;
    while (k - 1 > s0 && tokens[k - 1]!.pos === 'AUX') k--;
    const subject = subjectBefore(ctx, k, s0);
    if (subject === null || subject === 'after') break;
    if (!main || heads(ctx, subject, v)) return subject;
    k = subject[0];
  }
  return null;
}

/**
 * The clause with subject `subject` is the one a participle at token `v` hangs on: not a relative
 * clause, nor a subordinate one ("protesters circled the stadium - where the Panthers played -
 * while chanting": the protesters; "apologized after the columns came out, saying": not the
 * columns) unless it happens at the same time and the participle follows it after a comma ("when
 * Osei walked out, shouting": Osei); and not a noun phrase right after a verb, an object with a
 * participle of its own or a reported clause's subject ("criticized the accord adopted in Paris,
 * saying", "said the council approved it, adding": not the accord, not the council).
 */
function heads(ctx: TokenContext, subject: TokenRange, v: number): boolean {
  const { tokens } = ctx;
  const before = tokens[subject[0] - 1];
  if (RELATIVE_PRONOUNS.has(tokens[subject[0]]!.lower)) return false;
  if (before && SIMULTANEOUS_CONJUNCTIONS.has(before.lower)) return tokens[v - 1]?.value === ',';
  if (before && opensClause(before.lower)) return false;
  return !(before?.pos === 'VERB' && !isSubjectPronoun(tokens[subject[0]]!.lower));
}

// "WASHINGTON, Dec. 8 (UPI) — In response to …": a dateline in capitals before a dash opens the
// first paragraph of wire copy; the sentence starts after it
function skipDateline(tokens: readonly Token[], lo: number, hi: number): number {
  const first = tokens[lo];
  // "WASHINGTON —", or "Washington (AFP) –" with the agency in brackets
  const agency = tokens
    .slice(lo, lo + AGENCY_REACH)
    .some((t, k) => t.value === '(' && NEWS_AGENCIES.has(tokens[lo + k + 1]?.value ?? ''));
  if (
    !first ||
    (!agency && (!/^\p{Lu}{2,}/u.test(first.value) || first.value !== first.value.toUpperCase()))
  )
    return lo;
  // ("PORTLAND, Ore. - Peter Santilli": after a city and its comma, a hyphen with a space before
  // it is a dash; "GOP front-runner Donald Trump - who" has no dateline)
  for (let k = lo + 1; k <= hi && k < lo + DATELINE_REACH; k++) {
    const t = tokens[k]!;
    if (
      DASHES.has(t.value) ||
      (t.value === '-' && t.start > tokens[k - 1]!.end && tokens[lo + 1]?.value === ',')
    )
      return k + 1;
  }
  return lo;
}

/**
 * The subject of a sentence's main clause, after any dateline and leading adverbial: the noun
 * phrase the clause opens with when a verb follows it ("In January, then-Secretary of State Mike
 * Pompeo declared"), else the subject of the first finite verb ("Speaking in Salem, New
 * Hampshire, Trump went after Bush"). Quotations inside are skipped.
 */
export function sentenceSubject(ctx: TokenContext, lo: number, hi: number): TokenRange | null {
  const { tokens } = ctx;
  const from = skipDateline(tokens, lo, hi);
  const opening = openingPhrase(ctx, from, hi);
  if (opening && isVerbLike(tokens, opening[1] + 1)) return opening;
  // the verbs of a leading adverbial ("Following a swiftly called, late-afternoon meeting, the
  // Security Council issued") are not the clause's: read from where the opening phrase starts
  const start = opening ? opening[0] : from;
  let clause = start; // the writer's text since the last quotation
  for (let k = start; k <= Math.min(hi, start + REACH); k++) {
    if (ctx.quoteOf[k]! >= 0) {
      clause = k + 1;
      continue;
    }
    const cue = cueAt(tokens, k);
    const finite =
      tokens[k]!.pos === 'AUX' ||
      (k > start && isFiniteVerb(tokens, k)) ||
      (cue !== null && !cue.participle);
    if (!finite) continue;
    const subject = subjectBefore(ctx, k, clause);
    // "“…,” said Vice President Joe Biden, urging …": a reporting verb may come before its subject
    if (subject === 'after')
      return cue ? subjectAfter(tokens, cue.range[1] + 1, clauseBounds(ctx, k)[1]) : opening;
    return subject ?? opening;
  }
  return opening;
}

/** A verb that can head a clause: not a participle ("saying") nor an infinitive ("to say"). */
function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // (a capital mid-sentence is a name the tagger took for a verb: "Sen. Ted Cruz")
  return (
    t.pos === 'VERB' &&
    !t.lower.endsWith('ing') &&
    tokens[k - 1]?.lower !== 'to' &&
    !CAPITALISED.test(t.value)
  );
}

// The noun phrase a clause opens with, past a leading adverbial that ends at a comma.
function openingPhrase(ctx: TokenContext, from: number, hi: number): TokenRange | null {
  const { tokens } = ctx;
  let i = from;
  const first = tokens[i];
  if (!first) return null;
  if (
    first.pos === 'ADP' ||
    first.pos === 'SCONJ' ||
    first.pos === 'ADV' ||
    (first.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower))
  ) {
    // (a clause runs to its comma within reach, or there is no opening phrase to find)
    hi = Math.min(hi, from + REACH);
    while (i <= hi && tokens[i]!.value !== ',') i++;
    // (past the closing mark of a quotation the comma ends: On “Face the Nation,” Sanders said)
    while (++i <= hi && /^[”"]$/.test(tokens[i]!.value));
  }
  while (
    i <= hi &&
    (tokens[i]!.pos === 'CCONJ' || tokens[i]!.pos === 'ADV' || tokens[i]!.value === ',')
  )
    i++;
  // (past `hi`, subjectAfter finds nothing)
  return ctx.quoteOf[i]! >= 0 ? null : subjectAfter(tokens, i, hi);
}

// A verb, or what stands between a subject and its verb
function isVerbLike(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  return (
    t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    t.pos === 'ADV' ||
    t.value === '(' ||
    cueAt(tokens, k) !== null ||
    (t.pos === 'NOUN' && /(?:s|ed)$/.test(t.lower))
  );
}
