import type { TokenRange } from '../mentions/noun-phrase.js';
import { canSpeak, describeMention } from '../mentions/describe-mention.js';
import { pronounOf } from '../mentions/pronouns.js';
import { DOCUMENT_NOUNS } from '../mentions/roles.js';
import type { AttributionReason, DetectedQuote } from '../types.js';
import { CAPITALISED, phraseEndingAt, phraseStartingAt } from '../mentions/noun-phrase.js';
import {
  cueAt,
  nearestSubject,
  PASSIVE_AUX,
  relativeAntecedent,
  sentenceSubject,
  SUBORDINATE,
  subjectOf,
  type Cue,
} from './rules.js';
import { REACH, sentenceAt, type TokenContext } from './token-context.js';

/** One quotation's attribution in token terms, before mentions are resolved to speakers. */
export interface RawAttribution {
  /** The words naming the speaker at this attribution, or null. */
  readonly mention: TokenRange | null;
  /** The reporting cue, or null. */
  readonly cue: TokenRange | null;
  readonly reason: AttributionReason;
  readonly confidence: number;
  /** For a continuation: the earlier quotation whose speaker this one has. */
  readonly sameAs: number | null;
}

const attribution = (
  mention: TokenRange | null,
  cue: TokenRange | null,
  reason: AttributionReason,
  confidence: number,
  sameAs: number | null = null,
): RawAttribution => ({ mention, cue, reason, confidence, sameAs });

const NO_SPEAKER = (reason: AttributionReason, confidence: number): RawAttribution =>
  attribution(null, null, reason, confidence);

const DASHES = /^(?:[―—–]|--?)$/;

/** Works whose names are quoted: the book “The Long Flood”, the “Harbor Voices” radio program. */
const WORKS: ReadonlySet<string> = new Set(
  (
    'book novel memoir film movie documentary show series program programme song album play musical ' +
    'essay column podcast episode poem painting exhibit exhibition broadcast edition segment ' +
    'premiere forum conference summit act bill law campaign'
  ).split(' '),
);
/** Words right before a quoted title: "on “Fox News Sunday”", "the book “Fire and Fury”", "titled “…”". */
const BEFORE_TITLE: ReadonlySet<string> = new Set([
  'titled',
  'entitled',
  'headlined',
  'named',
  'dubbed',
  'on',
  'in',
  ...WORKS,
]);
const SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the of and or in on to for at by with from is as vs. de'.split(' '),
);

/**
 * Decides, for each quotation, the cue and the words naming its speaker, by ordered rules: a cue
 * right after the quotation, a cue before it in its sentence, "according to", a reporting clause
 * elsewhere in the paragraph, and a paragraph of quotation alone continuing the previous speaker.
 *
 * @param ctx the article's tokens in context
 * @param quotes its quotations, in text order
 * @returns one attribution per quotation, in the same order
 */
export function findAttributions(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
): RawAttribution[] {
  const out: RawAttribution[] = [];
  quotes.forEach((q, qi) => out.push(attributeOne(ctx, quotes, q, qi, out)));
  return out;
}

function attributeOne(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
  q: DetectedQuote,
  qi: number,
  earlier: readonly RawAttribution[],
): RawAttribution {
  if (q.depth > 0) return NO_SPEAKER('nested', 0.9);
  const para = ctx.paragraphs[q.paragraph]!;
  if (para.kind === 'headline') return NO_SPEAKER('headline', 0.6);
  const [qa, qb] = ctx.quoteTokens[qi]!;
  if (qa < 0) return NO_SPEAKER('not-speech', 0.5);
  if (isTitle(ctx, q, qa, qb)) return NO_SPEAKER('not-speech', 0.8);
  const [pa] = ctx.paragraphTokens[q.paragraph]!;
  const label = transcriptLabel(ctx, qa + 1) ?? transcriptLabel(ctx, pa);
  if (label) return attribution(label, [label[1] + 1, label[1] + 1], 'colon', 0.9);

  const { tokens } = ctx;
  const [, tailEnd] = sentenceAt(ctx, qb);
  const [headStart] = sentenceAt(ctx, qa);

  const tail = scanForCue(ctx, qb + 1, tailEnd, 1);
  const head = scanForCue(ctx, qa - 1, headStart, -1);
  const candidates: Array<[Cue, AttributionReason, number]> = [];
  // "“…,” Sanders said, according to CNN", "According to CNN, Sanders said “…”": the outer
  // source, who reports the speaker's words, is the source of the sentence
  const accordingTo = findAccordingTo(ctx, qa, qb);
  if (accordingTo) candidates.push([accordingTo, 'according-to', 0.87]);
  if (tail) {
    // (a capital is a name's, whatever the tagger says: "The Miami Herald reported")
    const adjacent = !tokens
      .slice(qb + 1, tail.range[0])
      .some(
        ({ pos, lower, value }) =>
          ((pos === 'VERB' || pos === 'AUX') && !CAPITALISED.test(value)) ||
          pos === 'SCONJ' ||
          pos === 'CCONJ' ||
          SUBORDINATE.has(lower),
      );
    // "…," X said — the quotation ends its clause (a comma, question or exclamation inside or
    // right after the marks); a partial quote running on into the sentence is not followed by its cue
    const endsClause =
      q.kind === 'full' || /[,!?—–…]$/.test(q.text) || tokens[qb + 1]?.value === ',';
    if (adjacent && endsClause && tail.range[0] - qb <= 16)
      candidates.push([
        tail,
        tail.accordingTo ? 'according-to' : 'cue-after',
        tail.strength === 'strong' ? 0.95 : 0.85,
      ]);
  }
  const introduced = /^(?:[:,]|that)$/.test(tokens[qa - 1]?.lower ?? '');
  if (head)
    candidates.push(
      head.strength === 'strong'
        ? [head, head.accordingTo ? 'according-to' : 'cue-before', introduced ? 0.9 : 0.87]
        : [head, 'cue-before', 0.75],
    );
  // a cue after the quotation but past another clause: right for a full quotation, a guess for a few words
  if (tail)
    candidates.push([
      tail,
      tail.accordingTo ? 'according-to' : 'cue-after',
      q.kind === 'full' ? 0.9 : 0.55,
    ]);

  // "Trump's claim that there were “thousands of shootings”", "rejected her remark that “…”":
  // the owner of the words, named after any weak cue, says them, unless a strong cue says otherwise
  const owner =
    head?.strength === 'strong' ? null : ownerOfWords(ctx, qa, head ? head.range[1] : headStart);
  const owned: RawAttribution | null = owner && attribution(owner, null, 'clause-subject', 0.6);

  for (const [cue, reason, confidence] of candidates) {
    if (owned && cue === head) return owned;
    const subject = subjectOf(ctx, cue);
    const mention = subject && (issuerOf(ctx, subject) ?? subject);
    const outer = mention && cue === head ? outerReport(ctx, cue, mention, headStart) : null;
    if (outer)
      return attribution(
        outer.mention,
        cueSpan(ctx, outer.cue),
        reason,
        described(ctx, outer.mention, 0.75, true),
      );
    if (mention)
      return attribution(
        mention,
        cueSpan(ctx, cue),
        reason,
        described(ctx, mention, confidence, reason !== 'cue-after' || confidence < 0.9),
      );
  }
  // "called her “Miss Piggy” and “Miss Housekeeping”": quotations joined by "and", "or" or a
  // comma are one list of words, from one source
  if (inList(ctx, qi)) {
    const a = earlier[qi - 1]!;
    return { ...a, sameAs: a.sameAs ?? qi - 1 };
  }
  if (owned) return owned;

  // "Republican pollster Jane Doe: “…”", "She then addressed the supporters again: “…”" — a
  // name, or a clause whose subject can speak, and a colon introduce the quotation
  if (tokens[qa - 1]?.value === ':' && qa - 2 >= headStart) {
    // (the subject of the clause the colon ends, else of the sentence: "She was so upset that I
    // had to change my answer:" is mine)
    const clause = isPassive(ctx, headStart, qa - 2)
      ? []
      : [nearestSubject(ctx, qa - 1, false), sentenceSubject(ctx, headStart, qa - 2)];
    const mention =
      [phraseEndingAt(tokens, qa - 2, headStart), ...clause].find(
        (m) => m && canSpeak(tokens, m, true),
      ) ??
      // ("The piece used her words as its headline:" — a document that is the subject speaks too)
      clause.find((m) => m && DOCUMENT_NOUNS.has(tokens[m[1]]!.lower));
    if (mention) return attribution(mention, [qa - 1, qa - 1], 'colon', 0.5);
  }

  // “…” ― Jane Doe: a name after a dash signs the quotation
  if (qb + 2 <= tailEnd && DASHES.test(tokens[qb + 1]!.value)) {
    const mention = phraseStartingAt(tokens, qb + 2, tailEnd);
    if (mention && canSpeak(tokens, mention, true))
      return attribution(mention, [qb + 1, qb + 1], 'dash', 0.6);
  }

  if (q.kind === 'partial' && qa > headStart) {
    // the sentence's subject, when it is someone who can speak, has these words in their mouth;
    // a quoted name (a nickname, a title) is not speech
    const subject = sentenceSubject(ctx, headStart, qa - 1);
    if (
      subject &&
      (!isTitleCase(q.text) || tokens[qa - 1]!.lower === 'as') &&
      canSpeak(tokens, subject)
    ) {
      return attribution(subject, null, 'clause-subject', isPronoun(ctx, subject) ? 0.7 : 0.45);
    }
    return NO_SPEAKER('not-speech', 0.6);
  }

  // A full quotation with no cue in its sentence, after an attributed one in the same paragraph:
  // "“They are not terminable at will,” Lieberman told the Journal, after de Blasio stated an
  // interest in ending them. “These contracts are binding.”" goes on with Lieberman
  const previous = previousInParagraph(quotes, qi, earlier);
  if (previous !== null) {
    const a = earlier[previous]!;
    return attribution(a.mention, a.cue, 'sentence-nearby', 0.9, a.sameAs ?? previous);
  }
  // or else a reporting clause elsewhere in the paragraph
  const nearby = nearbyCue(ctx, qa, qb);
  if (nearby) return nearby;
  // "Sen. Jane Doe identified exhaustion as a reason. “Young people are sick of it.”": the
  // previous sentence's subject, when someone, introduces the quotation
  const before = ctx.sentences[ctx.sentenceOf[qa]! - 1];
  if (before && before[0] >= pa && headStart === qa) {
    const subject = sentenceSubject(ctx, before[0], before[1]);
    if (subject && describeMention(tokens, subject).kind === 'person')
      return attribution(subject, null, 'sentence-nearby', 0.5);
  }

  // A paragraph that opens with quotation and has no cue continues the previous paragraph's speaker.
  if (pa === qa) return continuation(ctx, quotes, qi, earlier);
  return NO_SPEAKER('not-speech', 0.5);
}

/** Each article's words as written, made when the article's first transcript label is read. */
const WORDS = new WeakMap<TokenContext, Set<string>>();

/**
 * "PENCE: Well, look, …": a transcript's speaker label, one to three capitalised words and a colon
 * at token `at`, naming someone the article names in ordinary case (so "UPDATE:" is no speaker).
 */
function transcriptLabel(ctx: TokenContext, at: number): TokenRange | null {
  const { tokens } = ctx;
  for (let k = at; k < at + 3 && /^\p{Lu}[\p{Lu}.’'-]+$/u.test(tokens[k]?.value ?? ''); k++) {
    if (tokens[k + 1]?.value !== ':') continue;
    const word = tokens[k]!.value;
    let words = WORDS.get(ctx);
    if (!words) WORDS.set(ctx, (words = new Set(tokens.map((t) => t.value))));
    if (words.has(word[0] + word.slice(1).toLowerCase())) return [at, k];
  }
  return null;
}

/** Nouns for words someone said or wrote. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  'claim statement remark comment warning assertion promise pledge vow word message description suggestion argument accusation prediction missive tweet speech plea response answer admission complaint declaration refrain'
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);

// "Trump's claim that", "his earlier warning that": a possessor before a speech noun shortly before
// the quotation, after token `from`
function ownerOfWords(ctx: TokenContext, qa: number, from: number): TokenRange | null {
  const { tokens } = ctx;
  for (let k = qa - 1; k > from && qa - k < 12; k--) {
    if (ctx.quoteOf[k]! >= 0 || !SPEECH_NOUNS.has(tokens[k]!.lower)) continue;
    const d = /^(?:ADJ|ADV)$/.test(tokens[k - 1]!.pos) ? k - 2 : k - 1;
    if (pronounOf(tokens[d]?.lower ?? '') && tokens[d]!.pos === 'PRON') return [d, d];
    return /^['’]s$/.test(tokens[d]?.value ?? '') ? phraseEndingAt(tokens, d - 1, from) : null;
  }
  return null;
}

/** "according to X" anywhere in the writer's text of the sentence. */
function findAccordingTo(ctx: TokenContext, qa: number, qb: number): Cue | null {
  const before = scanForCue(
    ctx,
    qa - 1,
    Math.max(sentenceAt(ctx, qa)[0], qa - REACH),
    -1,
    (c) => c.accordingTo,
  );
  return (
    before ??
    scanForCue(
      ctx,
      qb + 1,
      Math.min(sentenceAt(ctx, qb)[1], qb + REACH),
      1,
      (c) => c.accordingTo,
      true,
    )
  );
}

/**
 * The first cue met walking from `from` towards `to` (step ±1) through at most {@link REACH}
 * tokens of the writer's: backwards it steps over other quotations whole, forwards a quotation
 * ends the walk unless `crossQuotes`. `accept` narrows which cues count.
 */
function scanForCue(
  ctx: TokenContext,
  from: number,
  to: number,
  step: 1 | -1,
  accept: (cue: Cue) => boolean | undefined = () => true,
  crossQuotes = step < 0,
): Cue | null {
  let weak: Cue | null = null;
  let read = 0;
  let crossed = 0;
  for (let k = from; (step > 0 ? k <= to : k >= to) && read < REACH; k += step) {
    const q = ctx.quoteOf[k]!;
    if (q >= 0) {
      // forward, a second quotation ends this one's tail: "“A,” “B,” she said" is rare; no cue
      // lies beyond four quotations of one sentence
      const [qa, qb] = ctx.quoteTokens[q]!;
      // a nickname is part of the name it stands in: Del. Marcia “Cia” Price said
      // and the next item of a list: “clean” and “safe,” the mayor said
      if ((!crossQuotes && !isNickname(ctx, qa, qb) && !inList(ctx, q)) || ++crossed > 4)
        return weak;
      k = step > 0 ? qb : qa;
      continue;
    }
    read++;
    const cue = cueAt(ctx.tokens, k);
    if (!cue || !accept(cue)) continue;
    // backwards, a strong cue further away outranks a weak one nearer: in "She says the tweets
    // accusing her are “lies”", she says the words
    if (step > 0 || cue.strength === 'strong') return cue;
    weak ??= cue;
  }
  return weak;
}

function cueSpan(ctx: TokenContext, cue: Cue): TokenRange {
  const [a, b] = cue.range;
  // "added:" — the colon that introduces the quotation is part of the cue
  return ctx.tokens[b + 1]?.value === ':' ? [a, b + 1] : [a, b];
}

// The nearest strong cue with a subject in another sentence of the paragraph, earlier first.
function nearbyCue(ctx: TokenContext, qa: number, qb: number): RawAttribution | null {
  const [pa, pb] = ctx.paragraphTokens[ctx.paragraphOf[qa]!]!;
  const own = ctx.sentenceOf[qa]!;
  const ownLast = ctx.sentenceOf[qb]!;
  // the two sentences before first, each read from its end, then the one after, so the cue
  // nearest the quotation wins
  const order: Array<[number, number, 1 | -1]> = [];
  for (let s = own - 1; s >= 0 && s >= own - 2 && ctx.sentences[s]![1] >= pa; s--)
    order.push([ctx.sentences[s]![1], ctx.sentences[s]![0], -1]);
  const next = ctx.sentences[ownLast + 1];
  if (next && next[0] <= pb) order.push([...next, 1]);
  for (const [from, to, step] of order) {
    const found = speakingCue(ctx, from, to, step);
    if (found)
      return attribution(
        found.mention,
        cueSpan(ctx, found.cue),
        'sentence-nearby',
        described(ctx, found.mention, 0.9, true),
      );
  }
  return null;
}

/** The nearest earlier quotation of the same paragraph with a speaker, within a few quotations. */
function previousInParagraph(
  quotes: readonly DetectedQuote[],
  qi: number,
  earlier: readonly RawAttribution[],
): number | null {
  const paragraph = quotes[qi]!.paragraph;
  for (let k = qi - 1; k >= 0 && qi - k <= 4; k--) {
    const other = quotes[k]!;
    if (other.paragraphs.at(-1) !== paragraph) return null;
    const a = earlier[k]!;
    if (
      other.depth === 0 &&
      (a.mention !== null || a.sameAs !== null) &&
      a.reason !== 'clause-subject'
    )
      return k;
  }
  return null;
}

function continuation(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
  qi: number,
  earlier: readonly RawAttribution[],
): RawAttribution {
  const q = quotes[qi]!;
  // the previous paragraph of running text (captions and credits between are skipped)
  let p = q.paragraph - 1;
  while (p >= 0 && ctx.paragraphs[p]!.kind !== 'body') p--;
  if (p < 0 || q.paragraph - p > 3) return NO_SPEAKER('not-speech', 0.5);
  const [pa, pb] = ctx.paragraphTokens[p]!;

  // "Sanders made the following comment:" — a paragraph ending in a colon introduces this one:
  // its last sentence's cue, or else that sentence's subject, names the speaker
  if (ctx.paragraphs[p]!.text.endsWith(':') && pb >= pa) {
    const [s0] = sentenceAt(ctx, pb);
    const mention = speakingCue(ctx, pb, s0, -1)?.mention ?? sentenceSubject(ctx, s0, pb);
    if (mention) return attribution(mention, null, 'continuation', 0.8);
  }
  // the speaker of the previous paragraph's last attributed quotation goes on speaking
  for (let k = qi - 1; k >= 0; k--) {
    const other = quotes[k]!;
    if (other.paragraphs.at(-1)! < p) break;
    if (other.depth > 0 || !other.paragraphs.includes(p)) continue;
    const a = earlier[k]!;
    if (a.mention || a.sameAs !== null) {
      return attribution(a.mention, null, 'continuation', 0.55, a.sameAs ?? k);
    }
  }
  // or the subject of its last reporting clause: "Smith said the plan would fail."
  const mention = speakingCue(ctx, pb, pa, -1)?.mention;
  return mention ? attribution(mention, null, 'continuation', 0.5) : NO_SPEAKER('not-speech', 0.5);
}

/**
 * The first strong cue whose subject can be found, walking from `from` towards `to`, with that
 * subject: the reporting clause a quotation elsewhere can lean on.
 */
function speakingCue(
  ctx: TokenContext,
  from: number,
  to: number,
  step: 1 | -1,
  speaks = (_: TokenRange) => true,
): { cue: Cue; mention: TokenRange } | null {
  let mention: TokenRange | null = null;
  const cue = scanForCue(
    ctx,
    from,
    to,
    step,
    (c) => c.strength === 'strong' && (mention = subjectOf(ctx, c)) !== null && speaks(mention),
    true,
  );
  return cue && mention ? { cue, mention } : null;
}

/**
 * Confidences are the precision each rule reached on PolNeAR's training split (scored as the shared
 * scorer does), so that "0.9" means about nine in ten right. A speaker named by a description
 * ("the group", "a spokesman") is wrong more often than one named by name or pronoun, unless the
 * cue stands right after the quotation.
 */
function described(
  ctx: TokenContext,
  mention: TokenRange,
  confidence: number,
  penalise: boolean,
): number {
  if (!penalise || isPronoun(ctx, mention)) return confidence;
  const first = ctx.tokens[mention[0]]!;
  const named = CAPITALISED.test(first.value) && !/^(?:the|a|an)$/i.test(first.value);
  return named ? confidence : Math.round((confidence - 0.2) * 100) / 100;
}

/**
 * A report inside another's report is the outer speaker's: "Trump said Clinton called it “…”",
 * "Obama said Americans will say “no”" (no clause break between the two), and "Ryan said, after
 * the vote, that the protests demand “more listening”" (a thing does not speak). A fronted
 * subordinate clause frames nothing: "When Clinton noted that …, Trump boasted, “…”".
 *
 * @returns the outer reporting cue and its subject, or null when the inner one stands
 */
function outerReport(
  ctx: TokenContext,
  cue: Cue,
  mention: TokenRange,
  headStart: number,
): { cue: Cue; mention: TokenRange } | null {
  const { tokens } = ctx;
  const inner = Math.min(mention[0], cue.range[0]) - 1;
  const speaks = (m: TokenRange): boolean => canSpeak(tokens, antecedentOf(ctx, m), true);
  // (a cue whose subject cannot speak is passed over: "said in her opening remarks that …")
  const outer = speakingCue(ctx, inner, headStart, -1, speaks);
  if (!outer) return null;
  const opener = outer.mention[0] - 1;
  const fronted =
    SUBORDINATE.has(tokens[opener]?.lower ?? '') &&
    (opener === headStart || tokens[opener - 1]!.value === ',');
  return !fronted && (!clauseBreak(ctx, outer.cue.range[1] + 1, inner) || !speaks(mention))
    ? outer
    : null;
}

/**
 * A comma, semicolon, dash, quotation, "and"/"but" or a word opening a clause of time between
 * tokens `from` and `to`: the two are not one clause ("a woman asked for a photo and Clinton
 * said", "Cruz said as the heckler yelled": neither is a report in a report).
 */
function clauseBreak(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++)
    if (
      /^(?:[,;:—–―]|--?|and|but|as|when|while|after|before|until)$/.test(ctx.tokens[k]!.lower) ||
      ctx.quoteOf[k]! >= 0
    )
      return true;
  return false;
}

/**
 * "He released a letter that says he has “good health”": a document's words are its issuer's,
 * the subject of the clause the document stands in. Not "the report, which notes": a document set
 * apart by a comma speaks for itself.
 */
function issuerOf(ctx: TokenContext, mention: TokenRange): TokenRange | null {
  const { tokens } = ctx;
  const doc = antecedentOf(ctx, mention);
  if (
    doc === mention ||
    tokens[doc[1] + 1]!.value === ',' ||
    !tokens.slice(doc[0], doc[1] + 1).some((t) => DOCUMENT_NOUNS.has(t.lower))
  )
    return null;
  const issuer = nearestSubject(ctx, doc[0], false);
  return issuer && canSpeak(tokens, issuer) ? issuer : null;
}

/** What a mention stands for in its clause: a relative pronoun's antecedent, or the mention itself. */
function antecedentOf(ctx: TokenContext, mention: TokenRange): TokenRange {
  return (mention[0] === mention[1] && relativeAntecedent(ctx.tokens, mention[0])) || mention;
}

function isPronoun(ctx: TokenContext, mention: TokenRange): boolean {
  return mention[0] === mention[1] && ctx.tokens[mention[0]]!.pos === 'PRON';
}

// "Harold Finch was told:" — a passive clause's subject heard the words, it did not say them
function isPassive(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    if (ctx.tokens[k]!.pos === 'VERB') return PASSIVE_AUX.has(ctx.tokens[k - 1]!.lower);
  }
  return false;
}

/** One or two quoted words inside a name: Del. Marcia “Cia” Price. */
function isNickname(ctx: TokenContext, qa: number, qb: number): boolean {
  return qb - qa <= 4 && ctx.tokens[qa - 1]?.pos === 'PROPN' && ctx.tokens[qb + 1]?.pos === 'PROPN';
}

// Quotation `qi` is the next item of a list after quotation qi - 1: “A” and “B”, “A,” “B” or “C”
function inList(ctx: TokenContext, qi: number): boolean {
  const pb = ctx.quoteTokens[qi - 1]?.[1] ?? -2;
  const qa = ctx.quoteTokens[qi]![0];
  return (
    pb >= 0 &&
    qa - pb > 1 &&
    qa - pb <= 3 &&
    ctx.tokens.slice(pb + 1, qa).every((t) => /^(?:,|and|or)$/.test(t.lower))
  );
}

function isTitleCase(text: string): boolean {
  const words = text.replace(/[,.;:!?]+$/, '').split(/\s+/);
  return words.every(
    (w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())),
  );
}

// A short quoted name in title case after "on", "in" or a work's noun, or before one, is a title,
// not speech: on “Fox News Sunday,” the book “Fire and Fury”, the “Harbor Voices” radio program.
function isTitle(ctx: TokenContext, q: DetectedQuote, qa: number, qb: number): boolean {
  const { tokens } = ctx;
  const words = q.text.replace(/[,.;:!?]+$/, '').split(/\s+/);
  // a title may close the writer's sentence (on CNN's “State of the Union.”) but is no sentence
  // itself, unless it stands alone as a subheading
  const [pa, pb] = ctx.paragraphTokens[q.paragraph]!;
  const alone = pa === qa && pb === qb;
  if (words.length > 7 || (q.kind === 'full' && /[.!?]["”’]?$/.test(q.text) && !alone))
    return false;
  if (!isTitleCase(q.text)) return false;
  const prev = tokens[qa - 1];
  if (isNickname(ctx, qa, qb)) return true;
  if (prev !== undefined && (BEFORE_TITLE.has(prev.lower) || /^['’]s$/.test(prev.value)))
    return true;
  // "the broadcast of “Fox News Sunday”", "“The Steve Harvey Morning Show”": a work named around it
  if (prev?.lower === 'of' && WORKS.has(tokens[qa - 2]?.lower ?? '')) return true;
  if (WORKS.has(words.at(-1)!.toLowerCase())) return true;
  // a subheading: a paragraph that is nothing but a short quoted name ('All Bets Are Off.')
  if (alone) return true;
  // or a work named right after it: the “Harbor Voices” radio program
  if ([tokens[qb + 1], tokens[qb + 2]].some((t) => WORKS.has(t?.lower ?? ''))) return true;
  // or a name used as a modifier: the “Avatar” star, “Broad City” star Arturo Castro
  const opensSentence = sentenceAt(ctx, qa)[0] === qa;
  return (opensSentence || prev?.pos === 'DET') && tokens[qb + 1]?.pos === 'NOUN';
}
