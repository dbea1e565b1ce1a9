/**
 * A small progress bar for long CLI work (hashing, scanning, generating), without dependencies.
 *
 * It draws one line on a TTY, redrawn in place at most ~10 times a second, and writes nothing
 * at all when disabled, so machine output and logs of non-interactive runs stay clean.
 */

/** How counts are shown: plain numbers, or bytes in MiB. */
export type ProgressUnit = 'count' | 'bytes';

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  /** Where to draw; stderr by default, so stdout stays machine output. */
  stream?: NodeJS.WriteStream;
  /** What is being done, e.g. `Hashing model.onnx`. */
  label: string;
  /** Expected count (or bytes); without it no percent, bar or ETA is shown. */
  total?: number;
  /** The caller's decision (see {@link shouldShowProgress}); drawing also needs a TTY. */
  enabled?: boolean;
  /** Show counts as plain numbers (default) or as MiB. */
  unit?: ProgressUnit;
}

/** A running progress bar. */
export interface Progress {
  /** Add `n` (default 1) to the count and maybe redraw, showing `note` (e.g. the current file). */
  tick(n?: number, note?: string): void;
  /** Set or change the expected total. */
  setTotal(n: number): void;
  /** Clear the line; with `finalNote`, leave one line `label: finalNote` behind. */
  done(finalNote?: string): void;
}

/** Minimum time between two redraws: about 10 per second. */
export const REDRAW_INTERVAL_MS = 100;
const CLEAR_LINE = '\r\x1b[2K';
const BAR_WIDTH = 20;

/**
 * Decide whether to show progress: only on a TTY, and neither under CI nor with `--quiet`.
 *
 * @example
 * createProgress({ label: 'Hashing', enabled: shouldShowProgress(process.stderr, { quiet: opts.quiet }) })
 */
export function shouldShowProgress(
  stream: { isTTY?: boolean },
  options: { quiet?: boolean; env?: NodeJS.ProcessEnv } = {},
): boolean {
  const env = options.env ?? process.env;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return stream.isTTY === true && options.quiet !== true && !ci;
}

/**
 * Create a progress bar that redraws one line in place.
 *
 * @example
 * const progress = createProgress({ label: 'Hashing', total: size, unit: 'bytes', enabled });
 * let last = 0;
 * await hashFile(path, { onProgress: (done) => { progress.tick(done - last, path); last = done; } });
 * progress.done(`${size} bytes`);
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.enabled === false || stream.isTTY !== true) return { tick() {}, setTotal() {}, done() {} };

  const startedAt = Date.now();
  let lastDrawAt = -Infinity;
  let count = 0;
  let total = options.total;
  let note: string | undefined;
  let finished = false;

  const draw = (now: number): void => {
    lastDrawAt = now;
    const line = renderProgressLine({
      label: options.label,
      count,
      total,
      unit: options.unit ?? 'count',
      elapsedMs: now - startedAt,
      note,
      columns: stream.columns,
    });
    stream.write(CLEAR_LINE + line);
  };

  return {
    tick(n = 1, tickNote) {
      if (finished) return;
      count += n;
      if (tickNote !== undefined) note = tickNote;
      const now = Date.now();
      if (now - lastDrawAt >= REDRAW_INTERVAL_MS) draw(now);
    },
    setTotal(n) {
      total = n;
    },
    done(finalNote) {
      if (finished) return;
      finished = true;
      stream.write(CLEAR_LINE + (finalNote === undefined ? '' : `${printable(options.label)}: ${printable(finalNote)}\n`));
    },
  };
}

/** What one progress line shows. */
export interface ProgressLineState {
  label: string;
  count: number;
  total: number | undefined;
  unit: ProgressUnit;
  elapsedMs: number;
  note?: string | undefined;
  /** Terminal width; the line is cut to fit so it never wraps (wrapping breaks `\r`). */
  columns?: number | undefined;
}

/**
 * Render one progress line: label, bar, percent, count/total, elapsed, ETA and note.
 *
 * @example
 * renderProgressLine({ label: 'Hashing', count: 512 * 2 ** 20, total: 2 ** 30, unit: 'bytes', elapsedMs: 2000 })
 * // 'Hashing [##########··········]  50% 512.0/1024.0 MiB 2.0s ETA 2.0s'
 */
export function renderProgressLine(state: ProgressLineState): string {
  const { label, count, total, unit, elapsedMs } = state;
  const parts = [printable(label)];
  const known = total !== undefined && total > 0;
  if (known) {
    const ratio = Math.min(1, count / total);
    const filled = Math.round(ratio * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}]`, `${Math.floor(ratio * 100)}%`.padStart(4));
    parts.push(unit === 'bytes' ? `${mib(count)}/${mib(total)} MiB` : `${count}/${total}`);
  } else {
    parts.push(unit === 'bytes' ? `${mib(count)} MiB` : String(count));
  }
  parts.push(formatDuration(elapsedMs));
  if (known && count > 0 && count < total) parts.push(`ETA ${formatDuration((elapsedMs * (total - count)) / count)}`);
  if (state.note) parts.push(printable(state.note));
  const line = parts.join(' ');
  // Leave the last column free: writing into it makes some terminals wrap early.
  const width = state.columns !== undefined && state.columns > 1 ? state.columns - 1 : Infinity;
  return line.length > width ? line.slice(0, width) : line;
}

/** Format a duration compactly: `4.2s`, `3m05s`, `1h02m`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

// File names are attacker-chosen: control characters could move the cursor or rewrite the screen.
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, '?');
}

function mib(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
