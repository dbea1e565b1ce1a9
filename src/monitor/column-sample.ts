/**
 * One column's bounded sample and counts, for a reference profile or a window. Cells are
 * numbers, text or missing; the column is numerical when every present value is a number
 * (or text that reads as a finite number), categorical otherwise.
 */
import type { DriftColumnType } from '../stats/index.js';
import { Reservoir } from './reservoir.js';

/** Longest text value kept in a sample; longer text is cut. */
export const maxSampleText = 200;

/** A column of a profile or a window summary, as JSON. */
export interface ColumnSummary {
  readonly type: DriftColumnType;
  /** Present values seen. */
  readonly count: number;
  /** Missing (null, empty, non-finite) values seen. */
  readonly missing: number;
  /** The bounded sample: numbers for a numerical column, text for a categorical one. */
  readonly sample: readonly (number | string)[];
}

const asNumber = (cell: unknown): number | undefined => {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'boolean') return Number(cell);
  if (typeof cell === 'string' && cell.trim() !== '') {
    const n = Number(cell);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
};

export class ColumnSample {
  readonly #sample: Reservoir<number | string>;
  #missing = 0;
  #nonNumeric = 0;

  constructor(capacity: number, seed: number) {
    this.#sample = new Reservoir(capacity, seed);
  }

  add(cell: unknown): void {
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '') || (typeof cell === 'number' && !Number.isFinite(cell))) {
      this.#missing++;
      return;
    }
    if (typeof cell === 'number') return this.#sample.add(cell);
    if (asNumber(cell) === undefined) this.#nonNumeric++;
    this.#sample.add(typeof cell === 'string' ? cell.slice(0, maxSampleText) : String(cell));
  }

  get count(): number {
    return this.#sample.seen;
  }

  /** The summary; `type` forces the column type (the reference's) instead of inferring it. */
  summary(type?: DriftColumnType): ColumnSummary {
    const chosen = type ?? (this.#nonNumeric === 0 ? 'numerical' : 'categorical');
    const raw = this.#sample.values();
    const sample = chosen === 'numerical' ? raw.map(asNumber).filter((v): v is number => v !== undefined) : raw.map((v) => (typeof v === 'number' ? String(v) : v));
    return { type: chosen, count: this.#sample.seen, missing: this.#missing, sample };
  }
}
