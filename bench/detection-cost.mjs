#!/usr/bin/env node
// Shows what quotation detection, and the whole analysis, cost per character and per token on a
// 2 MB article and on hostile 2 MB inputs (marks, tiny paragraphs, long runs without a space: long
// tokens, URLs, base64 data: images, symbol lines), against an ordinary article: no input is
// quadratic.
// Runs against the built package, as users get it:
//
//   npm run build && node bench/detection-cost.mjs [--mb 2] [--only detect] [--budget ms] [--json]
//     [--match words]   (only the inputs whose name holds the words, beside the ordinary article)
//
// Columns, per input: its characters, its tokens (as wink-nlp counts them) and its quotations;
// then for detectQuotes (paragraph splitting included, as users call it) and for analyzeArticle,
// both with no limit on quotations, microseconds per 1,000 characters, microseconds per 1,000 tokens, and the ratio
// of the first to the ordinary article's; and wink-nlp alone per 1,000 characters. Every figure is
// the median of three passes over the same amount of text: the ordinary article is read about
// 500 times in a pass (one call each, as a server reads its articles), so that it is timed with
// the JIT as warm as the long inputs are. analyzeArticle is measured on growing prefixes of each
// input up to its full size, or until a run would pass --budget ms (default 60000): "analyze at"
// is the size reached and "growth" the exponent between the last two sizes (n^1 is linear, n^2
// quadratic).
//
// Hostile inputs hold a quotation every few characters where an article holds one every 140, and
// every quotation is an object in the result: the cost per character follows the quotations.
// Others hold a report in every sentence, thousands of speakers, or one sentence that never ends.
import { createAnalyzer, detectQuotes } from '../dist/index.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const MB = Number(value('--mb', '2'));
const SIZE = Math.round(MB * 1024 * 1024);
const only = value('--only', 'both');

// An ordinary article, written for this benchmark: headline, byline, caption, credit, full and
// partial quotes, a quotation over three paragraphs, British single quotes, apostrophes.
const ARTICLE = `Harbour Town Votes to Keep Its Old Ferry Running

By Nadia Brennan

The Marlow Point ferry leaves the pier on a foggy morning in March. (Tom Iles/Coastal Photo Desk)

Coastal Photo Desk

MARLOW POINT — The town council voted 5-2 on Tuesday night to keep the island ferry running through the winter, reversing a decision that residents had called "a betrayal of everyone who lives past the breakwater."

"We heard you," said Mayor Colette Vance after the vote. "The ferry isn't a luxury. It's how people get to work, to school and to the doctor."

The council had planned in January to stop the service from November to March, when fewer than 40 passengers a day ride the 1970s boat. Officials said the savings, about $310,000 a year, would pay for repairs to the town's sea wall.

That plan drew hundreds of people to a hearing last month. Rosa Delgado, who runs a bakery on the island, told the council she would have to close for the winter without the ferry.

"My flour comes on that boat. My customers come on that boat," Delgado said. "If the boat stops, I stop."

Councilman Peter Hsu, who voted against keeping the service, said the town could not afford "to run an empty boat across the bay all winter" while the sea wall crumbles.

"I understand why people are upset," Hsu said in an interview on Wednesday. "But the wall protects 2,000 homes. The ferry carries, on a bad day in February, a dozen people.

"Somebody has to say that out loud. I'm not trying to strand anyone. I'm trying to keep the town from flooding.

"We'll see who was right next spring."

The harbour master, James O'Neill, said the ferry was in better shape than its age suggested. "She's old, but she's sound," he said. "We replaced the engines in the '90s and the hull was surveyed two years ago."

A report by the state's transport office, released in February, described the boat as "serviceable for at least another decade" but warned that its heating system was "near the end of its life."

Students who take the ferry to the high school on the mainland also spoke at the hearing. Maya Okafor, 16, said the winter crossing was "the only quiet half hour of my day."

'It's not about the money, it's about whether the island still counts,' wrote Brian Tully, a retired teacher, in a letter to the council that was read aloud. 'My grandmother used to say "the boat is the bridge," and she was right.'

The students' petition, which drew more than 900 signatures, asked the council to "find the money somewhere else." Council members said they would look at raising the town's parking fees in summer, when visitors fill the lots by 10 o'clock.

According to the town's finance director, Ellen Marsh, higher parking fees could raise about $180,000 a year. "It doesn't close the whole gap," Marsh said, "but it gets us most of the way there, and the rest we can find."

The ferry's captain, who asked that only his first name, Walt, be used, said he had not planned on retiring this year anyway. "I've been driving this boat since rock 'n' roll was young," he said. "Another winter won't hurt me."

Vance said the council would revisit the sea wall repairs in the spring budget. Asked whether the vote settled the question for good, she laughed.

"Nothing in this town is settled for good," she said. "Ask anybody who's been to a council meeting."

At the pier on Thursday, the mood was lighter. Deckhands tied the boat up in a cold wind while a line of cars waited, engines running, for the 7:40 crossing.

"I was ready to sell the house," said Carl Benning, 71, who has lived on the island since 1986. "My wife said, 'Carl, give them one more meeting.' So I did, and here we are."

Not everyone was persuaded. Linda Foss, a council member who voted no, said in a statement that the town was "kicking the can down the road, again," and that the sea wall would cost "twice as much in five years as it does today."

Foss added: "I hope I'm wrong. I've been wrong before, and I'd be glad to be wrong about this."

The state's engineer, Dr. Samuel Reyes, told reporters that the wall was "not in danger of failing this winter" but that "every storm takes a little more of it." He said the town should begin repairs "no later than the summer after next."

Island residents plan a celebration at the pier on Saturday. Organisers said there would be chowder, a brass band and, weather permitting, a short ride on the old boat for anyone who wants one.
`;

if (ARTICLE.length < 4000 || ARTICLE.length > 6000)
  throw new Error(`the ordinary article should be about 5 KB, is ${ARTICLE.length}`);

// Bytes that look random, as an image's do, as base64.
function base64(chars) {
  const bytes = Buffer.alloc(Math.ceil((chars * 3) / 4));
  for (let i = 0, x = 1; i < bytes.length; i++)
    bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes.toString('base64').slice(0, chars);
}
function base64Words(size) {
  const all = base64(size);
  let s = '';
  for (let i = 0; s.length < size; i += 64)
    s += (i % 6400 === 0 ? `“${all.slice(i, i + 63)}` : all.slice(i, i + 64)) + ' ';
  return s.slice(0, size);
}
// Bare wink-nlp is quadratic on a run over 64 characters (the library masks them): it is not run
// on such inputs, whose token counts are then left blank.
const hasLongRun = (text) => /[^ \t\n\r\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]{65}/.test(text);

// “Yes,” said Sen. Abko Brink. … with a new given name each time and ten surnames.
function manySpeakers(size) {
  const surnames = [
    'Abbot',
    'Brink',
    'Coyle',
    'Drury',
    'Eames',
    'Frost',
    'Gale',
    'Hume',
    'Irwin',
    'Jolly',
  ];
  let s = '';
  for (let i = 0; s.length < size; i++) {
    const given =
      String.fromCharCode(65 + (i % 26)) +
      'abcdefghij'[(i >> 5) % 10] +
      'klmnopqrst'[(i >> 9) % 10];
    s += `“Yes,” said Sen. ${given}o ${surnames[i % 10]}. `;
  }
  return s.slice(0, size);
}
const repeat = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const WORDS = ['we', 'go', 'to', 'it', 'no', 'he', 'is', 'up', 'so', 'an'];
const wordsWith = (marks, sep) => {
  let s = '';
  for (let i = 0; s.length < SIZE; i++)
    s += marks[i % marks.length] + WORDS[i % WORDS.length] + sep;
  return s.slice(0, SIZE);
};

const inputs = [
  [`ordinary article (${(ARTICLE.length / 1000).toFixed(1)} KB)`, ARTICLE],
  [`long article (${MB} MB, the article repeated)`, repeat(ARTICLE + '\n', SIZE)],
  ['only opening marks and short words', wordsWith(['“'], ' ')],
  ['only opening marks, straight', wordsWith(['"'], ' ')],
  ['alternating marks', wordsWith(['“', '”', '‘', '’', '"', "'", '«', '»', '„', '「', '』'], ' ')],
  ['one huge paragraph, no blank lines', repeat(ARTICLE.replace(/\n+/g, ' '), SIZE)],
  ['many tiny paragraphs', wordsWith(['“'], '\n\n')],
  ['many tiny quoted paragraphs with a cue', repeat('“No,” he said.\n\n', SIZE)],
  // Dense speech of the writer's: a report in every sentence, thousands of people of a few
  // surnames, and one sentence of reports that never ends (each once cost the square of its size).
  [
    'a report and a quotation in every paragraph',
    repeat('Smith said the “plan” would work.\n\n', SIZE),
  ],
  ['thousands of speakers of ten surnames', manySpeakers(SIZE)],
  [
    'one sentence of reports, no full stop',
    repeat('Smith said that Jones said that “the plan” would fail, according to Lee, and ', SIZE),
  ],
  // Runs without a space that no word needs: wink-nlp's patterns cost the square of such a run's
  // length, so the library masks every run over 64 characters from wink.
  ['one run of letters after an opening mark', `“${'a'.repeat(SIZE - 1)}`],
  [
    'runs of 10,000 letters between quotations',
    repeat(`“Look,” she said. ${'a'.repeat(10_000)}\n\n`, SIZE),
  ],
  [
    'long URLs in an article',
    repeat(`${ARTICLE.slice(0, 1200)} https://example.com/${'news-item/'.repeat(200)} `, SIZE),
  ],
  [
    'base64 data: images in HTML',
    repeat(
      `<p>“We will win,” said Maria Lopez.</p><img src="data:image/png;base64,${base64(48_000)}">\n`,
      SIZE,
    ),
  ],
  [
    'runs of -, =, _ and %20',
    repeat(
      `“No,” he said.\n\n${'-'.repeat(5000)}\n\n${'='.repeat(5000)} ${'_'.repeat(5000)}\n\n${'%20'.repeat(2000)}\n\n`,
      SIZE,
    ),
  ],
  // The longest runs wink is still given whole: 64 characters of base64, then a space.
  ['base64 words of 64 characters, the longest not masked', base64Words(SIZE)],
];

// The machine may be shared: the median of three passes is the cost, the rest is other people's noise.
// Time is the process's CPU time (every thread's, the garbage collector's included), not the
// clock's: on a shared machine the clock also counts the time other processes hold the cores.
// A pass over a short text (under 100 KB) is as many calls as make --mb of text.
const PASSES = 3;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function median(fn, text) {
  const calls = text.length < 100_000 ? Math.max(1, Math.round(SIZE / text.length)) : 1;
  const times = [];
  let out;
  // a short input gets an untimed pass first: its calls are too short to warm the JIT themselves
  for (let r = calls > 1 ? -1 : 0; r < PASSES; r++) {
    const t0 = cpuMs();
    for (let c = 0; c < calls; c++) out = fn(text);
    if (r >= 0) times.push((cpuMs() - t0) / calls);
  }
  return [times.sort((a, b) => a - b)[PASSES >> 1], out];
}
const perK = (ms, units) => (ms * 1000) / (units / 1000); // µs per 1,000 characters or tokens

// wink-nlp alone, as analyzeArticle runs it, to tell its cost from the library's own stages;
// it also counts the tokens of each input. One wink instance serves both (the model breaks on a
// second one in a process), narrowed to the part-of-speech tagger as the library's default is.
const wink = (await import('wink-nlp')).default((await import('wink-eng-lite-web-model')).default, [
  'pos',
]);
const analyzer = createAnalyzer({ nlp: wink });
// With no limit on quotations: what is measured is the cost of reading all of each input, not of
// stopping at the default 20,000 (which bounds memory, and time, on the densest inputs).
const analyzeArticle = (text) => analyzer.analyzeArticle(text, { maxQuotes: Infinity });
const detect = (text) => detectQuotes(text, { maxQuotes: Infinity });
const tokenize = (text) => wink.readDoc(text).tokens().out(wink.its.pos);
const tokenCount = (text) => tokenize(text).length;

// analyzeArticle on a hostile input may be far from linear: grow the input from 32 KB and stop
// before a run would pass the budget, reporting how the cost grows with size.
const BUDGET_MS = Number(value('--budget', '60000'));
function analyzeGrowth(text) {
  let size = Math.min(text.length, 32 * 1024);
  let last = null;
  for (;;) {
    const piece = text.slice(0, size);
    const [ms] = median(analyzeArticle, piece);
    const row = {
      size,
      ms,
      growth: last ? Math.log(ms / last.ms) / Math.log(size / last.size) : NaN,
    };
    last = row;
    if (size >= text.length) return row;
    const nextSize = Math.min(text.length, size * 2);
    if (ms * (nextSize / size) ** Math.max(1, row.growth || 1) > BUDGET_MS) return row;
    size = nextSize;
  }
}

// warm up: JIT and the wink model load
for (let i = 0; i < 20; i++) {
  detectQuotes(ARTICLE);
  tokenize(ARTICLE);
  if (only !== 'detect') analyzeArticle(ARTICLE);
}

const rows = [];
let base = null;
const match = value('--match', '');
for (const [name, text] of inputs.filter(([name], i) => i === 0 || name.includes(match))) {
  const bareWink = !hasLongRun(text);
  const tokens = bareWink ? tokenCount(text) : undefined;
  const [detectMs, quotes] = median(detect, text);
  const row = {
    input: name,
    chars: text.length,
    tokens: tokens ?? '',
    quotes: quotes.length,
    'detect µs/kc': +perK(detectMs, text.length).toFixed(1),
    'detect µs/ktok': tokens ? +perK(detectMs, tokens).toFixed(1) : '',
  };
  base ??= row;
  row['detect ×ordinary'] = +(row['detect µs/kc'] / base['detect µs/kc']).toFixed(1);
  if (only !== 'detect') {
    row['wink µs/kc'] = bareWink ? +perK(median(tokenize, text)[0], text.length).toFixed(0) : '';
    const g = analyzeGrowth(text);
    row['analyze µs/kc'] = +perK(g.ms, g.size).toFixed(0);
    row['analyze µs/ktok'] = bareWink
      ? +perK(g.ms, g.size === text.length ? tokens : tokenCount(text.slice(0, g.size))).toFixed(0)
      : '';
    row['analyze ×ordinary'] = +(row['analyze µs/kc'] / base['analyze µs/kc']).toFixed(1);
    row['analyze at'] = g.size;
    row['analyze growth'] = Number.isNaN(g.growth) ? '' : `n^${g.growth.toFixed(2)}`;
  }
  rows.push(row);
  if (!flag('--json')) console.error(`${name}: done`);
}

if (flag('--json')) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
