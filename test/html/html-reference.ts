// An independent reading of an HTML slice, for checking the `html` ranges analyzeHtml gives: the
// elements the library skips and every tag taken out with regular expressions, the entities the
// tests write decoded from a table, white space runs read as one space. It knows only the markup
// the tests generate (no nesting inside a skipped element, no ">" in an attribute).

/** The entities the tests write, decoded. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&ldquo;': '“',
  '&rdquo;': '”',
  '&lsquo;': '‘',
  '&rsquo;': '’',
  '&mdash;': '—',
  '&nbsp;': '\u00a0',
  '&quot;': '"',
  '&#8220;': '“',
  '&#x201D;': '”',
  '&lt;': '<',
  '&gt;': '>',
};

const SKIPPED = /<(script|style|nav|aside|footer|form|head)\b[^>]*>[\s\S]*?<\/\1>/gi;
const HIDDEN =
  /<(span|p|div)\s+(?:hidden|aria-hidden="true"|style="display:\s*none")[^>]*>[^<]*<\/\1>/gi;
const BREAKING_TAG =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|header|br)\b[^>]*>/gi;

/** White space runs as one space, trimmed: how the text reads, whatever its line breaks. */
export function squash(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The text of an HTML slice, squashed. */
export function readSlice(html: string): string {
  const text = html
    .replace(SKIPPED, '')
    .replace(HIDDEN, '')
    .replace(BREAKING_TAG, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity) => ENTITIES[entity] ?? entity);
  return squash(text);
}

/** Every `{ start, end, text }` object in a result, however deep, with the path to it. */
export function spansIn(
  value: unknown,
  path = 'result',
): { path: string; span: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((item, k) => spansIn(item, `${path}[${k}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own =
    typeof record['start'] === 'number' && typeof record['text'] === 'string'
      ? [{ path, span: record }]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, field]) =>
      key === 'html' ? [] : spansIn(field, `${path}.${key}`),
    ),
  ];
}

/** A result with every `html` range taken off, to compare with `analyzeArticle`'s. */
export function withoutHtml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutHtml);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'html')
      .map(([key, field]) => [key, withoutHtml(field)]),
  );
}
