/** Counting the violations of one check, keeping the first rows, lines and a few redacted samples. */
import type { Cell } from '../../../ml/index.js';
import { redact } from '../../../detect/index.js';

/** Rows, lines and samples kept per violation. */
export const keptRows = 10;
const keptSamples = 5;
const sampleChars = 80;

/** One violated check, as reported. */
export interface Violation {
  /** What was checked: a rule's `check` (`range`, `unique`, ...), `type`, `missing-column`, or `well-formed` (rows the reader had to repair or skip). */
  readonly rule: string;
  /** Where the check comes from: `rules[index]`, `schema.columns[index]`, or the reader. */
  readonly source: 'rules' | 'schema' | 'reader';
  readonly index?: number;
  readonly column: string | null;
  /** Rows (or values) that violate it. */
  readonly count: number;
  /** First violating data rows, 0-based, header excluded. */
  readonly rows: readonly number[];
  /** Their 1-based lines in the file (text formats). */
  readonly lines: readonly number[];
  /** A few offending values, personal data and secrets masked. */
  readonly samples: readonly string[];
  readonly message: string;
  readonly description?: string;
}

/** Accumulates one check's violations. */
export class Tally {
  count = 0;
  readonly rows: number[] = [];
  readonly lines: number[] = [];
  readonly samples: string[] = [];

  /** Record one violating row. */
  add(row: number, line: number, cell: Cell | undefined): void {
    this.count++;
    if (this.rows.length < keptRows) {
      this.rows.push(row);
      if (line > 0) this.lines.push(line);
    }
    if (cell !== undefined && this.samples.length < keptSamples) {
      const text = sampleOf(cell);
      if (!this.samples.includes(text)) this.samples.push(text);
    }
  }
}

/** A cell as a short sample with personal data and secrets masked. */
export function sampleOf(cell: Cell): string {
  if (cell === null) return '(empty)';
  const text = String(cell);
  const masked = redact(text.length > 4 * sampleChars ? text.slice(0, 4 * sampleChars) : text);
  return masked.length > sampleChars ? `${masked.slice(0, sampleChars)}…` : masked;
}
