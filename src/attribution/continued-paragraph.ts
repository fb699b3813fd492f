import type { Site } from './site.js';

/** A quotation-only paragraph goes on from a paragraph of running text at most this many back. */
const PARAGRAPHS_BACK = 3;

/**
 * The paragraph of running text a quotation-only paragraph goes on from: the previous body
 * paragraph (captions and credits between are skipped), when the quotation opens its paragraph.
 *
 * @returns that paragraph's index, or null
 */
export function continuedParagraph({ ctx, quote, first, paragraphStart }: Site): number | null {
  if (first !== paragraphStart) return null;
  let p = quote.paragraph - 1;
  while (p >= 0 && ctx.paragraphs[p]!.kind !== 'body') p--;
  return p < 0 || quote.paragraph - p > PARAGRAPHS_BACK ? null : p;
}
