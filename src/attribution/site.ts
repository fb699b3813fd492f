import { DASHES } from '../lexicon/dashes.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import { type TokenRange } from '../mentions/noun-phrase.js';
import type { DetectedQuote, Paragraph } from '../types.js';
import { findAccordingTo, scanForCue } from '../grammar/find-cue.js';
import { ownerOfWords } from './reports.js';
import { opensClause, type Cue } from '../grammar/cue-at.js';
import { sentenceAt, type TokenContext } from '../document/token-context.js';

/**
 * One quotation and what stands around it, read once and shared by every sieve: its tokens, its
 * sentence, the cues before and after it.
 */
export interface Site {
  /** The article's tokens in context. */
  readonly ctx: TokenContext;
  /** Every quotation of the article, in text order. */
  readonly quotes: readonly DetectedQuote[];
  /** The quotation's index in `quotes`. */
  readonly index: number;
  readonly quote: DetectedQuote;
  /** The paragraph the quotation starts in. */
  readonly paragraph: Paragraph;
  /** The first token of that paragraph. */
  readonly paragraphStart: number;
  /** The quotation's first token (its opening mark), -1 when it has none (a nested quotation). */
  readonly first: number;
  /** The quotation's last token (its closing mark or last word). */
  readonly last: number;
  /** The first token of the sentence the quotation opens in. */
  readonly sentenceStart: number;
  /** The last token of the sentence the quotation closes in. */
  readonly sentenceEnd: number;
  /** The nearest cue before the quotation in its sentence (a strong one over a nearer weak one). */
  readonly cueBefore: Cue | null;
  /** The first cue after the quotation in its sentence, before any other quotation. */
  readonly cueAfter: Cue | null;
  /** "according to X" in the writer's text of the sentence, before the quotation or else after. */
  readonly accordingTo: Cue | null;
  /** `cueAfter` follows the quotation's own clause closely: `“…,” X said`, `“…,” said X`. */
  readonly cueAfterAdjacent: boolean;
  /** The quotation follows a colon, a comma or "that": `X said: “…”`, `X said that “…”`. */
  readonly introduced: boolean;
  /** The owner of a speech noun just before the quotation ("Osei's claim that “…”"), when no strong cue stands before it. */
  readonly owner: TokenRange | null;
}

/**
 * A cue after the quotation is adjacent within this many tokens: past a subject with its
 * apposition, "“…,” Rep. Jane Doe, the panel's senior Democrat, said"; further, it is another clause's.
 */
const CUE_AFTER_REACH = 16;

/**
 * Reads the surroundings of quotation `index` once.
 *
 * @param ctx the article's tokens in context
 * @param quotes its quotations, in text order
 * @param index which quotation
 */
export function buildSite(
  ctx: TokenContext,
  quotes: readonly DetectedQuote[],
  index: number,
): Site {
  const quote = quotes[index]!;
  const [first, last] = ctx.quoteTokens[index]!;
  return {
    ctx,
    quotes,
    index,
    quote,
    paragraph: ctx.paragraphs[quote.paragraph]!,
    paragraphStart: ctx.paragraphTokens[quote.paragraph]![0],
    first,
    last,
    // (a nested quotation has no tokens of its own: nothing around it is read)
    ...(first < 0 ? NOTHING_AROUND : readAround(ctx, quote, first, last)),
  };
}

/** What a sieve reads around a quotation, past the quotation itself. */
type Around = Omit<
  Site,
  'ctx' | 'quotes' | 'index' | 'quote' | 'paragraph' | 'paragraphStart' | 'first' | 'last'
>;

/** Around a nested quotation, which has no tokens of its own. */
const NOTHING_AROUND: Around = {
  sentenceStart: -1,
  sentenceEnd: -2,
  cueBefore: null,
  cueAfter: null,
  accordingTo: null,
  cueAfterAdjacent: false,
  introduced: false,
  owner: null,
};

/** Reads the quotation's sentence and what stands in it around tokens `first`..`last`. */
function readAround(ctx: TokenContext, quote: DetectedQuote, first: number, last: number): Around {
  const [sentenceStart] = sentenceAt(ctx, first);
  const [, sentenceEnd] = sentenceAt(ctx, last);
  const cueAfter = scanForCue(ctx, last + 1, sentenceEnd, 1);
  const cueBefore = scanForCue(ctx, first - 1, sentenceStart, -1);
  return {
    sentenceStart,
    sentenceEnd,
    cueBefore,
    cueAfter,
    // "“…,” Sanders said, according to CNN", "According to CNN, Sanders said “…”": the outer
    // source, who reports the speaker's words, is the source of the sentence
    accordingTo: findAccordingTo(ctx, first, last),
    cueAfterAdjacent: cueAfter !== null && isAdjacent(ctx, quote, last, cueAfter),
    introduced: /^(?:[:,]|that)$/.test(ctx.tokens[first - 1]?.lower ?? ''),
    // "Trump's claim that there were “thousands of shootings”", "rejected her remark that “…”":
    // the owner of the words, named after any weak cue, says them, unless a strong cue says otherwise
    owner:
      cueBefore?.strength === 'strong'
        ? null
        : ownerOfWords(ctx, first, cueBefore ? cueBefore.range[1] : sentenceStart),
  };
}

// "…," X said — nothing but the subject between the quotation and the cue, and the quotation
// ends its clause
function isAdjacent(ctx: TokenContext, quote: DetectedQuote, last: number, cue: Cue): boolean {
  const { tokens } = ctx;
  // (a capital is a name's, whatever the tagger says: "The Miami Herald reported")
  const between = !tokens
    .slice(last + 1, cue.range[0])
    .some(
      ({ pos, lower, value }) =>
        ((pos === 'VERB' || pos === 'AUX') && !CAPITALISED.test(value)) ||
        pos === 'SCONJ' ||
        pos === 'CCONJ' ||
        opensClause(lower),
    );
  // a comma, question or exclamation inside or right after the marks ends the clause; a partial
  // quote running on into the sentence is not followed by its cue
  const endsClause =
    quote.kind === 'full' ||
    /[,!?…]$/.test(quote.text) ||
    DASHES.has(quote.text.at(-1) ?? '') ||
    tokens[last + 1]?.value === ',';
  return between && endsClause && cue.range[0] - last <= CUE_AFTER_REACH;
}
