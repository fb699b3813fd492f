import { isTimeWord, phraseEndingAt, phraseStartingAt, type TokenRange } from '../mentions/noun-phrase.js';
import { DOCUMENT_NOUNS } from '../mentions/roles.js';
import { isSubjectPronoun, RELATIVE_PRONOUNS } from '../mentions/pronouns.js';
import type { Token } from '../nlp/token.js';
import { CUE_FORMS, NEEDS_PARTICLE } from './cues.js';
import type { TokenContext } from './token-context.js';

/** A reporting cue found in the writer's text. */
export interface Cue {
  /** Tokens of the cue: "said", "pointed to", "according to". */
  readonly range: TokenRange;
  readonly strength: 'strong' | 'weak';
  /** `according to X`: the speaker follows the cue. */
  readonly accordingTo: boolean;
  /** A participle ("saying", "adding"): its subject is the clause's subject. */
  readonly participle: boolean;
}

const CLIPPED_CLAUSE: ReadonlySet<string> = new Set(['when', 'if', 'as', 'unless', 'once', 'until', 'while']);
const NAMING: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'labeled', 'labelled', 'termed']);

export const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s']);
/** Words between a subject and its verb: "Smith also said", "she has long argued". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['also', 'later', 'then', 'again', 'further', 'long', 'repeatedly', 'previously', 'once', 'often', 'reportedly', 'publicly', 'privately', 'recently', 'simply', 'flatly', 'first', 'finally']);

/** Written forms wink sometimes tags as nouns that are still reporting verbs. */
const VERB_EVEN_IF_TAGGED_NOUN: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'tweeted', 'asked', 'explained']);

/**
 * The reporting cue at token `i`, if there is one: a reporting verb in a finite or participle
 * form (never an infinitive "to say" or a passive "was told"), or "according to".
 */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    return { range: [i, i + 1], strength: 'strong', accordingTo: true, participle: false };
  }
  const strength = CUE_FORMS.get(t.lower);
  if (strength === undefined) return null;
  const prev = tokens[i - 1];
  if (t.pos !== 'VERB' && !(VERB_EVEN_IF_TAGGED_NOUN.has(t.lower) && t.pos !== 'ADJ') && !taggedNounAfterSubject(t, prev, tokens[i + 1])) return null;
  // "interjected to say:", "went on to tell": an infinitive reporting verb after another verb
  // (only after a verb of speaking or "went on": "wants to say" reports nothing yet)
  const afterVerb = prev?.lower === 'to' && (CUE_FORMS.get(tokens[i - 2]?.lower ?? '') === 'strong' || tokens[i - 2]?.lower === 'on');
  if (prev && ((prev.lower === 'to' && !afterVerb) || (PASSIVE_AUX.has(prev.lower) && /(?:ed|en|told|said|wrote|read|cast)$/.test(t.lower)))) return null;
  // "must continue to push", "vowed to fight": a verb with an infinitive after it reports no words
  const next = tokens[i + 1];
  if (next?.lower === 'to' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX') && !CUE_FORMS.has(tokens[i + 2]!.lower)) return null;
  // "when asked if he had met Trump": a clipped passive reports nothing
  if (prev && CLIPPED_CLAUSE.has(prev.lower) && /ed$/.test(t.lower)) return null;
  // "a super PAC called “Stop Trump”": a thing named, not words said
  if (NAMING.has(t.lower) && /^["“'‘]$/.test(next?.value ?? '') && prev?.pos === 'NOUN' && [tokens[i - 2], tokens[i - 3]].some((d) => d?.lower === 'a' || d?.lower === 'an')) return null;
  const particles = NEEDS_PARTICLE[t.lemma];
  let last = i;
  // "so-called", "well-said": part of a compound, not a verb
  if (prev?.value === '-' && prev.end === t.start) return null;
  if (particles) {
    if (!next || !particles.includes(next.lower)) return null;
    last = i + 1;
  }
  return { range: [i, last], strength, accordingTo: false, participle: t.lower.endsWith('ing') };
}

// "Beijing claims these camps are …": wink tags some verbs after a name as plural nouns.
// ("Republican claims as false" stays a noun: after a noun, the verb must be followed by what it says)
function taggedNounAfterSubject(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (t.pos !== 'NOUN' || !/(?:s|ed)$/.test(t.lower)) return false;
  if (prev?.pos === 'PRON') return true;
  if (prev?.pos !== 'PROPN' && prev?.pos !== 'NOUN') return false;
  return next === undefined || next.pos === 'DET' || next.pos === 'SCONJ' || next.pos === 'PRON' || /^[:,.]$/.test(next.value) || /^["“]$/.test(next.value);
}

/** Token bounds of the writer's text around token `i` in its sentence: no quotation inside. */
export function clauseBounds(ctx: TokenContext, i: number): [number, number] {
  const [s0, s1] = ctx.sentences[ctx.sentenceOf[i]!]!;
  let lo = i;
  while (lo - 1 >= s0 && ctx.quoteOf[lo - 1]! < 0) lo--;
  let hi = i;
  while (hi + 1 <= s1 && ctx.quoteOf[hi + 1]! < 0) hi++;
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
  if (cue.accordingTo) return subjectAfter(tokens, vLast + 1, hi);

  let j = v - 1;
  // adverbs, auxiliaries and negation stand between subject and verb: "she still says", "has long argued"
  while (j >= lo && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || BETWEEN_SUBJECT_AND_VERB.has(tokens[j]!.lower) || tokens[j]!.lower === 'not' || tokens[j]!.lower === "n't")) j--;
  // a party and state after the name: "Rep. Jane Doe (D-Ohio) said"
  if (j >= lo && tokens[j]!.value === ')') {
    let open = j - 1;
    while (open > lo && j - open < 10 && tokens[open]!.value !== '(') open--;
    if (tokens[open]!.value === '(') j = open - 1;
  }
  const t = j >= lo ? tokens[j] : undefined;
  if (cue.participle) {
    // "footage of Trump saying …": a participle right after a noun has that noun for subject;
    // after a comma or "by" it has the subject of the clause it hangs on
    // ("a statement condemning …" is the issuer's; "wrote on Facebook, saying" is the writer's)
    const np = t && t.value !== ',' && t.pos !== 'ADP' && t.pos !== 'SCONJ' ? phraseEndingAt(tokens, j, lo) : null;
    const before = np ? tokens[np[0] - 1] : undefined;
    if (np && !DOCUMENT_NOUNS.has(tokens[np[1]]!.lower) && !(before?.pos === 'ADP' && before.lower !== 'of')) return np;
    return controllerOf(ctx, v, lo);
  }
  // nothing of the writer's before the verb: "“…,” said Smith"
  if (!t) return subjectAfter(tokens, vLast + 1, hi);
  if (isSubjectPronoun(t.lower) && t.pos === 'PRON') return [j, j];
  if (RELATIVE_PRONOUNS.has(t.lower) && j - 1 >= lo) {
    // "Smith, who leads the panel, said" / "the man who said"
    return phraseEndingAt(tokens, tokens[j - 1]!.value === ',' ? j - 2 : j - 1, lo);
  }
  if (t.value === ',') {
    // "Gov. John Kasich (R-Ohio), said"
    if (tokens[j - 1]?.value === ')') return subjectOf(ctx, { ...cue, range: [j, vLast] });
    // an appositive or relative clause between commas: the subject stands before the first comma
    for (let c = j - 1; c >= lo && j - c < 30; c--) {
      if (tokens[c]!.value !== ',') continue;
      const np = phraseEndingAt(tokens, c - 1, lo);
      if (np) return np;
      break;
    }
    // “…” that the panel shouldn’t cross, warned Yang — the subject follows
    return subjectAfter(tokens, vLast + 1, hi);
  }
  // "O'Malley interjected to say:", "she went on to say": the subject of the verb before
  if (t.lower === 'to' && j - 1 >= lo) {
    let main = j - 1;
    if (tokens[main]!.lower === 'on' && main - 1 >= lo) main--;
    return subjectOf(ctx, { ...cue, range: [main, vLast] });
  }
  // "Scott beamed and asked …": a second verb shares the first one's subject
  if (t.pos === 'CCONJ') return controllerOf(ctx, j, lo);
  // "McConnell, who in 2010 said": a time or number phrase is not the subject; read past it
  if ((t.pos === 'NUM' || isTimeWord(t)) && tokens[j - 1]?.pos === 'ADP') {
    return subjectOf(ctx, { ...cue, range: [j - 1, vLast] });
  }
  const np = phraseEndingAt(tokens, j, lo);
  if (np) return np;
  return t.pos === 'PUNCT' ? subjectAfter(tokens, vLast + 1, hi) : null;
}

function subjectAfter(tokens: readonly Token[], first: number, hi: number): TokenRange | null {
  if (first > hi) return null;
  const t = tokens[first]!;
  if (isSubjectPronoun(t.lower) && t.pos === 'PRON') return [first, first];
  return phraseStartingAt(tokens, first, hi);
}

// "…, adding that …", "by claiming that …": the subject of the participle is the subject of the
// clause it hangs on — an earlier cue's subject, or else the subject the sentence opens with.
function controllerOf(ctx: TokenContext, v: number, lo: number): TokenRange | null {
  const { tokens } = ctx;
  // the clause it hangs on may stand before an earlier quotation of the same sentence:
  // told Newsmax that Romney “had a crazy policy,” adding, “…”
  const [s0] = ctx.sentences[ctx.sentenceOf[v]!]!;
  // the nearest finite reporting verb before it, a strong one over a weak one ("Clinton told the
  // audience that she believes …, saying" hangs on "told")
  let weak: Cue | null = null;
  for (let k = v - 1; k >= s0; k--) {
    if (ctx.quoteOf[k]! >= 0) continue;
    const cue = cueAt(tokens, k);
    if (!cue || cue.participle || cue.accordingTo) continue;
    if (cue.strength === 'strong') return subjectOf(ctx, cue);
    weak ??= cue;
  }
  return weak ? subjectOf(ctx, weak) : sentenceSubject(ctx, lo, v - 1);
}

const DATELINE_DASH = /^(?:[—―–]|--)$/;

// "WASHINGTON, Dec. 8 (UPI) — In response to …": a dateline in capitals before a dash opens the
// first paragraph of wire copy; the sentence starts after it
function skipDateline(tokens: readonly Token[], lo: number, hi: number): number {
  const first = tokens[lo];
  if (!first || !/^\p{Lu}{2,}/u.test(first.value) || first.value !== first.value.toUpperCase()) return lo;
  for (let k = lo + 1; k <= hi && k < lo + 14; k++) if (DATELINE_DASH.test(tokens[k]!.value)) return k + 1;
  return lo;
}

/** The subject a clause opens with, after any leading adverbial ("In January, then-Secretary …"). */
export function sentenceSubject(ctx: TokenContext, lo: number, hi: number): TokenRange | null {
  const { tokens } = ctx;
  let i = skipDateline(tokens, lo, hi);
  const first = tokens[i];
  if (!first) return null;
  // a leading adverbial ("In January,", "Following the debate,") ends at its comma
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || (first.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower))) {
    let comma = i;
    while (comma <= hi && tokens[comma]!.value !== ',') comma++;
    if (comma > hi && first.pos === 'VERB') return null;
    i = comma + 1;
  }
  while (i <= hi && (tokens[i]!.pos === 'CCONJ' || tokens[i]!.pos === 'ADV' || tokens[i]!.value === ',')) i++;
  if (i > hi) return null;
  return subjectAfter(tokens, i, hi);
}
