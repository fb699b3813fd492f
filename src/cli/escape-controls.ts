/**
 * Characters a terminal or an editor acts on rather than shows: C0 and C1 controls (escape
 * sequences start with ESC or CSI), DEL, the line and paragraph separators, and the bidirectional
 * controls that reorder what is shown.
 */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The three controls with a name everyone reads. */
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Makes text safe to write to a terminal: every control character is written as an escape a
 * person can read (`\n`, `\u001b`), so an article cannot move the cursor, set the window title or
 * forge a line of output.
 *
 * @param text an id, a name, a quotation or a message
 * @returns the text with each control character escaped
 * @example
 * escapeControls('a1\nstory.txt'); // → 'a1\\nstory.txt'
 */
export function escapeControls(text: string): string {
  return text.replace(
    CONTROLS,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
