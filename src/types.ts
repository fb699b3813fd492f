/**
 * A stretch of the input text. Offsets are UTF-16 code units, `end` exclusive, and
 * `text === input.slice(start, end)` always holds, so spans can be highlighted, stored and diffed.
 */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The exact slice of the input between `start` and `end`. */
  readonly text: string;
}

/**
 * What a paragraph is:
 * - `headline`: the title line at the top of the article.
 * - `byline`: "By Jane Doe" or "Jane Doe, Staff Writer" under the headline.
 * - `caption`: a photo caption, such as "Police stand guard in the square on May 1. (Jane Doe/Agency)".
 * - `credit`: a photo or image credit alone, such as "Example Photo" or "(Getty Images)".
 * - `source`: a line naming where the article comes from, such as "From The Example Times".
 * - `furniture`: a link or label line of the web page: "READ MORE: …", "RELATED:", "Story continues
 *   below advertisement", a label in capitals ending in a colon ("MORE COVERAGE:").
 * - `crosshead`: a crosshead or a pull quote: a short quotation alone, with no final stop
 *   (‘We were left with nothing’).
 * - `body`: running text, where attributed speech normally is.
 */
export type ParagraphKind =
  'headline' | 'byline' | 'caption' | 'credit' | 'source' | 'furniture' | 'crosshead' | 'body';

/** One paragraph of the article: text between blank lines, trimmed of surrounding whitespace. */
export interface Paragraph extends Span {
  /** Position of the paragraph in the article, from 0. */
  readonly index: number;
  /** What the paragraph is; see {@link ParagraphKind}. */
  readonly kind: ParagraphKind;
}

/**
 * - `full`: a sentence or more of speech, standing on its own (`"We will win," she said.`).
 * - `partial`: a few quoted words inside the writer's own sentence (`called it a "disgrace"`).
 */
export type QuoteKind = 'full' | 'partial';

/**
 * Repairs made to unbalanced quotation marks:
 * - `unclosed`: the quotation was never closed; it ends at the end of its paragraph (or where a
 *   mark that ends it stands: the same opening mark again where a sentence starts, or the closing
 *   mark of a quotation around it). The same mark inside a sentence opens a quotation nested in it.
 * - `stray-close`: a closing mark near the quotation closed nothing and was ignored; the marks are
 *   in {@link DetectedQuote.strayMarks}. An apostrophe (the students’ books) is never a stray mark.
 */
export type QuoteRepair = 'unclosed' | 'stray-close';

/** A quotation found by {@link detectQuotes}, before attribution. */
export interface DetectedQuote extends Span {
  /** Full quote or partial quote; see {@link QuoteKind}. */
  readonly kind: QuoteKind;
  /** The opening mark as it appears in the text (the first one, for a quotation over several paragraphs). */
  readonly open: Span;
  /** The closing mark, or `null` when the quotation was never closed. */
  readonly close: Span | null;
  /** Index of the paragraph the quotation starts in. */
  readonly paragraph: number;
  /** Indices of every paragraph the quotation runs over, in order (one for most quotations). */
  readonly paragraphs: readonly number[];
  /** The quoted words paragraph by paragraph, marks excluded; one part for most quotations. */
  readonly parts: readonly Span[];
  /** 0 for a quotation in the writer's text, 1 for a quotation inside another quotation, and so on. */
  readonly depth: number;
  /** Repairs made to unbalanced marks; empty when the marks were balanced. */
  readonly repairs: readonly QuoteRepair[];
  /**
   * Closing marks that closed nothing and were ignored, recorded on the quotation they stand in,
   * or else on the nearest quotation (in the same paragraph when there is one); usually empty.
   */
  readonly strayMarks: readonly Span[];
}

/**
 * Which rule decided a quotation's speaker, for a person checking the output:
 * - `cue-after`: a reporting verb after the quotation (`"…," said X`, `"…," X said`).
 * - `cue-before`: a reporting verb before it in the same sentence (`X said: "…"`, `X called it "…"`).
 * - `according-to`: `according to X` in the same sentence.
 * - `colon`: a name and a colon before the quotation (`Republican pollster Jane Doe: "…"`).
 * - `dash`: a name after a dash closing the quotation (`"…" ― Jane Doe`), as in vox pops.
 * - `clause-subject`: a partial quote in a sentence with no cue, given to the sentence's subject
 *   (`Trump is promising "jobs, jobs, jobs"`); the least certain rule.
 * - `sentence-nearby`: a reporting clause in another sentence of the same paragraph.
 * - `continuation`: a paragraph of quotation alone, continuing the previous paragraph's speaker.
 * - `not-speech`: quoted words with no reporting cue (a title, a nickname, a scare quote); no speaker.
 * - `nested`: a quotation inside another quotation; its speaker is not the article's to tell.
 * - `headline`: a quotation in the headline, where the reporting verb is usually left out.
 */
export type AttributionReason =
  | 'cue-after'
  | 'cue-before'
  | 'according-to'
  | 'colon'
  | 'dash'
  | 'clause-subject'
  | 'sentence-nearby'
  | 'continuation'
  | 'not-speech'
  | 'nested'
  | 'headline';

/**
 * The name of the attribution rule (sieve) that decided a quotation, in the order the rules run.
 * Several rules may give one {@link AttributionReason}; README's rule table lists each rule with
 * its reason, what it reads and its confidence.
 */
export type AttributionRule =
  | 'nested'
  | 'headline'
  | 'furniture'
  | 'no-words'
  | 'title'
  | 'transcript-label'
  | 'according-to'
  | 'according-to-after'
  | 'cue-after'
  | 'cue-after-weak'
  | 'owner-over-weak-cue'
  | 'report-in-report'
  | 'cue-before-introduced'
  | 'cue-before'
  | 'cue-before-weak'
  | 'cue-after-full'
  | 'cue-after-partial'
  | 'list'
  | 'owner-of-words'
  | 'colon'
  | 'dash'
  | 'partial-pronoun-subject'
  | 'partial-subject'
  | 'partial-unattributed'
  | 'same-paragraph'
  | 'nearby-cue'
  | 'previous-subject'
  | 'continuation-colon'
  | 'continuation'
  | 'continuation-clause'
  | 'no-cue';

/** The speaker a quotation is attributed to, as it appears on the quotation. */
export interface SpeakerRef {
  /** The speaker's id in {@link AnalysisResult.speakers}. */
  readonly id: string;
  /** The fullest name the article gives the speaker. */
  readonly name: string;
}

/** A quotation with its attribution. */
export interface Quote extends DetectedQuote {
  /** Who said it, or `null` when the quoted words are not attributed speech. */
  readonly speaker: SpeakerRef | null;
  /** The words at this attribution that name the speaker: "He", "one of the two senior officials". */
  readonly mention: Span | null;
  /** The reporting cue: "said", "added:", "according to", "warned". */
  readonly cue: Span | null;
  /** How sure the attribution is, from 0 to 1; quotes at 0.8 or above are rarely wrong. */
  readonly confidence: number;
  /** What kind of rule decided; see {@link AttributionReason}. */
  readonly reason: AttributionReason;
  /** The name of the rule that decided, one of several that may give the same `reason`; see {@link AttributionRule}. */
  readonly rule: AttributionRule;
}

/**
 * - `indirect`: speech in the writer's words ("she said the two sides will talk").
 * - `mixed`: a reported clause holding quoted words ("declared that Beijing had committed
 *   “genocide”"); the quotations stay in {@link AnalysisResult.quotes}.
 */
export type ReportKind = 'indirect' | 'mixed';

/**
 * Which kind of rule read a reported statement (the rule itself is in {@link Report.rule}):
 * - `cue-before`: a verb of saying before its clause (`said that …`, `urged X to …`, `called for …`).
 * - `cue-after`: a verb of saying after its clause (`The road will reopen, police said`).
 * - `according-to`: `according to X`, before or after the clause.
 * - `speech-noun`: a noun for words said, with its owner (`the ministry's statement that …`).
 */
export type ReportReason = 'cue-before' | 'cue-after' | 'according-to' | 'speech-noun';

/**
 * The name of the rule that read a reported statement; several rules may give one
 * {@link ReportReason}. README's reported-speech table lists each with an example.
 */
export type ReportRule =
  | 'according-to'
  | 'cue-after-clause'
  | 'that-clause'
  | 'bare-clause'
  | 'object-infinitive'
  | 'commitment'
  | 'call-for'
  | 'speech-noun'
  | 'question'
  | 'naming'
  | 'spoken-object';

/**
 * A reported statement: speech the article gives in its own words, with who said it. The span is
 * the reported clause, a leading "that" included: "that the two sides will talk about cyber issues".
 */
export interface Report extends Span {
  /** Indirect or mixed; see {@link ReportKind}. */
  readonly kind: ReportKind;
  /** Who said it: a speaker of {@link AnalysisResult.speakers}, shared with their quotations. */
  readonly speaker: SpeakerRef;
  /** The words at this attribution that name the speaker: "she", "U.S. lawmakers". */
  readonly mention: Span;
  /** The cue: "said", "called on", "according to", "claim". */
  readonly cue: Span;
  /** How sure the attribution is, from 0 to 1. */
  readonly confidence: number;
  /** Which kind of rule read it; see {@link ReportReason}. */
  readonly reason: ReportReason;
  /** The name of the rule that read it; see {@link ReportRule}. */
  readonly rule: ReportRule;
  /** Indices into {@link AnalysisResult.quotes} of the quotations inside the clause (`mixed`). */
  readonly quotes: readonly number[];
}

/**
 * - `person`: a named person, or one referred to by pronoun only.
 * - `role`: a person known only by a description ("a senior administration official").
 * - `group`: several people together ("senior administration officials", "they").
 * - `organization`: "the White House", "the Justice Department", "The Post".
 * - `place`: a country or city speaking for its government ("Beijing").
 */
export type SpeakerKind = 'person' | 'role' | 'group' | 'organization' | 'place';

/** A speaker's gender as the article tells it: `'unknown'` when it does not, or contradicts itself. */
export type SpeakerGender = 'female' | 'male' | 'unknown';

/**
 * What told a speaker's gender:
 * - `pronoun`: a pronoun the article uses for them (`she said`).
 * - `honorific`: Mr., Mrs., Ms., Miss, Sir, Dame, Lord, Lady before their name.
 * - `role-word`: a kinship or role word that has a gender (`spokeswoman`, `mother`, `chairman`).
 * - `given-name`: their given name, looked up in national name statistics; it decides only when the
 *   text tells nothing.
 */
export type GenderEvidenceKind = 'pronoun' | 'honorific' | 'role-word' | 'given-name';

/** One piece of evidence for a speaker's gender. */
export interface GenderEvidence {
  /** What kind of evidence; see {@link GenderEvidenceKind}. */
  readonly kind: GenderEvidenceKind;
  /** The gender it tells. */
  readonly gender: 'female' | 'male';
  /** The words that tell it: the pronoun, the honorific, the role word, the given name. */
  readonly span: Span;
}

/** How much a speaker says in the article. */
export interface SpeakerCounts {
  /** Quotations attributed to the speaker. */
  readonly quotations: number;
  /** Reported statements attributed to the speaker (0 with `reported: false`). */
  readonly reported: number;
  /** Words inside the speaker's quotations. */
  readonly words: number;
}

/** A speaker of one or more quotations or reported statements, with every attribution that names them. */
export interface Speaker {
  /**
   * Stable within one result: `s1`, `s2`, … in order of first quotation, then the speakers of
   * reported statements only, in order of first statement.
   */
  readonly id: string;
  /** The fullest form the article gives: "Antony Blinken", "senior administration official". */
  readonly name: string;
  /** What kind of speaker; see {@link SpeakerKind}. */
  readonly kind: SpeakerKind;
  /** Other forms the article uses for the speaker ("Blinken", "Secretary of State Antony Blinken"). */
  readonly aliases: readonly string[];
  /** The mentions that attribute quotations or reported statements to the speaker, in text order. */
  readonly mentions: readonly Span[];
  /** Indices into {@link AnalysisResult.quotes} of the speaker's quotations. */
  readonly quotes: readonly number[];
  /** Indices into {@link AnalysisResult.reported} of the speaker's reported statements. */
  readonly reported: readonly number[];
  /**
   * The speaker's gender as the article tells it, for people (kind `person` or `role`); always
   * `'unknown'` for groups, organisations and places. The strongest kind of evidence present
   * decides (honorifics and role words, then pronouns, then the given name); when its pieces
   * disagree the gender is `'unknown'`.
   */
  readonly gender: SpeakerGender;
  /** Every piece of evidence read for the gender, in text order. */
  readonly genderEvidence: readonly GenderEvidence[];
  /** The title or role the article gives them ("Secretary of State", "spokeswoman"), or null. */
  readonly title: Span | null;
  /** The organisation or place they speak for or belong to ("Blue Tide Ferries", "Australia"), or null. */
  readonly affiliation: Span | null;
  /** True for a source the article does not name ("a senior administration official"). */
  readonly anonymous: boolean;
  /** How many quotations, reported statements and quoted words are theirs. */
  readonly counts: SpeakerCounts;
}

/** Everything {@link analyzeArticle} finds in one article. */
export interface AnalysisResult {
  /** The article's paragraphs in order (when `truncated`, those the analysis read). */
  readonly paragraphs: readonly Paragraph[];
  /** Every quotation in text order, attributed. */
  readonly quotes: readonly Quote[];
  /** Every reported statement, in text order; empty with `{ reported: false }`. */
  readonly reported: readonly Report[];
  /** Every speaker of at least one quotation or reported statement; see {@link Speaker.id}. */
  readonly speakers: readonly Speaker[];
  /**
   * Present, and `true`, when the article holds more quotations than `maxQuotes`, or more than
   * 100,000 paragraphs: the result then covers the article up to its first `maxQuotes` quotations
   * and the paragraph that ends them (or its first 100,000 paragraphs). Absent otherwise.
   */
  readonly truncated?: true;
}
