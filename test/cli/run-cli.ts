// Runs the built command as a user would: `node dist/cli.js …` in a child process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built command; `npm test` builds it before the tests run. */
export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The folder of the fixtures, the working directory of every run unless told otherwise. */
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** What a run of the command gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run the command, beyond its arguments. */
export interface RunOptions {
  /** Fed to standard input; an empty one otherwise. */
  readonly stdin?: string;
  /** The working directory. @default the fixtures folder */
  readonly cwd?: string;
  /** Options for `node` itself, before the script: `--max-old-space-size=64`. */
  readonly nodeArgs?: readonly string[];
}

/**
 * Runs the command with `args`, feeding `stdin` when given (an empty stdin otherwise).
 *
 * @example
 * const { code, stdout } = await runCli(['--format', 'jsonl', 'archive.jsonl']);
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cliPath, ...args], {
      cwd: options.cwd ?? fixtures,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
