import type { ParagraphKind } from '../types.js';

/** Lines that only credit an image: "Example Photo", "(AP Photo/Jane Doe)", "Getty Images". */
const CREDIT = /^\(?[^.!?]{0,60}\b(?:photo|photograph|image|images|illustration|credit|file)s?\b[^.!?]{0,60}\)?$/i;
/** A caption ends with the credit in parentheses: "… on May 1. (Jane Doe/Agency via Getty Images)". */
const CAPTION_CREDIT = /\((?:[^()]*\/[^()]*|[^()]*\b(?:photo|images?|getty|reuters|afp|ap)\b[^()]*)\)\s*$/i;
/** "By Jane Doe", "By Jane Doe and John Roe, Staff Writers". */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and)\s.*)?$/iu;
/** "From The Example Times", "Source: Example News", "This article first appeared in …". */
const SOURCE = /^(?:from|source:|originally published|this (?:article|story) (?:first |originally )?appeared)\s/i;

/**
 * Tells what a paragraph is from its text and position. A headline is the first paragraph when it
 * is a short single line; captions and credits are recognised by the credit they carry.
 *
 * @param text the paragraph, trimmed
 * @param index its position in the article
 * @param count how many paragraphs the article has
 * @returns the paragraph's kind
 */
export function paragraphKind(text: string, index: number, count: number): ParagraphKind {
  const words = text.split(/\s+/).length;
  const lines = text.split(/\r?\n/);
  const firstLine = (lines[0] ?? '').trim();
  if (words <= 12 && SOURCE.test(text)) return 'source';
  if (words <= 14 && lines.length === 1 && BYLINE.test(text)) return 'byline';
  if (words <= 8 && lines.length === 1 && CREDIT.test(text) && !/[.!?]["”’]?$/.test(text)) return 'credit';
  if (CAPTION_CREDIT.test(text) || (lines.length > 1 && CREDIT.test(firstLine) && firstLine.split(/\s+/).length <= 6)) {
    return 'caption';
  }
  if (index === 0 && count > 1 && lines.length === 1 && words <= 30 && looksLikeTitle(text)) return 'headline';
  return 'body';
}

// A headline either lacks a final full stop or capitalises most of its words.
function looksLikeTitle(text: string): boolean {
  if (!/[.!?]["”’']?$/.test(text)) return true;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= words.length * 0.6;
}
