#!/usr/bin/env node
// The `quote-attribution` command (dist/cli.js). Node-only; src/index.ts never imports it.
import { fstatSync, readFileSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { parseCliArgs, usage, UsageError, type CliCommand } from './args.js';
import { escapeControls } from './escape-controls.js';
import { mapOrdered } from './map-ordered.js';
import { idText, type ArticleId } from './output-format.js';
import { outputFormats } from './output-formats.js';
import { ProgressBar } from './progress-bar.js';
import { readInputs, type InputItem } from './read-inputs.js';
import { SourceAuditTotals, type SourceAudit } from '../summary/source-audit.js';
import { summaryJson, summaryText } from './format-summary.js';
import type { ArticleOutput, ArticleTask, WorkerSetup } from './worker.js';
import { WorkerPool, type TaskOutcome } from './worker-pool.js';

const command = 'quote-attribution';

/** Exit codes: usage errors differ from bad input, so a script can tell its own mistake apart. */
const exitCodes = { ok: 0, badInput: 1, usage: 2 } as const;

/** Writes to stdout, waiting when the pipe is full so output never piles up in memory. */
function write(text: string): Promise<void> | undefined {
  if (!text || process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** The input's size in bytes, for the time left; `undefined` when a part of it is a pipe. */
async function totalBytes(files: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const file of files) {
    const info = file === '-' ? stdinStats() : await stat(file).catch(() => undefined);
    if (info?.isFile()) total += info.size;
    else if (file === '-') return undefined;
  }
  return total;
}

function stdinStats(): Stats | undefined {
  try {
    return fstatSync(0);
  } catch {
    return undefined;
  }
}

function version(): string {
  // dist/cli.js sits one folder below package.json, installed or not.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Each worker's heap limit, in MB: as much as the command itself was given (Node's default, or
 * `node --max-old-space-size=…`), so an article that needs more costs its worker, not the command.
 */
function workerHeapMb(): number {
  return Math.max(64, Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024)));
}

/** Why an article has no output, as the message on stderr says it. */
function skipped(id: ArticleId, outcome: Extract<TaskOutcome<ArticleOutput>, { error: string }>) {
  if (outcome.cause === 'failed') return `${idText(id)}: could not analyse (${outcome.error})`;
  return `${idText(id)}: skipped, ${outcome.error}`;
}

type RunOptions = Extract<CliCommand, { kind: 'run' }>;

function startPool(options: RunOptions): WorkerPool<ArticleTask, ArticleOutput, WorkerSetup> {
  // dist/cli-worker.js is built beside dist/cli.js (see tsup.config.ts).
  return new WorkerPool<ArticleTask, ArticleOutput, WorkerSetup>(
    new URL('./cli-worker.js', import.meta.url),
    {
      size: options.jobs,
      setup: { format: options.format, shape: options.shape, summary: options.summary },
      timeoutMs: options.timeout * 1000,
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() },
    },
  );
}

/** `--summary`: the articles' audits summed over all input and per outlet, in input order. */
class SummaryTotals {
  readonly #all = new SourceAuditTotals();
  readonly #outlets = new Map<string, SourceAuditTotals>();

  add(audit: SourceAudit, outlet: string | undefined): void {
    this.#all.add(audit);
    if (outlet === undefined) return;
    let totals = this.#outlets.get(outlet);
    if (!totals) this.#outlets.set(outlet, (totals = new SourceAuditTotals()));
    totals.add(audit);
  }

  render(format: RunOptions['format']): string {
    const report = {
      all: this.#all.audit(),
      outlets: new Map([...this.#outlets].map(([name, totals]) => [name, totals.audit()])),
    };
    return format === 'json' ? summaryJson(report) : summaryText(report);
  }
}

async function run(options: RunOptions): Promise<number> {
  const format = outputFormats[options.format];
  const progress = new ProgressBar(
    process.stderr,
    process.stderr.isTTY ? await totalBytes(options.files) : undefined,
  );
  for (const note of options.notes) progress.log(`${command}: ${note}`);
  const pool = startPool(options);
  const summary = options.summary ? new SummaryTotals() : undefined;
  // Enough articles in flight to keep every worker busy while the oldest one is still running.
  const window = Math.max(4, options.jobs * 4);
  const analyse = async (
    item: InputItem,
  ): Promise<{ item: InputItem; outcome?: TaskOutcome<ArticleOutput> }> =>
    item.kind !== 'article'
      ? { item }
      : { item, outcome: await pool.run({ id: item.id, text: item.text, markup: item.markup }) };

  let failed = false;
  let written = 0;
  try {
    if (!summary) await write(format.begin);
    const inputs = readInputs(options.files, options.input, { maxBytes: options.maxBytes });
    for await (const { item, outcome } of mapOrdered(inputs, window, analyse)) {
      progress.tick(item.bytes);
      if (item.kind === 'note') {
        progress.log(`${command}: ${item.message}`);
        continue;
      }
      if (item.kind === 'error' || !outcome || 'error' in outcome) {
        failed = true;
        const message =
          item.kind === 'error'
            ? item.message
            : outcome && 'error' in outcome
              ? skipped(item.id, outcome)
              : `${idText(item.id)}: could not analyse (no result)`;
        // A file name or an id with a line break in it must not forge a line of its own.
        progress.log(`${command}: ${escapeControls(message)}`);
        continue;
      }
      if (summary) summary.add(outcome.output as SourceAudit, item.outlet);
      else {
        if (written) await write(format.between);
        await write(outcome.output as string);
      }
      written += 1;
    }
    await write(summary ? summary.render(options.format) : format.end(written));
  } finally {
    progress.finish();
    await pool.close();
  }
  return failed ? exitCodes.badInput : exitCodes.ok;
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed: CliCommand;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `${command}: ${error.message}\nTry '${command} --help' for more information.\n`,
    );
    return exitCodes.usage;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(usage);
    return exitCodes.ok;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`${version()}\n`);
    return exitCodes.ok;
  }
  return run(parsed);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`quote-attribution big.jsonl | head`): what it wanted was written.
  if (error.code === 'EPIPE') process.exit(exitCodes.ok);
  process.stderr.write(`${command}: cannot write the output (${error.message})\n`);
  process.exit(exitCodes.badInput);
});

// A closed or broken stderr (`2>&1 >out | head -1`) must not stop the run: the articles still go
// to stdout, and the exit status still says something went wrong.
process.stderr.on('error', () => undefined);

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode rather than exit(): the last writes to a pipe may still be on their way.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${command}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = exitCodes.badInput;
  },
);
