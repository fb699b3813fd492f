/** Where a JSON value starts and ends in a line. */
interface ValueAt {
  readonly start: number;
  readonly end: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** The end of the JSON string that opens at `at` (its closing quote included). */
function stringEnd(line: string, at: number): number {
  for (let i = at + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i + 1;
  }
  return line.length;
}

/** The end of the JSON value that starts at `at`: a string, an object, an array or a literal. */
function valueEnd(line: string, at: number): number {
  if (line[at] === '"') return stringEnd(line, at);
  let depth = 0;
  for (let i = at; i < line.length; i++) {
    const c = line[i];
    if (c === '"') i = stringEnd(line, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && (c === ',' || isSpace(c))) return i;
  }
  return line.length;
}

/**
 * Finds the source text of the value of a JSON object's top-level `"id"` key, as the line wrote
 * it: `JSON.parse` turns `12345678901234567890` into `12345678901234567000` and `1e400` into
 * `Infinity`, and an id is the one thing a caller needs back exactly. When a key is given twice,
 * the last one counts, as in `JSON.parse`.
 *
 * @param line one JSONL line that `JSON.parse` read as an object
 * @returns the id's source text, or `undefined` when the object has no `id`
 * @example
 * idSource('{"id": 12345678901234567890, "text": "…"}'); // → '12345678901234567890'
 */
export function idSource(line: string): string | undefined {
  let found: ValueAt | undefined;
  let i = line.indexOf('{') + 1;
  while (i > 0 && i < line.length) {
    while (isSpace(line[i]) || line[i] === ',') i++;
    if (line[i] !== '"') break;
    const keyEnd = stringEnd(line, i);
    const key = JSON.parse(line.slice(i, keyEnd)) as string;
    i = keyEnd;
    while (isSpace(line[i]) || line[i] === ':') i++;
    const end = valueEnd(line, i);
    if (key === 'id') found = { start: i, end };
    i = end;
  }
  return found && line.slice(found.start, found.end);
}
