import type { Gender } from './pronouns.js';

/**
 * Nouns that describe a person by role ("a senior administration official", "the spokeswoman"),
 * singular form first, with the gender the noun itself tells.
 */
export const ROLE_NOUNS: Readonly<Record<string, Gender>> = {
  official: 'unknown', spokesman: 'male', spokeswoman: 'female', spokesperson: 'unknown',
  source: 'unknown', aide: 'unknown', adviser: 'unknown', advisor: 'unknown', analyst: 'unknown',
  expert: 'unknown', lawmaker: 'unknown', senator: 'unknown', congressman: 'male',
  congresswoman: 'female', representative: 'unknown', governor: 'unknown', mayor: 'unknown',
  president: 'unknown', secretary: 'unknown', minister: 'unknown', diplomat: 'unknown',
  ambassador: 'unknown', officer: 'unknown', director: 'unknown', chairman: 'male',
  chairwoman: 'female', chair: 'unknown', leader: 'unknown', candidate: 'unknown', nominee: 'unknown',
  professor: 'unknown', economist: 'unknown', strategist: 'unknown', pollster: 'unknown',
  researcher: 'unknown', scientist: 'unknown', doctor: 'unknown', lawyer: 'unknown', attorney: 'unknown',
  judge: 'unknown', prosecutor: 'unknown', witness: 'unknown', resident: 'unknown', voter: 'unknown',
  supporter: 'unknown', critic: 'unknown', activist: 'unknown', organizer: 'unknown', worker: 'unknown',
  employee: 'unknown', executive: 'unknown', founder: 'unknown', owner: 'unknown', manager: 'unknown',
  member: 'unknown', student: 'unknown', teacher: 'unknown', parent: 'unknown', mother: 'female',
  father: 'male', son: 'male', daughter: 'female', wife: 'female', husband: 'male', woman: 'female',
  man: 'male', person: 'unknown', veteran: 'unknown', operative: 'unknown', insider: 'unknown',
  observer: 'unknown', commentator: 'unknown', host: 'unknown', anchor: 'unknown', reporter: 'unknown',
  correspondent: 'unknown', editor: 'unknown', columnist: 'unknown', writer: 'unknown', author: 'unknown',
  historian: 'unknown', scholar: 'unknown', fellow: 'unknown', envoy: 'unknown', negotiator: 'unknown',
  commander: 'unknown', general: 'unknown', soldier: 'unknown', agent: 'unknown', investigator: 'unknown',
  detective: 'unknown', sheriff: 'unknown', chief: 'unknown', deputy: 'unknown', staffer: 'unknown',
  consultant: 'unknown', democrat: 'unknown',
  republican: 'unknown', delegate: 'unknown', councilman: 'male', councilwoman: 'female',
  businessman: 'male', businesswoman: 'female', billionaire: 'unknown', entrepreneur: 'unknown',
  pastor: 'unknown', priest: 'male', rabbi: 'unknown', imam: 'unknown', coach: 'unknown',
  player: 'unknown', regulator: 'unknown', investor: 'unknown', banker: 'unknown',
  trader: 'unknown', farmer: 'unknown', miner: 'unknown', nurse: 'unknown', physician: 'unknown',
  surgeon: 'unknown', victim: 'unknown', survivor: 'unknown', friend: 'unknown', neighbor: 'unknown',
  neighbour: 'unknown', colleague: 'unknown', partner: 'unknown', lady: 'female', gentleman: 'male',
  councilor: 'unknown', councillor: 'unknown', superintendent: 'unknown', treasurer: 'unknown',
  comptroller: 'unknown', auditor: 'unknown', alderman: 'male', alderwoman: 'female',
  assemblyman: 'male', assemblywoman: 'female', trustee: 'unknown', supervisor: 'unknown',
  principal: 'unknown', clerk: 'unknown', dean: 'unknown',
};

/**
 * Heads of noun phrases that name an organisation or a document that can "say" something:
 * "the White House", "the agency", "the report", "a statement".
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'house', 'department', 'ministry', 'agency', 'committee', 'campaign', 'party', 'post', 'times',
  'news', 'journal', 'council', 'commission', 'court', 'office', 'bureau', 'administration',
  'institute', 'university', 'inc.', 'corp.', 'co.', 'company', 'association', 'foundation', 'center',
  'centre', 'network', 'service', 'police', 'army', 'navy', 'government', 'regime', 'embassy',
  'group', 'organization', 'organisation', 'union', 'board', 'authority', 'senate', 'congress',
  'parliament', 'pentagon', 'kremlin', 'report', 'statement', 'study', 'survey', 'poll', 'memo',
  'letter', 'lawsuit', 'complaint', 'filing', 'document', 'documents', 'website', 'site', 'blog',
  'magazine', 'newspaper', 'paper', 'tribune', 'herald', 'gazette', 'globe', 'press', 'reuters',
  'firm', 'bank', 'fund', 'club', 'team', 'league', 'federation', 'coalition', 'alliance', 'council',
  'cabinet', 'state', 'nation', 'country', 'city', 'county', 'district', 'school', 'college',
  'hospital', 'church', 'movement', 'caucus', 'pac', 'fbi', 'cia', 'nsa', 'epa', 'irs', 'un', 'nato',
  'gop', 'dnc', 'rnc', 'cnn', 'fox', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'ap', 'afp', 'bbc', 'politico',
  'breitbart', 'twitter', 'facebook', 'google', 'tweet', 'ad', 'advertisement', 'release', 'sign',
  'banner', 'headline', 'caption', 'article', 'story', 'book', 'editorial', 'column', 'op-ed',
  'analysis', 'data', 'figures', 'numbers', 'records', 'transcript', 'email', 'e-mail', 'message',
]);

/**
 * Documents and media that carry someone's words: "a statement calling the test “reckless”" — the
 * statement is the vehicle, its issuer the speaker. A subset of {@link ORGANIZATION_NOUNS}' sense.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'letter', 'memo', 'ad', 'advertisement', 'video', 'footage', 'clip', 'tweet',
  'tweets', 'post', 'release', 'email', 'e-mail', 'document', 'study', 'survey', 'poll', 'filing',
  'lawsuit', 'complaint', 'transcript', 'message', 'book', 'article', 'story', 'editorial', 'column',
  'op-ed', 'analysis', 'speech', 'interview', 'remarks', 'comments', 'spot', 'commercial', 'brief',
  'headline', 'caption', 'slogan', 'sign', 'banner', 'piece',
]);

/**
 * Countries, capitals and other places that news lets speak for a government ("Beijing said").
 * Only needed to tell a place from a person named by one word.
 */
export const PLACES: ReadonlySet<string> = new Set(
  `washington beijing moscow london paris berlin tokyo seoul pyongyang tehran jerusalem ankara kyiv
  kiev brussels ottawa canberra delhi islamabad kabul baghdad damascus cairo riyadh havana caracas
  taipei hanoi manila jakarta rome madrid lisbon athens warsaw budapest vienna bern geneva stockholm
  oslo copenhagen helsinki dublin mexico brasilia pretoria nairobi lagos abuja doha dubai
  america china russia britain england france germany japan korea iran israel turkey ukraine india
  pakistan afghanistan iraq syria egypt saudi cuba venezuela taiwan vietnam philippines indonesia
  italy spain portugal greece poland hungary austria switzerland sweden norway denmark finland
  ireland canada australia brazil argentina chile colombia peru nigeria kenya qatar europe asia
  africa texas california florida ohio michigan pennsylvania virginia carolina georgia arizona
  nevada iowa wisconsin minnesota colorado york illinois massachusetts kentucky tennessee alabama
  mississippi louisiana missouri indiana oregon utah kansas nebraska oklahoma arkansas maryland
  jersey connecticut maine vermont hampshire delaware idaho montana wyoming dakota alaska hawaii
  chicago boston houston dallas miami atlanta philadelphia detroit seattle denver phoenix`.split(/\s+/),
);
