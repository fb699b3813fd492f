import type { Gender } from './pronouns.js';

/**
 * Honorifics and abbreviated titles written before a name, lower-cased with their full stop, with
 * the gender they tell (if any) and the role noun a later "the senator" would use.
 */
export const HONORIFICS: Readonly<Record<string, { gender: Gender; role?: string }>> = {
  'mr.': { gender: 'male' },
  mr: { gender: 'male' },
  'mrs.': { gender: 'female' },
  mrs: { gender: 'female' },
  'ms.': { gender: 'female' },
  ms: { gender: 'female' },
  miss: { gender: 'female' },
  sir: { gender: 'male' },
  dame: { gender: 'female' },
  lord: { gender: 'male' },
  lady: { gender: 'female' },
  'dr.': { gender: 'unknown', role: 'doctor' },
  'prof.': { gender: 'unknown', role: 'professor' },
  'sen.': { gender: 'unknown', role: 'senator' },
  'rep.': { gender: 'unknown', role: 'congressman' },
  'gov.': { gender: 'unknown', role: 'governor' },
  'gen.': { gender: 'unknown', role: 'general' },
  'lt.': { gender: 'unknown', role: 'lieutenant' },
  'col.': { gender: 'unknown', role: 'colonel' },
  'capt.': { gender: 'unknown', role: 'captain' },
  'sgt.': { gender: 'unknown', role: 'sergeant' },
  'adm.': { gender: 'unknown', role: 'admiral' },
  'rev.': { gender: 'unknown', role: 'reverend' },
  'amb.': { gender: 'unknown', role: 'ambassador' },
  'atty.': { gender: 'unknown', role: 'attorney' },
  'supt.': { gender: 'unknown', role: 'superintendent' },
  'det.': { gender: 'unknown', role: 'detective' },
  'insp.': { gender: 'unknown', role: 'inspector' },
  'pres.': { gender: 'unknown', role: 'president' },
  'hon.': { gender: 'unknown' },
};

/**
 * Words that make up job titles before a name ("Secretary of State Antony Blinken", "National
 * Security Advisor Jake Sullivan", "former Vice President Joe Biden"); stripped to find the name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice secretary minister prime premier chancellor senator representative congressman ' +
    'congresswoman governor lieutenant mayor advisor adviser director deputy assistant ' +
    'undersecretary chairman chairwoman chair chairperson spokesman spokeswoman spokesperson ceo ' +
    'cfo coo chief executive officer judge justice attorney general ambassador commissioner speaker ' +
    'leader whip candidate nominee former acting interim then state national security foreign ' +
    'defense defence homeland press treasury commerce energy health labor education interior ' +
    'agriculture transportation affairs diplomat envoy pope cardinal bishop rabbi councilor ' +
    'councillor superintendent treasurer comptroller auditor alderman alderwoman assemblyman ' +
    'assemblywoman assemblymember trustee supervisor principal pastor clerk dean provost coroner ' +
    'magistrate marshal constable delegate selectman freeholder father sister brother coach captain ' +
    'colonel major sergeant admiral detective inspector sheriff council councilman ' +
    'councilwoman member professor doctor economist analyst strategist pollster host anchor ' +
    'correspondent editor columnist founder co-founder owner manager policy senior top republican ' +
    'democrat democratic gop independent u.s. us of the house senate majority minority first lady ' +
    'mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. capt. sgt. adm. rev. prof. amb. atty. pres. hon. ' +
    'mr mrs ms dr sir dame lord miss'
  ).split(' '),
);

/** Suffixes that belong to a name and are kept: "Martin Luther King Jr.". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
