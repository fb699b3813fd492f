import { renderProgress } from './render-progress.js';

/** A run shorter than this never shows a bar: a bar that flashes by only garbles the terminal. */
const showAfterMs = 1000;
/** Redrawing more often than this costs time and is not readable anyway. */
const redrawEveryMs = 100;

const clearLine = '\r\u001b[K';

/**
 * The progress bar on stderr. It draws only when stderr is a terminal, so a log file or a pipe
 * gets the error messages and nothing else, and only once a run has lasted a second, so that a
 * small input shows nothing.
 *
 * @example
 * const progress = new ProgressBar(process.stderr, totalBytes);
 * progress.tick(item.bytes);
 * progress.log('archive.jsonl, line 3: has no "text"');
 * progress.finish();
 */
export class ProgressBar {
  readonly #enabled: boolean;
  readonly #started: number;
  #done = 0;
  #bytes = 0;
  #drawnAt = 0;
  #shown = false;

  /**
   * @param stream where to draw; nothing is drawn unless it is a terminal
   * @param totalBytes the input's size, for the share done and the time left; `undefined` when unknown
   * @param now the clock, for tests
   */
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.#enabled = Boolean(stream.isTTY);
    this.#started = now();
  }

  /** Counts one input done, of `bytes` bytes, and redraws when it is time to. */
  tick(bytes: number): void {
    this.#done += 1;
    this.#bytes += bytes;
    if (!this.#enabled) return;
    const now = this.now();
    if (now - this.#started < showAfterMs || now - this.#drawnAt < redrawEveryMs) return;
    this.#drawnAt = now;
    this.#shown = true;
    const line = renderProgress({
      done: this.#done,
      bytes: this.#bytes,
      totalBytes: this.totalBytes,
      elapsedMs: now - this.#started,
      columns: (this.stream.columns || 80) - 1,
    });
    this.stream.write(`${clearLine}${line}`);
  }

  /** Writes a message on its own line, clearing the bar first; the bar comes back on the next tick. */
  log(message: string): void {
    this.stream.write(`${this.#shown ? clearLine : ''}${message}\n`);
    this.#drawnAt = 0;
  }

  /** Clears the bar, leaving the terminal as it was. */
  finish(): void {
    if (this.#shown) this.stream.write(clearLine);
    this.#shown = false;
  }
}
