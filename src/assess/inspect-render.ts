/** The terminal section of `aisec data inspect` that lists the most suspicious rows. */
import pc from 'picocolors';
import type { InspectReport } from './inspect-dataset.js';

/** Options of {@link renderTopSuspects}. */
export interface RenderSuspectsOptions {
  readonly color: boolean;
  readonly width: number;
  /** Rows listed (default 10). */
  readonly top?: number;
}

/**
 * Render the top suspects as a small table (row, score, signals), after the summary. Rows are
 * 0-based data rows, header excluded, as in the JSON `suspects`.
 */
export function renderTopSuspects(report: InspectReport, options: RenderSuspectsOptions): string {
  const c = pc.createColors(options.color);
  const top = report.suspects.slice(0, options.top ?? 10);
  if (top.length === 0) return `${c.bold('Suspicious rows')}\n  None: no signal ranked any row of the data.\n`;
  const width = Math.max(40, Math.min(120, options.width));
  const rowWidth = Math.max(3, ...top.map((s) => String(s.row).length));
  const lines = top.map((s) => {
    const signals = s.signals.join(', ');
    const room = width - rowWidth - 13;
    return `  ${String(s.row).padStart(rowWidth)}   ${s.score.toFixed(3)}   ${signals.length > room ? `${signals.slice(0, Math.max(room - 1, 1))}…` : signals}`;
  });
  const more = report.suspects.length > top.length ? ` (top ${top.length} of ${report.suspects.length}; all of them with --json)` : '';
  return [
    `${c.bold('Suspicious rows')}${more}`,
    c.dim(`  ${'row'.padStart(rowWidth)}   score   signals   (rows count from 0, header excluded)`),
    ...lines,
    '',
  ].join('\n');
}
