import { CONDITIONS } from '../lexicon/conditions.js';
import { WRITERS_CLAUSE } from '../lexicon/writers-clause-openers.js';
import { subjectOf } from '../grammar/subjects.js';
import { type Cue } from '../grammar/cue-at.js';
import { PASSIVE_AUXILIARIES } from '../lexicon/passive-auxiliaries.js';
import { isPossessive } from '../mentions/pronouns.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import { QUANTITIES } from '../lexicon/quantities.js';
import { QUESTION_WORDS } from '../lexicon/question-words.js';
import { RELATIVE_PRONOUNS } from '../lexicon/relative-pronouns.js';
import { isTimeWord, phraseStartingAt } from '../mentions/noun-phrase.js';
import { isSubjectPronoun } from '../mentions/pronouns.js';
import type { Token } from '../nlp/token.js';
import { NAMING_VERBS } from '../lexicon/naming-verbs.js';
import { OBJECT_PRONOUNS } from '../lexicon/object-pronouns.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import type { ReportContext } from './report-context.js';

/** Punctuation that ends a sentence. */
const FINAL = /^(?:[.!?]+|…|\.\.\.)$/;
/** Punctuation a reported clause never runs past: "he said the plan would fail; the mayor …". */
const CLAUSE_STOP = /^(?:;|:|—|–|--)$/;

/**
 * How far past its cue a rule looks for "that" or the reported clause's subject, in tokens:
 * "said in a written statement on Tuesday night that" is ten; further than that, a "that" is
 * another clause's.
 */
const INTRO_REACH = 12;
/**
 * How long the phrase after a preposition between a cue and its bare clause may be, in tokens:
 * "said in a written statement the pier …" is four; a longer one is more than where it was said.
 */
const SETTING_REACH = 6;
/** How long a reported clause's subject may be before its verb: "issues such as … are". */
const SUBJECT_REACH = 24;
/** How long the attribution after a clause may be: ", said the senior administration official." */
const TAIL_REACH = 10;
/**
 * How long a reported clause may be, in tokens: the longest in the evaluation sets is 110 words.
 * A sentence that runs on past it (a text with no full stop) has its clauses cut here, so that
 * each cue reads a bounded stretch and the reports of one long sentence do not each hold all of it.
 */
export const MAX_CLAUSE_TOKENS = 200;

/** A verb that can head a clause: not a participle nor an infinitive, nor a name the tagger took for a verb. */
export function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'AUX') return tokens[k - 1]?.lower !== 'to';
  return (
    t.pos === 'VERB' &&
    !t.lower.endsWith('ing') &&
    tokens[k - 1]?.lower !== 'to' &&
    (!CAPITALISED.test(t.value) || k === 0)
  );
}

/** A cue of speech for a reported clause: any reporting verb but a verb of believing. */
export function isSpeechCue(
  rc: ReportContext,
  cue: Cue | null,
  beliefs: ReadonlySet<string>,
): cue is Cue {
  if (!cue || cue.accordingTo || namesAThing(rc.ctx.tokens, cue.range[0])) return false;
  const verb = rc.ctx.tokens[cue.range[0]]!;
  return cue.strength === 'strong' || !beliefs.has(verb.lemma);
}

/**
 * "A fund called Harbor Trust paid for the wall": a naming verb's participle right after an
 * indefinite noun phrase names a thing; nobody speaks.
 */
export function namesAThing(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return (
    NAMING_VERBS.has(tokens[at]!.lower) &&
    (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') &&
    [tokens[at - 2], tokens[at - 3]].some((d) => d?.lower === 'a' || d?.lower === 'an')
  );
}

/**
 * A reporting verb the cue table does not list in this use ("vowed to fight", "called for"):
 * a verb, not an infinitive ("to promise") nor a passive ("was promised").
 */
export function verbCue(tokens: readonly Token[], at: number, last: number): Cue | null {
  const t = tokens[at]!;
  const prev = tokens[at - 1];
  if (t.pos !== 'VERB' && t.pos !== 'NOUN') return null;
  if (t.pos === 'NOUN' && prev?.pos !== 'PRON' && prev?.pos !== 'PROPN') return null;
  if (prev && (prev.lower === 'to' || PASSIVE_AUXILIARIES.has(prev.lower))) return null;
  return { range: [at, last], strength: 'strong', participle: t.lower.endsWith('ing') };
}

/**
 * The last token of reported content that starts at token `from`: the sentence's end (its full
 * stop left out), a semicolon, colon or dash, or the comma before a second attribution (", he
 * said", ", according to officials"), and at most {@link MAX_CLAUSE_TOKENS} tokens on. Quotations
 * inside are part of the clause.
 */
export function clauseEnd(rc: ReportContext, from: number, last: number): number {
  const { tokens, quoteOf } = rc.ctx;
  const stop = Math.min(last, from + MAX_CLAUSE_TOKENS - 1);
  let end = stop;
  for (let k = from + 1; k <= stop; k++) {
    if (quoteOf[k]! >= 0) continue;
    const v = tokens[k]!.value;
    // "David Brock — a pro-Clinton strategist — was planning": an aside between two dashes
    const close = DASH.test(v) ? closingDash(rc, k, last) : -1;
    if (close > 0) {
      k = close;
      continue;
    }
    if (
      CLAUSE_STOP.test(v) ||
      (v === ',' &&
        (WRITERS_CLAUSE.has(tokens[k + 1]?.lower ?? '') ||
          attributionTail(rc, k + 1, last) !== null))
    ) {
      end = k - 1;
      break;
    }
  }
  while (end > from && quoteOf[end]! < 0 && /^(?:[.!?,]+|…)$/.test(tokens[end]!.value)) end--;
  return end;
}

/** A dash, which may open an aside that a second dash closes. */
const DASH = /^(?:—|–|--)$/;

// The dash closing an aside that the dash at token `open` opens, before the sentence goes on
// (-1 when none does, or the aside ends the sentence)
function closingDash(rc: ReportContext, open: number, last: number): number {
  const { tokens, quoteOf } = rc.ctx;
  for (let k = open + 1; k < last; k++) {
    const v = tokens[k]!.value;
    if (quoteOf[k]! < 0 && v === tokens[open]!.value) return k;
    if (quoteOf[k]! < 0 && CLAUSE_STOP.test(v)) return -1;
  }
  return -1;
}

/**
 * The end of reported content that runs to the clause's end or its first comma, whichever comes
 * first: what a verb names ("denied the allegation, saying …") or a relative clause's predicate
 * ("which officials said will start in May, will …").
 */
export function commaEnd(rc: ReportContext, from: number, last: number): number {
  const end = clauseEnd(rc, from, last);
  const { tokens, quoteOf } = rc.ctx;
  for (let k = from + 1; k <= end; k++)
    if (tokens[k]!.value === ',' && quoteOf[k]! < 0) return k - 1;
  return end;
}

/**
 * Where the reported content before a comma starts: the sentence's first token, past a connective
 * ("However,", "But") that is the writer's, and at most {@link MAX_CLAUSE_TOKENS} tokens before
 * `before`.
 */
export function clauseStart(rc: ReportContext, first: number, before: number): number {
  const { tokens } = rc.ctx;
  let k = first;
  if (tokens[k]?.pos === 'CCONJ') k++;
  if (tokens[k]?.pos === 'ADV' && tokens[k + 1]?.value === ',') k += 2;
  const start = k <= before ? k : first;
  return Math.max(start, before - MAX_CLAUSE_TOKENS + 1);
}

/**
 * A second attribution starting at token `from` and closing its sentence or clause: "police said",
 * "said Yang at a virtual event", "according to officials", "as she put it".
 *
 * @returns the token after the attribution (a comma, or one past the sentence), or null
 */
export function attributionTail(rc: ReportContext, from: number, last: number): number | null {
  const { tokens, quoteOf } = rc.ctx;
  let j = from;
  if (tokens[j]?.lower === 'as') j++;
  for (let k = j; k <= last && k - j <= TAIL_REACH; k++) {
    if (quoteOf[k]! >= 0) return null;
    const cue = rc.cue(k);
    if (cue && cue.strength === 'strong' && !cue.participle) {
      const mention = subjectOf(rc.ctx, cue);
      if (!mention) return null;
      // the subject before the cue must be the words between the comma and it
      if (mention[0] < k && mention[0] !== j) return null;
      return tailEnd(rc, Math.max(cue.range[1], mention[1]) + 1, last);
    }
    const t = tokens[k]!;
    if (t.value === ',' || FINAL.test(t.value) || (isFiniteVerb(tokens, k) && !cue)) return null;
  }
  return null;
}

// What may follow an attribution that ends a clause: "… in a statement", "… on Monday", then
// the sentence's end or a comma. Returns the comma, or one past the sentence.
function tailEnd(rc: ReportContext, from: number, last: number): number | null {
  const { tokens, quoteOf } = rc.ctx;
  // (an object after the cue is no tail: "For example, she pointed to the cost")
  const next = tokens[from];
  if (
    next &&
    from <= last &&
    !/^(?:ADP|ADV|PUNCT)$/.test(next.pos) &&
    !isTimeWord(next) &&
    next.value !== ','
  )
    return null;
  for (let k = from; k <= last + 1 && k - from <= TAIL_REACH; k++) {
    if (k > last) return k;
    const t = tokens[k]!;
    if (t.value === ',') return k;
    if (FINAL.test(t.value) && k === last) return last + 1;
    if (
      quoteOf[k]! >= 0 ||
      t.lower === 'that' ||
      isFiniteVerb(tokens, k) ||
      CLAUSE_STOP.test(t.value)
    )
      return null;
  }
  return null;
}

/**
 * The "that" opening a reported clause shortly after a cue: "said that", "told reporters that",
 * "said in a statement on Monday that". Not a relative "that" after the cue's object ("denied
 * the report that …" is read by the speech-noun rule or not at all). A "that" ending the sentence
 * opens no clause.
 *
 * @param hearer whether the cue's verb takes a hearer before the clause ("told reporters that")
 * @returns the token of "that", or -1
 */
export function thatAfter(rc: ReportContext, from: number, last: number, hearer: boolean): number {
  const { tokens, quoteOf } = rc.ctx;
  let preposition = false;
  for (let k = from; k < last && k - from <= INTRO_REACH; k++) {
    if (quoteOf[k]! >= 0) return -1;
    const t = tokens[k]!;
    if (t.lower === 'that') {
      const prev = tokens[k - 1]!;
      const object = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !isTimeWord(prev);
      return object && !hearer && !preposition && k > from ? -1 : k;
    }
    if (t.pos === 'ADP') preposition = true;
    // ("defended the rate, adding that …": a "that" after another cue is that cue's)
    if (FINAL.test(t.value) || CLAUSE_STOP.test(t.value) || isFiniteVerb(tokens, k) || rc.cue(k))
      return -1;
  }
  return -1;
}

/**
 * Where the reported clause starts after a cue that takes one without "that": past the hearer
 * ("told reporters the pier"), time words ("said Monday"), adverbs, and a short phrase after a
 * preposition ("said in a statement the pier"); -1 when no clause follows.
 */
export function bareClauseAfter(
  rc: ReportContext,
  from: number,
  last: number,
  hearer: boolean,
): number {
  const { tokens } = rc.ctx;
  let j = from;
  while (
    j <= last &&
    (isTimeWord(tokens[j]!) ||
      (tokens[j]!.pos === 'ADV' && tokens[j]!.lower !== 'not' && tokens[j]!.lower !== 'none'))
  )
    j++;
  if (opensClause(rc, j, last)) return j;
  // "says, win or lose, he is staying": a comma after the cue
  if (tokens[j]?.value === ',' && opensClause(rc, j + 1, last)) return j + 1;
  // "told the council the wall would hold", "told the crowd, he …": the hearer first
  if (hearer) {
    const object = objectAt(tokens, j, last);
    const after = object ? object[1] + 1 : -1;
    if (object && opensClause(rc, after, last)) return after;
    if (object && tokens[after]?.value === ',' && opensClause(rc, after + 1, last))
      return after + 1;
  }
  // "said in a statement the pier …", "said on Twitter he …"
  if (tokens[j]?.pos === 'ADP' && tokens[j]!.lower !== 'that') {
    const np = phraseStartingAt(tokens, j + 1, last);
    if (np && np[1] - j <= SETTING_REACH && opensClause(rc, np[1] + 1, last)) return np[1] + 1;
  }
  return -1;
}

/**
 * The object of a verb starting at token `at`: a pronoun ("him", "it") or a noun phrase ("the
 * council", "the plan of the mayor"), as a token range; null when none starts there.
 */
export function objectAt(tokens: readonly Token[], at: number, last: number): TokenRange | null {
  const t = tokens[at];
  if (!t || at > last) return null;
  return OBJECT_PRONOUNS.has(t.lower) ? [at, at] : phraseStartingAt(tokens, at, last);
}

/**
 * Does a clause, a subject and its finite verb, start at token `j`? "he agreed", "the road will
 * reopen", "Smith’s plan is", "legalizing it could", "this is", "if elected he could".
 */
export function opensClause(rc: ReportContext, j: number, last: number): boolean {
  const { tokens, quoteOf } = rc.ctx;
  const t = tokens[j];
  // a quotation right after the cue is direct speech, the quotation rules' to attribute
  if (!t || j > last || quoteOf[j]! >= 0) return false;
  if (isSubjectPronoun(t.lower) || /^(?:there|you|this|that|these|those)$/.test(t.lower)) {
    let k = j + 1;
    while (k <= last && tokens[k]!.pos === 'ADV') k++;
    // ("said that" is read by the that-clause rule: here "that" is a subject only before its verb)
    return isFiniteVerb(tokens, k) || (t.lower !== 'that' && subjectThenVerb(rc, j, last));
  }
  const opens =
    /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(t.pos) ||
    isPossessive(t.lower) ||
    CONDITIONS.has(t.lower) ||
    QUANTITIES.has(t.lower) ||
    t.lower === 'none' ||
    // ("said Cook provided": a name the tagger took for a verb)
    (CAPITALISED.test(t.value) && /^(?:VERB|ADV|ADP)$/.test(t.pos) && j > 0) ||
    (t.pos === 'VERB' && t.lower.endsWith('ing'));
  if (!opens || t.lower === 'which') return false;
  return subjectThenVerb(rc, j, last);
}

// The comma at `open` opens an aside that a comma closes before `last`, a finite verb after it.
function asideThenVerb(rc: ReportContext, open: number, last: number): boolean {
  const { tokens, quoteOf } = rc.ctx;
  for (let k = open + 1; k < last; k++) {
    if (quoteOf[k]! >= 0) return false;
    const v = tokens[k]!.value;
    if (v === ',') return isFiniteVerb(tokens, k + 1) && rc.cue(k + 1) === null;
    if (FINAL.test(v) || CLAUSE_STOP.test(v)) return false;
  }
  return false;
}

// "how", "whether", "why": a question word that is no relative ("half of what was thrown")
const isEmbeddedQuestion = (w: string): boolean =>
  QUESTION_WORDS.has(w) && !RELATIVE_PRONOUNS.has(w) && w !== 'what' && w !== 'whom';

// The words from token `j` read as a subject, up to a finite verb within reach.
function subjectThenVerb(rc: ReportContext, j: number, last: number): boolean {
  const { tokens, quoteOf } = rc.ctx;
  for (let k = j + 1; k <= last && k - j <= SUBJECT_REACH; k++) {
    if (quoteOf[k]! >= 0) continue;
    if (isFiniteVerb(tokens, k)) return true;
    const w = tokens[k]!;
    // ("the break, on a main laid in 1926, was caused": an aside between commas, the verb
    // right after the second)
    if (w.value === ',') return asideThenVerb(rc, k, Math.min(last, j + SUBJECT_REACH));
    // (a relative clause may stand inside the subject: "the movement that is sweeping the
    // country appeals to"; its verb is taken for the clause's, which is as good a sign)
    const inPhrase =
      /^(?:DET|PROPN|NOUN|ADJ|NUM|ADP|ADV|CCONJ|PART|PRON|SCONJ)$/.test(w.pos) ||
      isPossessive(w.lower) ||
      /^[-’']$/.test(w.value) ||
      w.pos === 'VERB';
    // ("asked the mayor how the council would pay": a question after the hearer is no subject's;
    // "half of what was thrown" is a subject)
    if (!inPhrase || isEmbeddedQuestion(w.lower)) return false;
  }
  return false;
}

/**
 * The object of a directive cue, up to its infinitive: "urged [Congress] to act", "warned
 * [Beijing ahead of the talks] not to". The object must be there.
 *
 * @returns the token starting "to" (or "not to"), or -1
 */
export function infinitiveAfterObject(rc: ReportContext, from: number, last: number): number {
  const { tokens, quoteOf } = rc.ctx;
  for (let k = from; k <= last && k - from <= INTRO_REACH; k++) {
    if (quoteOf[k]! >= 0) return -1;
    const t = tokens[k]!;
    if (t.lower === 'to' && infinitiveVerbAt(tokens, k + 1)) {
      const start = tokens[k - 1]?.lower === 'not' ? k - 1 : k;
      return start > from ? start : -1;
    }
    if (FINAL.test(t.value) || CLAUSE_STOP.test(t.value) || isFiniteVerb(tokens, k)) return -1;
  }
  return -1;
}

/** "to" and a verb right after token `at`: "vowed to fight", "vowed not to resign". */
export function infinitiveAt(tokens: readonly Token[], at: number): number {
  const k = tokens[at]?.lower === 'not' ? at + 1 : at;
  return tokens[k]?.lower === 'to' && infinitiveVerbAt(tokens, k + 1) ? at : -1;
}

function infinitiveVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && !CAPITALISED.test(t.value);
}
