import type { DiagnosticLog, ReadDiagnostic, ReadDiagnosticCode } from './types.js';

/** Diagnostics kept in full per code; the rest are only counted, so a bad file cannot fill memory. */
const keptPerCode = 20;

/** A {@link DiagnosticLog} that bounds what it keeps. */
export class BoundedDiagnosticLog implements DiagnosticLog {
  readonly list: ReadDiagnostic[] = [];
  readonly counts: Partial<Record<ReadDiagnosticCode, number>> = {};

  /** Record one diagnostic. */
  add(code: ReadDiagnosticCode, line: number, message: string): void {
    const n = (this.counts[code] ?? 0) + 1;
    this.counts[code] = n;
    if (n <= keptPerCode) this.list.push({ code, line, message });
  }

  /** How many diagnostics of one code were recorded. */
  count(code: ReadDiagnosticCode): number {
    return this.counts[code] ?? 0;
  }
}
