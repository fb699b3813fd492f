// Hashes analyzeArticle's JSON over the PolNeAR articles (../shared/eval, read at run time, never
// copied), with the given fields dropped wherever they appear. A refactor that must not change
// behaviour compares this hash before and after: `node scripts/output-hash.mjs --drop rule`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const evalDir = path.join(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const drop = new Set();
for (let i = 0; i < args.length; i++) if (args[i] === '--drop') drop.add(args[++i]);
const splits = ['polnear-dev', 'polnear-train'];
if (!existsSync(path.join(evalDir, `${splits[0]}.jsonl`))) {
  console.log('output-hash skipped: ../shared/eval is not here');
  process.exit(0);
}
const { analyzeArticle } = await import(path.join(root, 'dist', 'index.js'));
const strip = (key, value) => (drop.has(key) ? undefined : value);
for (const split of splits) {
  const hash = createHash('sha256');
  const lines = readFileSync(path.join(evalDir, `${split}.jsonl`), 'utf8').split('\n');
  let articles = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line);
    hash.update(JSON.stringify(analyzeArticle(text), strip));
    hash.update('\n');
    articles++;
  }
  console.log(`${split}: ${articles} articles, sha256 ${hash.digest('hex')}`);
}
