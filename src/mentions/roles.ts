import type { Gender } from './pronouns.js';

/**
 * Nouns that describe a person by role ("a senior administration official", "the spokeswoman"),
 * singular form first, with the gender the noun itself tells.
 */
export const ROLE_NOUNS: Readonly<Record<string, Gender>> = Object.fromEntries(
  (
    [
      [
        'unknown',
        'official spokesperson source aide adviser advisor analyst expert lawmaker senator ' +
          'representative governor mayor president secretary minister diplomat ambassador officer ' +
          'director chair leader candidate nominee professor economist strategist pollster researcher ' +
          'scientist doctor lawyer attorney judge prosecutor witness resident voter supporter critic ' +
          'activist organizer worker employee executive founder owner manager member student teacher ' +
          'parent person veteran operative insider observer commentator host anchor reporter ' +
          'correspondent editor columnist writer author historian scholar fellow envoy negotiator ' +
          'commander general soldier agent investigator detective sheriff chief deputy staffer ' +
          'consultant democrat republican delegate billionaire entrepreneur pastor rabbi imam coach ' +
          'player regulator investor banker trader farmer miner nurse physician surgeon victim ' +
          'survivor friend neighbor neighbour colleague partner councilor councillor superintendent ' +
          'treasurer comptroller auditor trustee supervisor principal clerk dean proponent opponent',
      ],
      [
        'male',
        'spokesman congressman chairman father son husband man councilman businessman priest ' +
          'gentleman alderman assemblyman',
      ],
      [
        'female',
        'spokeswoman congresswoman chairwoman mother daughter wife woman councilwoman businesswoman ' +
          'lady alderwoman assemblywoman',
      ],
    ] as const
  ).flatMap(([gender, words]) => words.split(' ').map((w) => [w, gender])),
);

/**
 * Documents and media that carry someone's words: "a statement calling the test “reckless”" — the
 * statement is the vehicle, its issuer the speaker. Every one is also an organisation noun.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'statement report letter memo ad advertisement video footage clip tweet tweets post release ' +
    'email e-mail document study survey poll filing lawsuit complaint transcript message book ' +
    'article story editorial column op-ed analysis speech interview remarks comments spot ' +
    'commercial brief headline caption slogan sign banner piece'
  ).split(' '),
);

/**
 * Heads of noun phrases that name an organisation or a document that can "say" something:
 * "the White House", "the agency", "the report", "a statement".
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  ...(
    'house department ministry agency committee campaign party times news journal council ' +
    'commission court office bureau administration institute university inc. corp. co. company ' +
    'association foundation center centre network service police army navy government regime ' +
    'embassy group organization organisation union board authority senate congress parliament ' +
    'pentagon kremlin documents website site blog magazine newspaper paper tribune herald gazette ' +
    'globe press reuters firm bank fund club team league federation coalition alliance cabinet ' +
    'state nation country city county district school college hospital church movement caucus pac ' +
    'fbi cia nsa epa irs un nato gop dnc rnc cnn fox msnbc nbc abc cbs npr ap afp bbc politico ' +
    'breitbart twitter facebook google data figures numbers records'
  ).split(' '),
  ...DOCUMENT_NOUNS,
]);

/**
 * Countries, capitals and other places that news lets speak for a government ("Beijing said").
 * Only needed to tell a place from a person named by one word.
 */
export const PLACES: ReadonlySet<string> = new Set(
  (
    'washington beijing moscow london paris berlin tokyo seoul pyongyang tehran jerusalem ankara kyiv ' +
    'kiev brussels ottawa canberra delhi islamabad kabul baghdad damascus cairo riyadh havana caracas ' +
    'taipei hanoi manila jakarta rome madrid lisbon athens warsaw budapest vienna bern geneva stockholm ' +
    'oslo copenhagen helsinki dublin mexico brasilia pretoria nairobi lagos abuja doha dubai ' +
    'america china russia britain england france germany japan korea iran israel turkey ukraine india ' +
    'pakistan afghanistan iraq syria egypt saudi cuba venezuela taiwan vietnam philippines indonesia ' +
    'italy spain portugal greece poland hungary austria switzerland sweden norway denmark finland ' +
    'ireland canada australia brazil argentina chile colombia peru nigeria kenya qatar europe asia ' +
    'africa texas california florida ohio michigan pennsylvania virginia carolina georgia arizona ' +
    'nevada iowa wisconsin minnesota colorado york illinois massachusetts kentucky tennessee alabama ' +
    'mississippi louisiana missouri indiana oregon utah kansas nebraska oklahoma arkansas maryland ' +
    'jersey connecticut maine vermont hampshire delaware idaho montana wyoming dakota alaska hawaii ' +
    'chicago boston houston dallas miami atlanta philadelphia detroit seattle denver phoenix'
  ).split(' '),
);
