/**
 * Dashes as the tokenizer gives them: en dash, em dash, horizontal bar, two hyphens. (A hyphen
 * with spaces around it stands for a dash too; code that reads one says so.)
 */
export const DASHES: ReadonlySet<string> = new Set(['--', '–', '—', '―']);
