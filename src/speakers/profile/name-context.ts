import type { TokenContext } from '../../document/token-context.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import { POSSESSIVE_MARK, type TokenRange } from '../../mentions/noun-phrase.js';
import { HONORIFICS } from '../../lexicon/honorifics.js';
import { TITLE_WORDS } from '../../lexicon/title-words.js';
import { ROLE_NOUNS } from '../../lexicon/role-nouns.js';
import type { Token } from '../../nlp/token.js';

/**
 * How many tokens before a name are read for its title: "Australian Deputy Prime Minister and
 * Minister for Foreign Affairs" is about the longest title news puts before a name.
 */
const TITLE_REACH = 8;

/**
 * How many tokens of an appositive are read: "Marise Payne, Australia's foreign minister, …" and
 * "Jane Doe, a spokeswoman for Blue Tide Ferries, …" fit; a longer aside is a clause of its own.
 */
const APPOSITIVE_REACH = 10;

const DETERMINER = /^(?:a|an|the|another|one|this|that)$/;

/** The singular of a plural role noun: "officials" → "official", "spokeswomen" → "spokeswoman". */
export function singularRole(word: string): string {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('s') && word.slice(0, -1) in ROLE_NOUNS) return word.slice(0, -1);
  return word;
}

/** Is the lower-cased word a role noun, or the plural of one ("officials"), or "people"? */
export function isRoleWord(word: string): boolean {
  return word === 'people' || singularRole(word) in ROLE_NOUNS;
}

/** Is the token a role noun: "spokeswoman", "official", "officials"? */
export function isRoleNoun(t: Token): boolean {
  return singularRole(t.lower) in ROLE_NOUNS;
}

/** Is the token a title word or a role noun: "Secretary", "minister", "spokeswoman"? */
export function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || isRoleNoun(t);
}

/** Can the token be part of a title written before a name ("Secretary of State", "foreign minister")? */
function isTitleToken(t: Token): boolean {
  return isTitleWord(t) || t.value === '-';
}

/**
 * The title or role written right before a name, with whatever it belongs to: "Secretary of
 * State" in "Secretary of State Antony Blinken", "China's foreign minister" in "China's foreign
 * minister Wang Yi", "Kildare County Council spokeswoman" before a name. Honorifics are no title.
 *
 * @param ctx the article's tokens
 * @param first the name's first token
 * @returns the phrase's tokens, or null when nothing of a title stands before the name
 */
export function phraseBeforeName(ctx: TokenContext, first: number): TokenRange | null {
  const { tokens } = ctx;
  let k = first - 1;
  while (k >= 0 && HONORIFICS[tokens[k]!.lower]) k--;
  const end = k;
  let start = end + 1;
  // a title's words, then what it belongs to: capitalised words or a possessive ("China's")
  for (; k >= 0 && end - k < TITLE_REACH; k--) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== ctx.quoteOf[first] || ctx.sentenceOf[k] !== ctx.sentenceOf[first]) break;
    // "Minister of State for Planning": a portfolio after "for" is part of the title
    // (between capitalised words: "a spokesman for Senator Lydia Marsh" is no title of hers)
    const portfolio =
      t.lower === 'for' &&
      k < end &&
      k > 0 &&
      isTitleToken(tokens[k - 1]!) &&
      CAPITALISED.test(tokens[k - 1]!.value) &&
      CAPITALISED.test(tokens[k + 1]!.value);
    if ((isTitleToken(t) || portfolio) && !(t.lower === 'of' && k === end)) start = k;
    else if (POSSESSIVE_MARK.test(t.value) && k > 0 && CAPITALISED.test(tokens[k - 1]!.value)) {
      // the possessor ends the phrase: "China's foreign minister"
      if (start <= end) start = k - 1;
      break;
    } else if (CAPITALISED.test(t.value) && t.pos !== 'DET' && start <= end) start = k;
    else break;
  }
  // the words at the front that are neither title nor possessive are no part of it ("Yesterday")
  while (start <= end && !isTitleToken(tokens[start]!) && !startsOrganization(tokens, start, end))
    start++;
  return start <= end && tokens.slice(start, end + 1).some(isTitleToken) ? [start, end] : null;
}

/** Do the tokens from `start` run, capitalised, up to a title word (an organisation before its role)? */
function startsOrganization(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!;
    if (isTitleToken(t)) return k > start;
    if (!CAPITALISED.test(t.value) && !POSSESSIVE_MARK.test(t.value)) return false;
  }
  return false;
}

/**
 * The appositive after a name: "Jane Doe, a spokeswoman for Blue Tide Ferries," → "a spokeswoman
 * for Blue Tide Ferries"; "Marise Payne, Australia's foreign minister," → "Australia's foreign
 * minister". Only a noun phrase counts: "Jane Doe, who …" and "Jane Doe, whose son …" do not.
 *
 * @returns the appositive's tokens (its determiner included), or null
 */
export function appositiveAfter(ctx: TokenContext, last: number): TokenRange | null {
  const { tokens } = ctx;
  if (tokens[last + 1]?.value !== ',') return null;
  const start = last + 2;
  const opener = tokens[start];
  if (!opener || ctx.quoteOf[start] !== ctx.quoteOf[last]) return null;
  const opensNounPhrase =
    DETERMINER.test(opener.lower) ||
    isTitleToken(opener) ||
    (CAPITALISED.test(opener.value) && POSSESSIVE_MARK.test(tokens[start + 1]?.value ?? ''));
  if (!opensNounPhrase) return null;
  let end = start;
  for (let k = start; k < tokens.length && k - start < APPOSITIVE_REACH; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.value !== '-' && t.value !== '.') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || ctx.quoteOf[k] !== ctx.quoteOf[last]) break;
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[last]) break;
    end = k;
  }
  return tokens.slice(start, end + 1).some(isRoleNoun) ? [start, end] : null;
}

/**
 * The appositive before a name: "Australia's foreign minister, Marise Payne, called …" →
 * "Australia's foreign minister"; "the airline's spokeswoman, Jane Doe" → "the airline's
 * spokeswoman"; "the chairwoman of the planning committee, Jane Doe, said" → all of it, the role
 * being its head. A phrase whose last word is no role noun counts only when the name is set off
 * after it too (a comma, or the sentence's end): "After meeting the chair of the board, Doe said"
 * has no appositive.
 *
 * @param last the name's last token
 * @returns the appositive's tokens, or null
 */
export function appositiveBefore(
  ctx: TokenContext,
  first: number,
  last = first,
): TokenRange | null {
  const { tokens } = ctx;
  // an honorific is part of the name here: "the commissioner, Mrs Ada Cole,"
  while (HONORIFICS[tokens[first - 1]?.lower ?? '']) first--;
  if (tokens[first - 1]?.value !== ',') return null;
  const end = first - 2;
  if (end < 0 || ctx.quoteOf[end] !== ctx.quoteOf[first]) return null;
  const after = tokens[last + 1];
  const setOff = !after || after.value === ',' || ctx.sentenceOf[last + 1] !== ctx.sentenceOf[last];
  if (!isRoleNoun(tokens[end]!) && !(setOff || /^[.!?;:]$/.test(after.value))) return null;
  let start = -1;
  for (let k = end; k >= 0 && end - k < APPOSITIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && !POSSESSIVE_MARK.test(t.value) && t.value !== '-') break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ') break;
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[end] || ctx.quoteOf[k] !== ctx.quoteOf[end]) break;
    start = k;
    // "the chairman of the selection committee": the phrase goes on past an "of the"
    if (DETERMINER.test(t.lower) && tokens[k - 1]?.lower !== 'of') break;
  }
  if (start < 0) return null;
  return isRoleNoun(tokens[end]!) || headRoleNouns(tokens, [start, end]).length > 0
    ? [start, end]
    : null;
}

/**
 * The head of a role phrase: the role nouns before its first preposition ("the wife of the
 * mayor" → wife, not mayor; "a spokeswoman for Blue Tide Ferries" → spokeswoman).
 *
 * @returns the indices of those role nouns
 */
export function headRoleNouns(tokens: readonly Token[], range: TokenRange): number[] {
  const heads: number[] = [];
  for (let k = range[0]; k <= range[1]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' && heads.length > 0) break;
    if (isRoleNoun(t)) heads.push(k);
  }
  return heads;
}
