// Writes a JSONL archive of made-up news articles to stdout, one {"id", "text"} object per line,
// for measuring the command on a large input (memory, speed). The articles are assembled from the
// fictional sentences below with a seeded random generator, so every run writes the same file.
//
//   node bench/generate-articles.mjs 100000 > scratch/articles.jsonl
//   /usr/bin/time -v node dist/cli.js --format jsonl scratch/articles.jsonl > /dev/null

const count = Number(process.argv[2] ?? 1000);

const firstNames = [
  'Maria',
  'John',
  'Aiko',
  'Kwame',
  'Elena',
  'Tomas',
  'Priya',
  'Lars',
  'Fatima',
  'Diego',
];
const lastNames = [
  'Lopez',
  'Park',
  'Tanaka',
  'Mensah',
  'Vasquez',
  'Novak',
  'Raman',
  'Berg',
  'Haddad',
  'Ortiz',
];
const roles = [
  'the mayor',
  'a city spokesperson',
  'the harbour master',
  'one of the organisers',
  'the school principal',
];
const topics = [
  'the new ferry line',
  'the bridge repairs',
  'the library budget',
  'the flood barrier',
  'the night market',
];
const sayings = [
  'We will finish this before the winter',
  'Nobody asked the people who live here',
  'The numbers do not add up, and everyone knows it',
  'I have never seen the council move this fast',
  'We are not going to rush this',
  'It is a good day for the whole town',
];

let seed = 42;
function random() {
  // mulberry32: small, seeded, good enough to vary the text.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

function article() {
  const name = `${pick(firstNames)} ${pick(lastNames)}`;
  const other = `${pick(firstNames)} ${pick(lastNames)}`;
  const topic = pick(topics);
  const paragraphs = [
    `Council debates ${topic}`,
    `The town council met on Tuesday to discuss ${topic}, which has divided residents for months.`,
    `“${pick(sayings)},” said ${name}, who chairs the committee.`,
    `${other} disagreed. “${pick(sayings)}. ${pick(sayings)},” ${other.split(' ')[1]} told reporters after the meeting.`,
    `According to ${pick(roles)}, a decision is expected next month. Critics have called the plan a “${pick(['folly', 'gift', 'mess'])}.”`,
    `“${pick(sayings)},” ${pick(roles)} added.`,
  ];
  return paragraphs.join('\n\n');
}

let buffer = '';
for (let i = 1; i <= count; i++) {
  buffer += `${JSON.stringify({ id: `article-${i}`, text: article() })}\n`;
  if (buffer.length > 1 << 16) {
    process.stdout.write(buffer);
    buffer = '';
  }
}
process.stdout.write(buffer);
