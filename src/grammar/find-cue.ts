import { REPORTED } from '../lexicon/reported-forms.js';
import { phraseStartingAt, type TokenRange } from '../mentions/noun-phrase.js';
import { subjectOf } from './subjects.js';
import { cueAt, type Cue } from './cue-at.js';
import { REACH, sentenceAt, type TokenContext } from '../document/token-context.js';

/** At most this many quotations of one sentence are stepped over looking for a cue. */
const MAX_QUOTES_CROSSED = 4;

/**
 * The first cue met walking from `from` towards `to` (step ±1) through at most {@link REACH}
 * tokens of the writer's: backwards it steps over other quotations whole, forwards a quotation
 * ends the walk unless `crossQuotes`. `accept` narrows which cues count.
 */
export function scanForCue(
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
      if (
        (!crossQuotes && !isNickname(ctx, qa, qb) && !inList(ctx, q)) ||
        ++crossed > MAX_QUOTES_CROSSED
      )
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

/** "according to X" anywhere in the writer's text of the sentence. */
export function findAccordingTo(ctx: TokenContext, qa: number, qb: number): Cue | null {
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
 * "“…,” Day said, reports the Gazette." · "…, the Gazette reported.": a report that closes the
 * sentence after a comma names the outer source of all of it, as "according to" does.
 *
 * @returns the cue, or null when the sentence the quotation ends in does not close so
 */
export function closingReport(ctx: TokenContext, qb: number): Cue | null {
  return closingCue(ctx, qb, (k) => REPORTED.has(ctx.tokens[k]!.lower));
}

/**
 * "… signals “the end” for the union, said Geert Vos." · "…, Vos said.": a verb of saying that
 * closes the sentence after a comma, with its subject, frames the whole sentence.
 *
 * @param verb whether the word at a token is the kind of cue wanted
 * @returns the cue, or null when the sentence the quotation ends in does not close so
 */
export function closingCue(
  ctx: TokenContext,
  qb: number,
  verb: (k: number) => boolean,
): Cue | null {
  const { tokens } = ctx;
  let end = sentenceAt(ctx, qb)[1];
  while (end > qb && /^[.!”"’']$/.test(tokens[end]!.value)) end--;
  // "…, the Gazette (first) reported."
  if (verb(end)) {
    const cue = cueAt(tokens, end);
    const subject = cue && cue.strength === 'strong' && subjectOf(ctx, cue);
    return subject && subject[0] > qb + 1 && /^[,”"’]$/.test(tokens[subject[0] - 1]!.value)
      ? cue
      : null;
  }
  // "…, reports the Gazette." (the tagger may read "reports" as a noun), "…, said Vos, a founder."
  for (let k = end - 1; k > qb + 1 && end - k <= CLOSING_SOURCE; k--) {
    if (!verb(k) || !/^[,”"’]$/.test(tokens[k - 1]!.value)) continue;
    // a subject before the verb, past an aside, is its subject ("the selector, who watched, told
    // this newspaper"): the verb is inverted only with none there
    const cue = cueAt(tokens, k);
    const before = cue && subjectOf(ctx, cue);
    if (before && before[1] < k) return before[0] > qb ? cue : null;
    const source = phraseStartingAt(tokens, k + 1, end);
    const closes = source && (source[1] === end || tokens[source[1] + 1]!.value === ',');
    return closes ? { range: [k, k], strength: 'strong', agent: true } : null;
  }
  return null;
}

/** A closing cue stands this many tokens at the most from the sentence's end: "said Vos, a founder of the party". */
const CLOSING_SOURCE = 16;

/**
 * The first strong cue whose subject can be found, walking from `from` towards `to`, with that
 * subject: the reporting clause a quotation elsewhere can lean on.
 */
export function speakingCue(
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

/** The tokens of a cue as shown on the output. */
export function cueSpan(ctx: TokenContext, cue: Cue): TokenRange {
  const [a, b] = cue.range;
  // "added:" — the colon that introduces the quotation is part of the cue
  return ctx.tokens[b + 1]?.value === ':' ? [a, b + 1] : [a, b];
}

/** A quoted nickname is this many tokens at the most, marks included: “Cia”, “The Rock”. */
const NICKNAME_TOKENS = 5;

/** One or two quoted words inside a name: Del. Marcia “Cia” Price. */
export function isNickname(ctx: TokenContext, qa: number, qb: number): boolean {
  return (
    qb - qa < NICKNAME_TOKENS &&
    ctx.tokens[qa - 1]?.pos === 'PROPN' &&
    ctx.tokens[qb + 1]?.pos === 'PROPN'
  );
}

/** Between two items of a list of quotations stand at most this many tokens: `, and`, `or`. */
const LIST_GAP = 2;

/** Quotation `qi` is the next item of a list after quotation qi - 1: “A” and “B”, “A,” “B” or “C”. */
export function inList(ctx: TokenContext, qi: number): boolean {
  const pb = ctx.quoteTokens[qi - 1]?.[1] ?? -2;
  const qa = ctx.quoteTokens[qi]![0];
  return (
    pb >= 0 &&
    qa - pb > 1 &&
    qa - pb <= LIST_GAP + 1 &&
    ctx.tokens.slice(pb + 1, qa).every((t) => /^(?:,|and|or)$/.test(t.lower))
  );
}
