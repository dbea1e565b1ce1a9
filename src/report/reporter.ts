import type { ReportV1 } from './schema.js';

/** Where a rendered report points readers for the other outputs (terminal summary). */
export interface RenderContext {
  /** Files written (or about to be) by other reporters in the same run, by format id. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Colour allowed (TTY and no NO_COLOR). */
  readonly color: boolean;
  /** Terminal width, for wrapping. */
  readonly width: number;
}

/** A report format: a pure renderer of {@link ReportV1}. I/O lives in the caller. */
export interface ReporterDef {
  readonly id: string;
  readonly summary: string;
  readonly mediaType: string;
  /** File name used inside `--out`, e.g. `report.sarif`. */
  readonly fileName: string;
  render(report: ReportV1, ctx: RenderContext): string;
}

/** Define a reporter (frozen). */
export function defineReporter(def: ReporterDef): Readonly<ReporterDef> {
  return Object.freeze(def);
}
