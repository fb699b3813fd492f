/**
 * Reporting verbs, by dictionary form. `strong` verbs report speech wherever they stand next to a
 * quotation; `weak` ones are speech acts only when the quotation is in their own sentence
 * ("called it a “disgrace”", "dismissed the talks as a “one-off meeting”").
 */
export const REPORTING_VERBS: {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
} = {
  strong: (
    'say tell add explain warn argue write tweet insist acknowledge ' +
    'recall note claim declare state announce ask answer reply respond ' +
    'continue conclude suggest complain admit caution predict observe remark ' +
    'comment mention report testify urge vow promise pledge joke quip ' +
    'boast concede contend maintain assert allege confirm deny shout yell ' +
    'scream chant sing post emphasize emphasise stress counter retort ' +
    'lament recount exclaim whisper murmur plead demand reassure remind ' +
    'reveal disclose estimate wonder muse interject point advise assure ' +
    'inform proclaim question opine speculate charge cry ' +
    'tease read text email e-mail message reiterate ' +
    'repeat summarize summarise elaborate specify clarify correct object ' +
    'protest thunder snap sigh laugh gush rave fume groan grumble ' +
    'hint signal describe call label term dub surmise bark boom go ' +
    'chime pipe volunteer concur relate recite beam shoot interrupt ' +
    'confess scoff sneer marvel chuckle reason posit theorize theorise ' +
    'reference rule rant vent gripe crow brag holler mutter stammer rebut affirm put'
  ).split(' '),
  weak: (
    'blast slam condemn criticize criticise praise dismiss reject accuse ' +
    'decry denounce attack mock hail applaud welcome defend rip ' +
    'pan tout characterize characterise frame cast brand portray ' +
    'promote push pitch thank congratulate challenge threaten lecture ' +
    'scold chide rebuke lash hit take believe think feel hope ' +
    'fear agree disagree recognize recognise press'
  ).split(' '),
};

/** Irregular verbs: their past and participle forms, which replace the regular "-ed". */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  sing: ['sang', 'sung'],
  read: ['read'],
  take: ['took', 'taken'],
  think: ['thought'],
  feel: ['felt'],
  hit: ['hit'],
  cast: ['cast'],
  go: ['went', 'gone'],
  shoot: ['shot'],
  put: ['put'],
};

/** Verbs that double their last consonant before -ed and -ing: admit → admitted, quip → quipping. */
const DOUBLES_FINAL: ReadonlySet<string> = new Set(
  'admit quip snap rip pan regret commit hit chat plan rebut jab prod nag beg sob swap zap put'.split(
    ' ',
  ),
);

/**
 * Every written form of a verb: base, third person, past (regular or irregular), -ing.
 *
 * @param base the dictionary form, lower-cased
 * @returns the forms, base first
 * @example
 * inflections('admit'); // → ['admit', 'admits', 'admitted', 'admitting']
 */
export function inflections(base: string): string[] {
  const y = /[^aeiou]y$/.test(base);
  const third = /(?:s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : y
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const doubled = DOUBLES_FINAL.has(base) ? base + base.slice(-1) : base;
  const past = IRREGULAR[base] ?? [
    y ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${doubled}ed`,
  ];
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : base.endsWith('e') && !base.endsWith('ee')
      ? `${base.slice(0, -1)}ing`
      : `${doubled}ing`;
  return [...new Set([base, third, ...past, ing])];
}

/** Cue strength by written form, lower-cased: every inflection of every reporting verb. */
export const CUE_FORMS: ReadonlyMap<string, 'strong' | 'weak'> = new Map(
  (['weak', 'strong'] as const).flatMap((strength) =>
    REPORTING_VERBS[strength].flatMap((verb) =>
      inflections(verb).map((form) => [form, strength] as const),
    ),
  ),
);

/** Verbs that report speech only with a particle or object: "pointed to", "pointed out". */
const NEEDS_PARTICLE: Readonly<Record<string, readonly string[]>> = {
  point: ['to', 'out'],
  go: ['on'], // "she went on: “…”"
  shoot: ['back'], // "Trump shot back"
  put: ['it'], // "as the memo put it"

  chime: ['in'],
  pipe: ['up'],
  hit: ['back', 'out'],
  lash: ['out'],
  push: ['back'],
  take: ['aim', 'issue'],
};

/** The particles each written form of those verbs needs, lower-cased: "shot" → back. */
export const PARTICLES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(NEEDS_PARTICLE).flatMap(([verb, particles]) =>
    inflections(verb).map((form) => [form, particles] as const),
  ),
);
