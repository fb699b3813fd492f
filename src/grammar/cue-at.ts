import { ARTICLES } from '../lexicon/articles.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import type { TokenRange } from '../mentions/noun-phrase.js';
import { isPossessive } from '../mentions/pronouns.js';
import { NAMING_VERBS } from '../lexicon/naming-verbs.js';
import { PASSIVE_AUXILIARIES } from '../lexicon/passive-auxiliaries.js';
import { PAUSE_VERBS } from '../lexicon/pause-verbs.js';
import { RELATIVE_PRONOUNS } from '../lexicon/relative-pronouns.js';
import { SUBORDINATORS } from '../lexicon/subordinators.js';
import { VERBS_TAGGED_AS_NOUNS } from '../lexicon/verbs-tagged-as-nouns.js';
import type { Token } from '../nlp/token.js';
import { CUE_FORMS, PARTICLES } from './cue-forms.js';

/** A reporting cue found in the writer's text. */
export interface Cue {
  /** Tokens of the cue: "said", "pointed to", "according to". */
  readonly range: TokenRange;
  readonly strength: 'strong' | 'weak';
  /** `according to X`: the speaker follows the cue. */
  readonly accordingTo?: true;
  /** A participle ("saying", "adding"): its subject is the clause's subject. */
  readonly participle?: boolean;
  /** A passive with its agent: "was asked by host Bill Maher" — the speaker follows "by". */
  readonly agent?: true;
}

/**
 * Words that open a subordinate or relative clause: "“…,” when Clinton blasted him" is not
 * Clinton's.
 */
export function opensClause(word: string): boolean {
  return (
    SUBORDINATORS.has(word) ||
    RELATIVE_PRONOUNS.has(word) ||
    // and the relatives of an object and a place: "with whom he clashed", "where his supporters"
    word === 'whom' ||
    word === 'where'
  );
}

/** A cue right after a quotation stands at most this many tokens past its closing mark: `“…,” Toomey fumed`. */
const AFTER_QUOTE_REACH = 4;

/**
 * The cues already read in each article's tokens, by token: the attribution and reported-speech
 * rules ask about the same tokens many times (every quotation's sentence, every clause).
 */
const CUES_READ = new WeakMap<readonly Token[], Array<Cue | null>>();

/**
 * The reporting cue at token `i`, if there is one: a reporting verb in a finite or participle
 * form (never an infinitive "to say" or a passive "was told"), or "according to". Read once per
 * token of an article; the same (read-only) cue is returned each time after.
 */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  let read = CUES_READ.get(tokens);
  if (!read) CUES_READ.set(tokens, (read = []));
  let cue = read[i];
  if (cue === undefined) read[i] = cue = readCueAt(tokens, i);
  return cue;
}

function readCueAt(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "according to officials"; "per the party's bylaws", "per CNN" (not "per share", "per capita")
  if (
    (t.lower === 'according' && next?.lower === 'to') ||
    (t.lower === 'per' && /^(?:DET|PRON|PROPN)$/.test(next?.pos ?? ''))
  ) {
    return { range: [i, t.lower === 'per' ? i : i + 1], strength: 'strong', accordingTo: true };
  }
  const strength = CUE_FORMS.get(t.lower);
  if (!strength) return null;
  const particles = PARTICLES.get(t.lower);
  const particle = particles !== undefined && next !== undefined && particles.includes(next.lower);
  // "Hillary shot back": a verb with its particle after a name is a verb, however it was tagged
  const phrasal = particle && (prev?.pos === 'PROPN' || prev?.pos === 'PRON');
  // ("“…,” Toomey fumed": right after a quotation that ends its clause and a name, a reporting
  // word the tagger took for an adjective is the verb)
  const afterQuote =
    t.pos === 'ADJ' &&
    tokens
      .slice(Math.max(0, i - AFTER_QUOTE_REACH), i)
      .some((x, k, a) => /^[”"]$/.test(x.value) && /^[,!?]$/.test(a[k - 1]?.value ?? ''));
  if (
    t.pos !== 'VERB' &&
    !phrasal &&
    !afterQuote &&
    !(VERBS_TAGGED_AS_NOUNS.has(t.lower) && t.pos !== 'ADJ') &&
    !taggedNounAfterSubject(t, prev, next)
  )
    return null;
  // "interjected to say:", "went on to tell": an infinitive reporting verb after another verb
  // (only after a verb of speaking or "went on": "wants to say" reports nothing yet)
  const afterVerb =
    CUE_FORMS.get(tokens[i - 2]?.lower ?? '') === 'strong' || tokens[i - 2]?.lower === 'on';
  const passive =
    prev !== undefined &&
    PASSIVE_AUXILIARIES.has(prev.lower) &&
    /(?:ed|en|told|said|wrote|read|cast)$/.test(t.lower);
  // "was asked by host Bill Maher": the agent asked
  if (passive && next?.lower === 'by') return { range: [i, i + 1], strength, agent: true };
  if ((prev?.lower === 'to' && !afterVerb) || passive) return null;
  // "must continue to push", "vowed to fight": a verb with an infinitive after it reports no words
  // ("said to People" is no infinitive: a capital after "to" is a name the tagger took for a verb)
  const after = tokens[i + 2];
  if (
    next?.lower === 'to' &&
    after &&
    (after.pos === 'VERB' || after.pos === 'AUX') &&
    !CUE_FORMS.has(after.lower) &&
    !CAPITALISED.test(after.value)
  )
    return null;
  // "when asked if he had met Trump": a clipped passive reports nothing
  if (prev && SUBORDINATORS.has(prev.lower) && /ed$/.test(t.lower)) return null;
  // "a super PAC called “Stop Trump”": a thing named, not words said
  if (
    NAMING_VERBS.has(t.lower) &&
    /^["“'‘]$/.test(next?.value ?? '') &&
    prev?.pos === 'NOUN' &&
    [tokens[i - 2], tokens[i - 3]].some((d) => d?.lower === 'a' || d?.lower === 'an')
  )
    return null;
  // "made the following comment:", "a statement": a noun after its determiner, however it was tagged
  if (ARTICLES.has(prev?.lower ?? '') || prev?.lower === 'following') return null;
  // "so-called", "well-said": part of a compound, not a verb
  if (prev?.value === '-' && prev.end === t.start) return null;
  if (particles && !particle) return null;
  // "would continue “to break barriers”": continuing speaks only before a pause (", she continued.")
  // (asked last: a lemma is read from wink only at a token every other test leaves a cue)
  if (!/^[,:.]$/.test(next?.value ?? '.') && PAUSE_VERBS.has(t.lemma)) return null;
  return { range: [i, particle ? i + 1 : i], strength, participle: t.lower.endsWith('ing') };
}

// "Beijing claims these camps are …": wink tags some verbs after a name as plural nouns.
// ("Republican claims as false" stays a noun: after a noun, the verb must be followed by what it says)
// ("Japan branded North Korea an …" is tagged as an adjective)
function taggedNounAfterSubject(
  t: Token,
  prev: Token | undefined,
  next: Token | undefined,
): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  // "Obama and Clinton call them “lone wolves”": a base form after a name, then its object
  if (!/(?:s|ed)$/.test(t.lower))
    return t.pos === 'NOUN' && prev?.pos === 'PROPN' && next?.pos === 'PRON';
  // ("his comments" is a noun: a possessive is no subject; "the report, which notes," a verb)
  if (prev?.pos === 'PRON' || RELATIVE_PRONOUNS.has(prev?.lower ?? ''))
    return !isPossessive(prev!.lower);
  if (prev?.pos !== 'PROPN' && (prev?.pos !== 'NOUN' || t.pos === 'ADJ')) return false;
  return (
    next === undefined ||
    next.pos === 'DET' ||
    next.pos === 'SCONJ' ||
    next.pos === 'PRON' ||
    (t.pos === 'ADJ' && next.pos === 'PROPN') ||
    /^[:,."“]$/.test(next.value)
  );
}
