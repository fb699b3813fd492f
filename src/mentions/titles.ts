import type { Gender } from './pronouns.js';

/**
 * Honorifics and abbreviated titles written before a name, lower-cased with their full stop, with
 * the gender they tell (if any) and the role noun a later "the senator" would use.
 */
export const HONORIFICS: Readonly<Record<string, { gender: Gender; role?: string }>> =
  Object.fromEntries([
    ...(
      [
        ['male', 'mr. mr sir lord'],
        ['female', 'mrs. mrs ms. ms miss dame lady'],
      ] as const
    ).flatMap(([gender, words]) => words.split(' ').map((w) => [w, { gender }])),
    ...(
      'dr.:doctor prof.:professor sen.:senator rep.:congressman gov.:governor gen.:general lt.:lieutenant ' +
      'col.:colonel capt.:captain sgt.:sergeant adm.:admiral rev.:reverend amb.:ambassador atty.:attorney ' +
      'supt.:superintendent det.:detective insp.:inspector pres.:president'
    )
      .split(' ')
      .map((entry) => {
        const [w, role] = entry.split(':');
        return [w, { gender: 'unknown', role }];
      }),
    ['hon.', { gender: 'unknown' }],
  ]);

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
export const NAME_SUFFIXES: ReadonlySet<string> = new Set('jr. jr sr. sr ii iii iv'.split(' '));
