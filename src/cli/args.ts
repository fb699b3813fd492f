import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  compactFields,
  resultFields,
  type ResultField,
  type ResultShape,
} from './select-fields.js';

/** The output formats of `--format`. */
export const formatNames = ['text', 'json', 'jsonl', 'html', 'csv'] as const;

/** A value of `--format`. */
export type FormatName = (typeof formatNames)[number];

/** The ways of reading an input of `--input`. */
export const inputModes = ['text', 'jsonl', 'html'] as const;

/**
 * A value of `--input`: a whole file is one article (`text`), one JSON object per line (`jsonl`),
 * or one article as HTML (`html`).
 */
export type InputMode = (typeof inputModes)[number];

/** What the command was asked to do. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      /** Files to read in order; `-` is standard input. Standard input alone when none are given. */
      readonly files: readonly string[];
      /** How to print the results. @default 'text' */
      readonly format: FormatName;
      /**
       * How to read every input, or `undefined` to decide per input: JSONL for a file ending in
       * `.jsonl` or `.ndjson` and for standard input whose first line is a JSONL article, HTML for
       * `.html` and `.htm`, a whole article otherwise.
       * @default undefined
       */
      readonly input: InputMode | undefined;
      /** Worker threads to run, at most the available parallelism. @default that number */
      readonly jobs: number;
      /**
       * Seconds one article may take before it is skipped and its worker replaced; `0` for none.
       * @default 60
       */
      readonly timeout: number;
      /** Bytes one article (a file, or a JSONL line) may have; a larger one is skipped. @default 50 MiB */
      readonly maxBytes: number;
      /** What to tell the user about the command line, such as a `--jobs` that was lowered. */
      readonly notes: readonly string[];
      /**
       * What of each result json and jsonl write (`--fields`, `--compact`), or `undefined` for all.
       * @default undefined
       */
      readonly shape: ResultShape | undefined;
      /**
       * `--summary`: instead of each article's result, the audit of its sources over all input
       * (and per outlet), as text or as JSON.
       * @default false
       */
      readonly summary: boolean;
    };

/**
 * A mistake in the command line itself; the command prints it with the usage hint and exits 2.
 *
 * @example
 * parseCliArgs(['--jobs', '0']); // throws UsageError: --jobs must be a whole number of 1 or more, not '0'
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The text of `--help`. */
export const usage = `Usage: quote-attribution [options] [file ...]

Reads news articles and tells who said what. Each file is one article, or one
article per line when it is JSONL. Text is read as UTF-8, UTF-16 with a byte
order mark, or Windows-1252 when it is not valid UTF-8 (with a warning). With
no file, or with -, reads standard input.

Options:
  -f, --format <name>  text   speakers and their quotations, for reading (default)
                       json   one JSON array: per input its id and the full result
                       jsonl  one JSON line per input with its id, in input order
                       html   a standalone page highlighting quotations by speaker
                       csv    one row per quotation or reported statement, with
                              its speaker's gender, title and affiliation
  -i, --input <mode>   text   every input is one article
                       jsonl  every input has one {"id", "text"} object per line
                       html   every input is one article as HTML (a page or a
                              fragment): its text is read from the markup
                       (default: jsonl for .jsonl and .ndjson files and for
                       standard input whose first line is a JSON article, html
                       for .html and .htm, text otherwise)
  -j, --jobs <n>       worker threads (default and most: the cores available);
                       the output is the same for every n
  -t, --timeout <s>    seconds one article may take before it is skipped
                       (default: 60; 0 for no limit)
      --max-bytes <n>  the largest article, in bytes, or with K, M or G
                       (default: 50M); a larger file or JSONL line is skipped
      --fields <list>  json and jsonl: only these fields of each result, comma-
                       separated: paragraphs, quotes, reported, speakers, text
      --compact        json and jsonl: quotes, reported and speakers (or the
                       --fields), without what repeats another field
      --summary        instead of each article, the audit of its sources after
                       the run: over all input, and per outlet (the "outlet",
                       "source" or "publisher" of each JSONL line), sources by
                       gender, the anonymous share, the share of quoted words
                       by gender and the top speakers; text, or --format json
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 when every input was read, 1 when some input could not be read
or was skipped (each is named on stderr with the reason; the others are still
written, exactly as with --jobs 1), 2 for a usage error.

Examples:
  quote-attribution story.txt
  quote-attribution --format html story.txt > story.html
  quote-attribution --format jsonl archive.jsonl > quotes.jsonl
  cat export.ndjson | quote-attribution --format jsonl --compact --jobs 4
  quote-attribution --summary --format json archive.jsonl > audit.json
`;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Reads the command line.
 *
 * @param argv the arguments after `node` and the script, as in `process.argv.slice(2)`
 * @returns what to do, with every default filled in
 * @throws {UsageError} for an unknown option, a missing or wrong value, or a bad `--jobs`
 * @example
 * parseCliArgs(['--format', 'jsonl', 'archive.jsonl']);
 * // { kind: 'run', files: ['archive.jsonl'], format: 'jsonl', input: undefined, jobs: 8,
 * //   timeout: 60, maxBytes: 52428800, notes: [], shape: undefined, summary: false }
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        input: { type: 'string', short: 'i' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string', short: 't' },
        'max-bytes': { type: 'string' },
        fields: { type: 'string' },
        compact: { type: 'boolean' },
        summary: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs words its errors for programmers ("Unknown option '--x'. To specify a positional
    // argument starting with a '-', place it at the end of the command after '--'…"); keep the
    // first sentence, which says what is wrong.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/(?<=\.) /)[0] ?? message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'text';
  if (!isOneOf(formatNames, format)) {
    throw new UsageError(`--format must be one of ${formatNames.join(', ')}, not '${format}'`);
  }
  const input = values.input;
  if (input !== undefined && !isOneOf(inputModes, input)) {
    throw new UsageError(`--input must be one of ${inputModes.join(', ')}, not '${input}'`);
  }
  const notes: string[] = [];
  // availableParallelism is Node 18.14+ and honours CPU quotas; engines allows older 18s, where
  // cpus() is the count. More workers than that only add a model's memory each (about 60 MB).
  const available = os.availableParallelism?.() ?? os.cpus().length;
  let jobs = available;
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(values.jobs)) {
      throw new UsageError(`--jobs must be a whole number of 1 or more, not '${values.jobs}'`);
    }
    jobs = Number(values.jobs);
    if (jobs > available) {
      notes.push(
        `--jobs ${values.jobs} is more than the ${available} available; using ${available}`,
      );
      jobs = available;
    }
  }
  const timeout = parseTimeout(values.timeout);
  const maxBytes = parseBytes(values['max-bytes']);
  const files = positionals.length ? positionals : ['-'];
  const summary = values.summary === true;
  if (summary && format !== 'text' && format !== 'json') {
    throw new UsageError(`--summary is written as text or json, not ${format}`);
  }
  if (summary && (values.fields !== undefined || values.compact)) {
    throw new UsageError(`--summary writes no article's result: drop --fields and --compact`);
  }
  const shape = parseShape(values.fields, values.compact === true, format);
  return { kind: 'run', files, format, input, jobs, timeout, maxBytes, notes, shape, summary };
}

function parseShape(
  fields: string | undefined,
  compact: boolean,
  format: FormatName,
): ResultShape | undefined {
  if (fields === undefined && !compact) return undefined;
  if (format !== 'json' && format !== 'jsonl') {
    throw new UsageError(
      `--fields and --compact shape json and jsonl output; add --format jsonl or --format json`,
    );
  }
  if (fields === undefined) return { fields: compactFields, compact };
  const names = fields.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !isOneOf(resultFields, name));
  if (unknown.length || names.length === 0) {
    throw new UsageError(
      `--fields takes a comma-separated list of ${resultFields.join(', ')}, not '${fields}'`,
    );
  }
  return { fields: names as ResultField[], compact };
}

/** Seconds an article may take by default: a 2 MB article takes a few seconds on a slow machine. */
const defaultTimeout = 60;

/** The largest article by default: 50 MiB of text is a book shelf, not a news article. */
const defaultMaxBytes = 50 * 1024 * 1024;

/** What K, M and G multiply a `--max-bytes` by. */
const byteUnits: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return defaultTimeout;
  if (!/^\d+(\.\d+)?$/.test(value)) {
    throw new UsageError(`--timeout must be a number of seconds (0 for none), not '${value}'`);
  }
  return Number(value);
}

function parseBytes(value: string | undefined): number {
  if (value === undefined) return defaultMaxBytes;
  const match = /^([1-9]\d*)([KMG]?)$/i.exec(value);
  if (!match) {
    throw new UsageError(
      `--max-bytes must be a whole number of bytes, or with K, M or G, not '${value}'`,
    );
  }
  return Number(match[1]) * byteUnits[match[2]!.toUpperCase()]!;
}
