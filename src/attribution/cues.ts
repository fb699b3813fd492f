/**
 * Reporting verbs, by dictionary form. `strong` verbs report speech wherever they stand next to a
 * quotation; `weak` ones are speech acts only when the quotation is in their own sentence
 * ("called it a “disgrace”", "dismissed the talks as a “one-off meeting”").
 */
export const REPORTING_VERBS = {
  strong: [
    'say', 'tell', 'add', 'explain', 'warn', 'argue', 'write', 'tweet', 'insist', 'acknowledge',
    'recall', 'note', 'claim', 'declare', 'state', 'announce', 'ask', 'answer', 'reply', 'respond',
    'continue', 'conclude', 'suggest', 'complain', 'admit', 'caution', 'predict', 'observe', 'remark',
    'comment', 'mention', 'report', 'testify', 'urge', 'vow', 'promise', 'pledge', 'joke', 'quip',
    'boast', 'concede', 'contend', 'maintain', 'assert', 'allege', 'confirm', 'deny', 'shout', 'yell',
    'scream', 'chant', 'sing', 'post', 'emphasize', 'emphasise', 'stress', 'counter', 'retort',
    'lament', 'recount', 'exclaim', 'whisper', 'murmur', 'plead', 'demand', 'reassure', 'remind',
    'reveal', 'disclose', 'estimate', 'wonder', 'muse', 'interject', 'point', 'advise', 'assure',
    'inform', 'proclaim', 'question', 'opine', 'speculate', 'acknowledge', 'charge', 'cry',
    'tease', 'read', 'text', 'email', 'e-mail', 'message', 'reiterate',
    'repeat', 'summarize', 'summarise', 'elaborate', 'specify', 'clarify', 'correct', 'object',
    'protest', 'thunder', 'snap', 'sigh', 'laugh', 'gush', 'rave', 'fume', 'groan', 'grumble',
    'hint', 'signal', 'describe', 'call', 'label', 'term', 'dub', 'surmise', 'bark', 'boom', 'go',
    'chime', 'pipe', 'volunteer', 'concur', 'acknowledge', 'announce', 'explain', 'relate', 'recite',
  ],
  weak: [
    'blast', 'slam', 'condemn', 'criticize', 'criticise', 'praise', 'dismiss', 'reject', 'accuse',
    'decry', 'denounce', 'attack', 'mock', 'hail', 'applaud', 'welcome', 'defend', 'rip',
    'pan', 'tout', 'characterize', 'characterise', 'frame', 'cast', 'brand', 'portray',
    'promote', 'push', 'pitch', 'thank', 'congratulate', 'challenge', 'threaten', 'lecture',
    'scold', 'chide', 'rebuke', 'lash', 'hit', 'take', 'believe', 'think', 'feel', 'hope',
    'fear', 'agree', 'disagree', 'recognize', 'recognise',
  ],
} as const;

/** Irregular inflections: past, past participle and other forms the regular rules miss. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says'],
  tell: ['told'],
  write: ['wrote', 'written'],
  sing: ['sang', 'sung'],
  read: ['read'],
  cry: ['cried', 'cries'],
  take: ['took', 'taken'],
  think: ['thought'],
  feel: ['felt'],
  see: ['saw', 'seen'],
  hit: ['hit'],
  cast: ['cast'],
  lash: ['lashes', 'lashed'],
  push: ['pushes', 'pushed'],
  stress: ['stresses', 'stressed'],
  rip: ['ripped', 'ripping'],
  snap: ['snapped', 'snapping'],
  quip: ['quipped', 'quipping'],
  pan: ['panned', 'panning'],
  muse: ['mused', 'musing'],
  go: ['went', 'goes', 'gone', 'going'],
  chime: ['chimed', 'chiming'],
  pipe: ['piped', 'piping'],
};

/** Every written form of a verb: base, -s, -ed, -ing, and the irregular forms. */
export function inflections(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR[base] ?? [])]);
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  forms.add(/(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`);
  forms.add(/[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`);
  forms.add(`${stem === base ? base : stem}ing`);
  return [...forms];
}

/** Cue strength by written form, lower-cased: every inflection of every reporting verb. */
export const CUE_FORMS: ReadonlyMap<string, 'strong' | 'weak'> = (() => {
  const map = new Map<string, 'strong' | 'weak'>();
  for (const strength of ['weak', 'strong'] as const) {
    for (const verb of REPORTING_VERBS[strength]) for (const form of inflections(verb)) map.set(form, strength);
  }
  return map;
})();

/** Verbs that report speech only with a particle or object: "pointed to", "pointed out". */
export const NEEDS_PARTICLE: Readonly<Record<string, readonly string[]>> = {
  point: ['to', 'out'],
  go: ['on'], // "she went on: “…”"
  chime: ['in'],
  pipe: ['up'],
  hit: ['back', 'out'],
  lash: ['out'],
  push: ['back'],
  take: ['aim', 'issue'],
};
