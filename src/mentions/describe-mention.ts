import { ARTICLES } from '../lexicon/articles.js';
import { DEFINITE_DETERMINERS } from '../lexicon/definite-determiners.js';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { NAME_SUFFIXES } from '../lexicon/name-suffixes.js';
import { NON_NAME_LEADS } from '../lexicon/non-name-leads.js';
import { NOT_LEADING_QUANTITIES } from '../lexicon/not-leading-quantities.js';
import { ORGANIZATION_NOUNS } from '../lexicon/organization-nouns.js';
import { PLACES } from '../lexicon/places.js';
import { QUANTITIES } from '../lexicon/quantities.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { ROLE_PREPOSITIONS } from '../lexicon/role-prepositions.js';
import { SUBJECT_PRONOUNS, type Gender, type SubjectPronoun } from '../lexicon/subject-pronouns.js';
import { TITLE_WORDS } from '../lexicon/title-words.js';
import { CAPITALISED } from '../lexicon/capitalised.js';
import { type TokenRange } from './noun-phrase.js';
import { ageEndingAt } from './age.js';
import { givenNameGender } from '../lexicon/given-names.js';
import { pronounOf } from './pronouns.js';
import type { Token } from '../nlp/token.js';
import type { SpeakerKind } from '../types.js';

/** A pronoun mention: "he", "she", "they". */
export interface PronounMention {
  readonly kind: 'pronoun';
  readonly pronoun: SubjectPronoun;
  readonly gender: Gender;
  readonly plural: boolean;
}

/** A mention by name or description. */
export interface DescribedMention {
  readonly kind: SpeakerKind;
  /** Canonical form: the name without titles, or the role without determiners, singular. */
  readonly name: string;
  /** Last word of a person's name, lower-cased, for joining "Blinken" to "Antony Blinken". */
  readonly surname: string | null;
  /** Given names of a person, lower-cased ("antony"), empty when only a surname is written. */
  readonly given: readonly string[];
  readonly gender: Gender;
  /** Role nouns the mention gives ("official", "senator" from "Sen."), for "the official" later. */
  readonly roles: readonly string[];
  /** "the official": refers back to someone already known; "a/another official": someone new. */
  readonly definite: boolean;
}

/** What a mention says about who it names. */
export type MentionInfo = PronounMention | DescribedMention;

/** A word for how many, or a number: "two officials", "some residents". */
const isQuantity = (word: string): boolean => QUANTITIES.has(word) || /^\d+$/.test(word);

/** Words that may open a description but never a name: "the", "another", "one of", "then-". */
const isLeadingNonName = (word: string): boolean =>
  ARTICLES.has(word) ||
  (QUANTITIES.has(word) && !NOT_LEADING_QUANTITIES.has(word)) ||
  NON_NAME_LEADS.has(word);

function singular(word: string): string {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function isNameToken(t: Token): boolean {
  return (
    (CAPITALISED.test(t.value) || NAME_SUFFIXES.has(t.lower)) &&
    !TITLE_WORDS.has(t.lower) &&
    !/^['’]s$/.test(t.value)
  );
}

/**
 * The person's name at the end of a run of tokens, titles stripped: "Secretary of State Antony
 * Blinken" → "Antony Blinken", "Mr. Obama" → "Obama".
 *
 * @returns the range of the name's tokens, or null when the run does not end in a name
 */
export function nameAtEnd(tokens: readonly Token[], a: number, b: number): TokenRange | null {
  let first = b + 1;
  for (let k = b; k >= a; k--) {
    const t = tokens[k]!;
    if (isNameToken(t)) first = k;
    else if (t.value === '-' && k > a && k < b && CAPITALISED.test(tokens[k - 1]!.value)) continue;
    else break;
  }
  return first <= b ? [first, b] : null;
}

/**
 * Reads a mention: a pronoun, a person's name (with the titles and honorifics around it), a role
 * description, a group, an organisation or a place.
 *
 * @param tokens the article's tokens
 * @param range the mention's tokens
 * @returns what the mention says about its referent
 */
export function describeMention(tokens: readonly Token[], range: TokenRange): MentionInfo {
  const [a, b] = range;
  const words = tokens.slice(a, b + 1);
  const first = words[0]!;
  const pronoun = a === b ? pronounOf(first.lower) : undefined;
  if (pronoun) return { kind: 'pronoun', pronoun, ...SUBJECT_PRONOUNS[pronoun] };
  // "the 48-year-old": someone described by their age, as the article gave it with their name
  const age = ageEndingAt(tokens, b);
  if (age) return unnamed('role', age, first.lower === 'the', 'unknown', [age]);
  const name = nameAtEnd(tokens, a, b);
  const split = personFrom(tokens, range, words) ?? roleWithWhere(tokens, range, words, name);
  if (split) return split;
  const last = words.at(-1)!;
  const { roles, gender } = rolesAndGender(words);
  const hasAnd = words.some((w) => w.lower === 'and' || w.value === '&');
  const nameWords = name ? nameParts(tokens, name[0], name[1]) : [];
  // "The New York Post", "the Justice Department", "the White House": an organisation by its head
  // word; "Secretary of State Antony Blinken" is a person, whatever the title holds
  const head = singular(last.lower);
  const roleHead = head in ROLE_NOUNS && !CAPITALISED.test(last.value);
  const orgWord =
    !roleHead &&
    (ORGANIZATION_NOUNS.has(last.lower) ||
      (nameWords.length === 0 &&
        words.some((w) => CAPITALISED.test(w.value) && ORGANIZATION_NOUNS.has(w.lower))));
  if (name && nameWords.length > 0 && !orgWord && !hasAnd)
    return namedMention(joined(tokens, name[0], name[1]), nameWords, roles, gender);
  return description(tokens, range, { head, roles, gender, hasAnd, orgWord });
}

/** A mention of no one by name: a role, a group, an organisation, a place. */
function unnamed(
  kind: SpeakerKind,
  name: string,
  definite = false,
  gender: Gender = 'unknown',
  roles: readonly string[] = [],
): DescribedMention {
  return { kind, name, surname: null, given: [], gender, roles, definite };
}

// "Rep. Elijah Cummings of Maryland", "a Democrat from Ohio": the place a person is from
function personFrom(
  tokens: readonly Token[],
  [a]: TokenRange,
  words: readonly Token[],
): MentionInfo | null {
  const from = words.findIndex(
    (w, i) =>
      i > 0 &&
      (w.lower === 'of' || w.lower === 'from') &&
      CAPITALISED.test(words[i - 1]!.value) &&
      !TITLE_WORDS.has(words[i - 1]!.lower),
  );
  if (
    from <= 0 ||
    !words.slice(from + 1).every((w) => CAPITALISED.test(w.value) || w.value === '.')
  )
    return null;
  const person = describeMention(tokens, [a, a + from - 1]);
  return person.kind === 'person' ? person : null;
}

// "a spokeswoman for Blue Tide Ferries", "the director of the agency": the role comes first —
// unless a title runs into a name ("Secretary of State Mike Pompeo") or the role is an appositive
// before one ("the minister for the coast, Ana Vos": she is the speaker)
function roleWithWhere(
  tokens: readonly Token[],
  [a, b]: TokenRange,
  words: readonly Token[],
  name: TokenRange | null,
): MentionInfo | null {
  const beforeName = name && name[0] > a ? tokens[name[0] - 1]!.lower : '';
  const titleRunsIntoName =
    TITLE_WORDS.has(beforeName) && beforeName !== 'of' && beforeName !== 'the';
  if (beforeName === ',') return null;
  const pp = words.findIndex(
    (w, i) =>
      i > 0 &&
      (ROLE_PREPOSITIONS.has(w.lower) ||
        (w.lower === 'of' &&
          !isQuantity(words[i - 1]!.lower) &&
          !(titleRunsIntoName && CAPITALISED.test(words[i - 1]!.value)))) &&
      singular(words[i - 1]!.lower) in ROLE_NOUNS,
  );
  if (pp <= 0) return null;
  const head = describeMention(tokens, [a, a + pp - 1]);
  return head.kind === 'role' || head.kind === 'group'
    ? { ...head, name: `${head.name} ${joined(tokens, a + pp, b)}` }
    : null;
}

/** The role nouns a mention's words give ("Sen." → senator), and the gender they tell. */
function rolesAndGender(words: readonly Token[]): { roles: Set<string>; gender: Gender } {
  const roles = new Set<string>();
  let gender: Gender = 'unknown';
  for (const w of words) {
    const honorific = HONORIFICS[w.lower];
    if (honorific) {
      if (honorific.gender !== 'unknown') gender = honorific.gender;
      if (honorific.role) roles.add(honorific.role);
    }
    const noun = singular(w.lower);
    const role = ROLE_NOUNS[noun];
    if (role !== undefined) {
      roles.add(noun);
      if (role !== 'unknown') gender = role;
    }
  }
  return { roles, gender };
}

/** A person by name, or a place when the name's words are places ("New York", "Beijing"). */
function namedMention(
  text: string,
  nameWords: readonly string[],
  roles: ReadonlySet<string>,
  gender: Gender,
): DescribedMention {
  if (
    nameWords.every((w) => PLACES.has(w)) ||
    (nameWords.length > 1 &&
      nameWords.some((w) => PLACES.has(w)) &&
      givenNameGender(nameWords[0]!) === undefined)
  )
    return unnamed('place', text);
  const given = nameWords.slice(0, -1);
  const g = given[0] === undefined ? undefined : givenNameGender(given[0]);
  return {
    kind: 'person',
    name: text,
    surname: nameWords.at(-1)!,
    given,
    gender: g && gender === 'unknown' ? g : gender,
    roles: [...roles],
    definite: false,
  };
}

/** What the words say of a description, besides its tokens. */
interface DescriptionWords {
  /** The head noun, singular. */
  readonly head: string;
  readonly roles: Set<string>;
  readonly gender: Gender;
  /** "Smith and Jones", "Smith & Wesson". */
  readonly hasAnd: boolean;
  /** The mention names an organisation by a word for one. */
  readonly orgWord: boolean;
}

// descriptions: strip determiners and quantifiers, keep the rest, singular head
function description(
  tokens: readonly Token[],
  [a, b]: TokenRange,
  { head, roles, gender, hasAnd, orgWord }: DescriptionWords,
): DescribedMention {
  const first = tokens[a]!;
  const last = tokens[b]!;
  const definite = DEFINITE_DETERMINERS.has(first.lower);
  let s = a;
  while (s < b && isLeadingNonName(tokens[s]!.lower)) s++;
  const plural =
    last.lower === 'people' ||
    (head !== last.lower && first.lower !== 'one' && !(tokens[s - 1]?.lower === 'of'));
  if (hasAnd && CAPITALISED.test(last.value) && !orgWord)
    return unnamed('group', joined(tokens, s, b));
  if (orgWord || (CAPITALISED.test(last.value) && !ROLE_NOUNS[head])) {
    const text = joined(tokens, definite || ARTICLES.has(first.lower) ? a + 1 : a, b);
    return unnamed('organization', text, definite);
  }
  const kind: SpeakerKind = hasAnd || plural ? 'group' : 'role';
  const text =
    kind === 'group'
      ? joined(tokens, s, b)
      : `${joined(tokens, s, b - 1)}${s < b ? ' ' : ''}${head}`;
  roles.add(head);
  return unnamed(kind, text.trim(), definite, gender, [...roles]);
}

/**
 * The words of a name, lower-cased, hyphenated parts joined ("Ocasio-Cortez", "Jean-Luc") and
 * full stops and suffixes ("Jr.") left out.
 */
function nameParts(tokens: readonly Token[], a: number, b: number): string[] {
  const parts: string[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    const joinsPrev =
      k > a && (t.value === '-' || tokens[k - 1]!.value === '-') && t.start === tokens[k - 1]!.end;
    if (joinsPrev && parts.length > 0) parts[parts.length - 1] += t.lower;
    else if (t.value !== '.' && !NAME_SUFFIXES.has(t.lower)) parts.push(t.lower);
  }
  return parts.filter((p) => p !== '-');
}

/** The text of tokens `a..b` with their original spacing. */
export function joined(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (k > a && t.start > tokens[k - 1]!.end) out += ' ';
    out += t.value;
  }
  return out;
}

// People speak; so do pronouns that stand for them. A report, a bill or "the issue" does not
// speak in the writer's sentence without a cue.
export function canSpeak(
  tokens: readonly Token[],
  range: TokenRange,
  organizations = false,
): boolean {
  const info = describeMention(tokens, range);
  if (info.kind === 'pronoun') return info.pronoun !== 'it';
  if (
    organizations &&
    (info.kind === 'organization' || (info.kind === 'group' && !info.roles.length))
  )
    return !DOCUMENT_NOUNS.has(tokens[range[1]]!.lower);
  // (a one-word name the tagger does not take for a name is a capitalised word: "Yes", "Part")
  if (info.kind === 'person') return range[0] < range[1] || tokens[range[0]]!.pos === 'PROPN';
  // a role or group speaks when its head is a word for people: "the official", not "the town"
  return (
    (info.kind === 'role' || info.kind === 'group') &&
    info.roles.some((r) => r in ROLE_NOUNS || r === 'people' || r.endsWith('-year-old'))
  );
}
