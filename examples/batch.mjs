// Reads a JSONL archive ({"id", "text"} a line) with node:readline and analyses it with
// analyzeMany on worker threads, printing each article's speakers in input order; bad lines are
// reported and skipped. Run `npm run build` first, then:
//
//   node examples/batch.mjs test/cli/fixtures/archive.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeMany } from 'quote-attribution/node';

const file = process.argv[2] ?? new URL('../test/cli/fixtures/archive.jsonl', import.meta.url);

async function* articles() {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line);
    } catch {
      // not JSON: analyzeMany reports it in its place, as an item that is not an article
      yield { id: `line ${number}` };
    }
  }
}

for await (const item of analyzeMany(articles(), { jobs: 2 })) {
  if (item.kind === 'error') console.error(`${item.id}: ${item.error}`);
  else console.log(`${item.id}: ${item.result.speakers.map((s) => s.name).join(', ') || '—'}`);
}
