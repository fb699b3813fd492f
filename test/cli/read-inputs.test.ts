import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../src/cli/read-inputs.js';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'quote-attribution-read-'));
});

async function read(files: string[], maxStringLength: number): Promise<string[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(files, undefined, { maxStringLength })) items.push(item);
  return items.map((item) => (item.kind === 'article' ? `article ${item.id}` : item.message));
}

// V8 cannot make a string of more than about 2^29 characters (a 512 MB input); the limit is a
// parameter so that 100 characters stand in for it here.
describe('an input longer than the longest string is an error for that input alone', () => {
  it('a JSONL line, and the lines after it are read', async () => {
    const long = JSON.stringify({ id: 'long', text: 'x'.repeat(200) });
    const path = join(scratch, 'long-line.jsonl');
    writeFileSync(path, `{"id":"a","text":"A."}\n${long}\n{"id":"b","text":"B."}\n`);
    expect(await read([path], 100)).toStrictEqual([
      'article a',
      `${path}, line 2: longer than the 100 characters a string can hold; skipped`,
      'article b',
    ]);
  });

  it('a whole file, and the files after it are read', async () => {
    const long = join(scratch, 'long.txt');
    const short = join(scratch, 'short.txt');
    writeFileSync(long, 'x'.repeat(200));
    writeFileSync(short, '"Fine," she said.');
    expect(await read([long, short], 100)).toStrictEqual([
      `${long}: longer than the 100 characters a string can hold; skipped`,
      `article ${short}`,
    ]);
  });
});
