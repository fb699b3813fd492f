import { sentenceAt, type TokenContext } from '../../document/token-context.js';
import { GENDERED_PRONOUNS } from '../../lexicon/gendered-pronouns.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/subject-pronouns.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import type { TokenRange } from '../../mentions/noun-phrase.js';
import { MAX_CLAUSE_TOKENS } from '../../reported/clause-bounds.js';
import { TITLE_WORDS } from '../../lexicon/title-words.js';
import { TIME_WORDS } from '../../lexicon/time-words.js';

/**
 * How far past a name a comma-set aside may run before the clause's verb: "Simone Kettering, who
 * has worked with the band since 2012, said she …" is about 12 tokens.
 */
const ASIDE_REACH = 25;
/**
 * The farthest a subject's pronoun, a second verb of theirs or another name before theirs is
 * looked for, in tokens: a reported clause's reach (the longest sentence of the evaluation sets
 * is 110 words). A sentence that never ends ("Smith said that Jones said that …, and …") would
 * otherwise cost every name in it a reading of the whole sentence.
 */
const SUBJECT_REACH = MAX_CLAUSE_TOKENS;

/** The subject forms of the gendered pronouns: "he", "she". */
const SUBJECT_FORMS: ReadonlySet<string> = new Set(
  Object.keys(GENDERED_PRONOUNS).filter((p) => p in SUBJECT_PRONOUNS),
);

/**
 * Is token `k` a name other than the one at `site`: a capitalised word inside a sentence, no day
 * or month ("said in a statement Thursday that she …")?
 */
function isOtherName(ctx: TokenContext, k: number, site: TokenRange): boolean {
  const t = ctx.tokens[k]!;
  if (k >= site[0] && k <= site[1]) return false;
  return (
    t.pos === 'PROPN' &&
    CAPITALISED.test(t.value) &&
    k !== sentenceAt(ctx, k)[0] &&
    !TITLE_WORDS.has(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    ctx.quoteOf[k] === -1
  );
}

/**
 * Is token `k` a possessive in what the subject of `verb`, a verb of saying, says: "Akin said many
 * of his members …", "Holt said her office …". Not "told her" (the hearer), nor after a verb
 * that is no saying ("granted asylum to her daughter").
 */
function saysOwn(ctx: TokenContext, verb: number, k: number): boolean {
  return isPossessive(ctx.tokens, k) && ctx.tokens[verb]!.lemma === 'say';
}

/** Is token `k` a possessive: "his", or "her" before a noun or adjective ("her office")? */
function isPossessive(tokens: TokenContext['tokens'], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]!.lower === 'his' ||
    (tokens[k]!.lower === 'her' &&
      next !== undefined &&
      (next.pos === 'NOUN' || next.pos === 'ADJ'))
  );
}

/**
 * The subject pronoun of a verb of saying joined to the subject's own by "and", from token `from`
 * on in the sentence: ", and said he …". No other subject comes between "and" and the verb, so
 * the verb is the first subject's.
 *
 * @returns the pronoun's token, or -1
 */
function coordinatedSaying(ctx: TokenContext, from: number, sentence: number): number {
  const { tokens } = ctx;
  for (
    let k = from;
    k + 2 < tokens.length && k - from < SUBJECT_REACH && ctx.sentenceOf[k + 2] === sentence;
    k++
  ) {
    if (ctx.quoteOf[k] !== -1 || tokens[k]!.lower !== 'and') continue;
    const verb = tokens[k + 1]!;
    const pronoun = k + 2 + (tokens[k + 2]!.lower === 'that' ? 1 : 0);
    if (verb.lemma === 'say' && SUBJECT_FORMS.has(tokens[pronoun]?.lower ?? '')) return pronoun;
  }
  return -1;
}

/**
 * The first gendered pronoun in an aside on the name, a relative or participle clause set off by
 * a comma: "said Luis Ant, who rode out the storm aboard his boat", "Roy, asked whether he would
 * stay, smiled". A subject or a possessive there is the named person's; an object ("who met her")
 * is as often someone else's, and so is anything past another name.
 *
 * @returns the pronoun's token, or -1
 */
function asidePronoun(ctx: TokenContext, site: TokenRange): number {
  const { tokens } = ctx;
  const opener = tokens[site[1] + 2];
  if (tokens[site[1] + 1]?.value !== ',' || !opener) return -1;
  if (opener.lower !== 'who' && !(opener.pos === 'VERB' && /(?:ed|ing)$/.test(opener.lower)))
    return -1;
  const sentence = ctx.sentenceOf[site[1]];
  for (let k = site[1] + 3; k - site[1] < ASIDE_REACH && ctx.sentenceOf[k] === sentence; k++) {
    if (tokens[k]!.value === ',' || ctx.quoteOf[k] !== -1 || isOtherName(ctx, k, site)) break;
    if (GENDERED_PRONOUNS[tokens[k]!.lower])
      return SUBJECT_FORMS.has(tokens[k]!.lower) || isPossessive(tokens, k) ? k : -1;
  }
  return -1;
}

/** Is another name written before the one at `site`, in its sentence? */
function nameBefore(ctx: TokenContext, site: TokenRange): boolean {
  const start = Math.max(sentenceAt(ctx, site[0])[0], site[0] - SUBJECT_REACH);
  for (let k = start; k < site[0]; k++) if (isOtherName(ctx, k, site)) return true;
  return false;
}

/**
 * The clause verb a name is the subject of: right after it ("Holt did not respond"), or after an
 * aside set off by commas ("Kettering, who has worked with Moyer, said").
 *
 * @returns the verb's token, or -1 when the name is no subject
 */
function verbAfterSubject(ctx: TokenContext, site: TokenRange): number {
  const { tokens } = ctx;
  let k = site[1] + 1;
  // "The chairman of the committee, Prakash Menon, said": the name closes an appositive, and the
  // verb comes right after it
  const closesAppositive =
    tokens[site[0] - 1]?.value === ',' && tokens[k]?.value === ',' && isVerb(ctx, k + 1);
  if (closesAppositive) k += 1;
  else if (tokens[k]?.value === ',') {
    const sentence = ctx.sentenceOf[site[1]];
    let close = k + 1;
    while (
      close < tokens.length &&
      close - k < ASIDE_REACH &&
      tokens[close]!.value !== ',' &&
      ctx.sentenceOf[close] === sentence
    )
      close++;
    if (tokens[close]?.value !== ',') return -1;
    k = close + 1;
  }
  return isVerb(ctx, k) ? k : -1;
}

/** Is token `k` a verb of the writer's (outside quotations)? */
function isVerb(ctx: TokenContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && ctx.quoteOf[k] === -1;
}

/**
 * Pronouns that refer to a person named as a clause's subject, read the way writers chain them:
 * the first gendered pronoun after the verb in the same sentence ("Keating said he found …",
 * "Holt did not respond to questions sent to her office"), and a pronoun opening the next sentence
 * of the writer's ("Okorie said. … She said …"), each only while no other name comes between.
 * Quotations are skipped: their pronouns are the speaker's own words.
 *
 * @param ctx the article's tokens
 * @param sites where the article names the person
 * @returns the pronouns' tokens
 */
export function subjectPronouns(ctx: TokenContext, sites: readonly TokenRange[]): number[] {
  const { tokens } = ctx;
  const found: number[] = [];
  for (const site of sites) {
    if (ctx.quoteOf[site[0]] !== -1) continue;
    const aside = asidePronoun(ctx, site);
    if (aside >= 0) found.push(aside);
    const verb = verbAfterSubject(ctx, site);
    if (verb < 0) continue;
    const sentence = ctx.sentenceOf[verb]!;
    // the same sentence, after the verb
    let k = verb + 1;
    for (; k < tokens.length && k - verb <= SUBJECT_REACH && ctx.sentenceOf[k] === sentence; k++) {
      if (ctx.quoteOf[k] !== -1) continue;
      if (isOtherName(ctx, k, site)) {
        // past another name, only a second verb of the subject's own: "Costigan spent six
        // seasons at Dunmere, and said he …"
        const and = coordinatedSaying(ctx, k, sentence);
        if (and >= 0) found.push(and);
        break;
      }
      if (GENDERED_PRONOUNS[tokens[k]!.lower]) {
        // an object or possessive after the verb is as often someone else's: "granted asylum to
        // her daughter"; a subject pronoun is the subject's own: "said he found", and so is a
        // possessive in what they say: "said many of his members"
        if (SUBJECT_FORMS.has(tokens[k]!.lower) || saysOwn(ctx, verb, k)) found.push(k);
        break;
      }
    }
    // the writer's next sentence, when a pronoun opens it, in this paragraph or the next; only
    // for the sentence's first name, its main subject ("Dascu said Brancu had … Her party …")
    if (nameBefore(ctx, site)) continue;
    k = ctx.sentences[sentence]![1] + 1;
    while (k < tokens.length && ctx.quoteOf[k] !== -1) k++;
    const next = ctx.sentenceOf[k];
    if (next === undefined || next === sentence) continue;
    const opener = ctx.sentences[next]![0];
    if (
      opener === k &&
      GENDERED_PRONOUNS[tokens[k]!.lower] &&
      ctx.paragraphOf[k]! - ctx.paragraphOf[verb]! <= 1
    )
      found.push(k);
  }
  return found;
}
