import { cueAt, type Cue } from '../grammar/cue-at.js';
import type { TokenContext } from '../document/token-context.js';

/** An article's tokens in context, with the reporting cue at each token read once. */
export interface ReportContext {
  readonly ctx: TokenContext;
  /** The reporting cue at token `k` in the writer's text, or null (always null inside quotations). */
  cue(k: number): Cue | null;
}

/**
 * Wraps the token context for the reported-speech rules, which each ask about the cues of a
 * sentence: {@link cueAt} reads every token's cue at most once, and a quotation's words are
 * never the writer's cue.
 *
 * @param ctx the article's tokens in context
 * @returns the context with its cue reader
 */
export function reportContext(ctx: TokenContext): ReportContext {
  return {
    ctx,
    cue: (k) => (ctx.quoteOf[k]! >= 0 ? null : cueAt(ctx.tokens, k)),
  };
}
