/** Where a run is, for {@link renderProgress}. */
export interface ProgressState {
  /** Articles (and unreadable inputs) done so far. */
  readonly done: number;
  /** Input bytes done so far. */
  readonly bytes: number;
  /** Input bytes in all, or `undefined` when unknown (standard input from a pipe). */
  readonly totalBytes: number | undefined;
  /** Milliseconds since the run started. */
  readonly elapsedMs: number;
  /** Columns of the terminal. */
  readonly columns: number;
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  const [h, m, sec] = [
    Math.floor(s / 3600),
    Math.floor(s / 60) % 60,
    String(s % 60).padStart(2, '0'),
  ];
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/**
 * The progress line: a bar, the share done, the count, the rate and the time left, measured on
 * bytes of input because articles differ in length. Without a known total, the count and rate only.
 *
 * @returns one line, no longer than `columns`, without a line ending
 * @example
 * renderProgress({ done: 1234, bytes: 42, totalBytes: 100, elapsedMs: 14_500, columns: 80 });
 * // '[#############-----------------]  42%  1,234 articles  85/s  0:20 left'
 */
export function renderProgress({
  done,
  bytes,
  totalBytes,
  elapsedMs,
  columns,
}: ProgressState): string {
  const rate = elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  const counts = `${done.toLocaleString('en-US')} ${done === 1 ? 'article' : 'articles'}  ${rate.toLocaleString('en-US')}/s`;
  if (!totalBytes) return counts.slice(0, columns);
  const share = Math.min(1, bytes / totalBytes);
  const left = share > 0 ? `  ${duration((elapsedMs * (1 - share)) / share)} left` : '';
  const text = ` ${String(Math.floor(share * 100)).padStart(3)}%  ${counts}${left}`;
  const width = Math.max(10, Math.min(30, columns - text.length - 2));
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`.slice(0, columns).trimEnd();
}
