/**
 * Read the labelled rows the adversarial tests feed a model: the model's input columns, in its
 * order, as numbers, and the label of each row as text. A row with a missing or non-numeric
 * feature, or no label, is skipped and counted per column (the tests need every value, and
 * guessing one would test a different input than the model ever sees).
 */
import { AisecError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import { readTable, type Cell } from '../../ml/index.js';

/** Where the rows come from and how to name things in messages. */
export interface RowSource {
  /** Absolute path of the file. */
  readonly file: string;
  /** The file as shown to the user. */
  readonly display: string;
  /** Where a feature name was given, for messages (e.g. `aisec.yaml:31:7 models[0].input.features[6]`); undefined when it came from the file. */
  readonly featurePlace?: (index: number) => string | undefined;
  /** Where the label column was named. */
  readonly labelPlace?: string;
}

/** Rows read from one file. */
export interface LabelledRows {
  /** The feature names, in the model's order (the columns other than the label when none were named). */
  readonly features: readonly string[];
  /** Row-major, `rows × features.length`. */
  readonly values: Float64Array;
  readonly rows: number;
  /** Label of each kept row, as canonical text (see {@link canonicalLabel}). */
  readonly labels: readonly string[];
  /** 1-based line in the file of each kept row, when known. */
  readonly lines: readonly (number | undefined)[];
  /** Rows skipped, and why: column name → rows whose value there was missing or not a number. */
  readonly skipped: number;
  readonly skippedBy: Readonly<Record<string, number>>;
  /** An example of a value that is not a number, per column, for the message. */
  readonly examples: Readonly<Record<string, string>>;
  /** Rows not read because of the row limit. */
  readonly truncated: number;
}

/** Options of {@link readLabelledRows}. */
export interface ReadRowsOptions {
  /** Most rows read (default 200,000); the rest are counted in `truncated`. */
  readonly maxRows?: number;
  readonly signal?: AbortSignal;
}

const defaultMaxRows = 200_000;

/**
 * Read `source`: `features` (all columns but the label when undefined) and `label`. Throws
 * ERR_DATA_COLUMN naming where a missing column was asked for, and the reader's errors
 * (ERR_DATA_FORMAT, ERR_TARGET_NOT_FOUND, ...) for a file it cannot read.
 */
export async function readLabelledRows(source: RowSource, features: readonly string[] | undefined, label: string, options: ReadRowsOptions = {}): Promise<LabelledRows> {
  const table = await readTable(source.file, { maxRows: options.maxRows ?? defaultMaxRows, ...(options.signal ? { signal: options.signal } : {}) });
  const columns = table.columns;
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const missing = (name: string, place: string | undefined, what: string): AisecError => {
    const near = didYouMean(name, columns);
    const shown = columns.length > 30 ? `${columns.slice(0, 30).join(', ')}, … (${columns.length} in all)` : columns.join(', ');
    return new AisecError(
      'ERR_DATA_COLUMN',
      `${place ? `${place}: ` : ''}${what} "${name}" is not a column of ${source.display}${near ? `; did you mean "${near}"?` : ''} Its columns: ${shown}.`,
      { details: { file: source.display, column: name, columns: columns.slice(0, 1000) } },
    );
  };
  if (!index.has(label)) throw missing(label, source.labelPlace, 'the label column');
  const names = features ?? columns.filter((c) => c !== label);
  if (names.length === 0) throw new AisecError('ERR_DATA_COLUMN', `${source.display} has no column besides the label "${label}": the model needs at least one input column.`);
  const featureIndex = names.map((name, j) => {
    const i = index.get(name);
    if (i === undefined) throw missing(name, source.featurePlace?.(j), 'the input feature');
    return i;
  });
  const labelIndex = index.get(label)!;
  const d = names.length;
  let values = new Float64Array(Math.min(table.rows.length, 1024) * d);
  const labels: string[] = [];
  const lines: (number | undefined)[] = [];
  const skippedBy: Record<string, number> = {};
  const examples: Record<string, string> = {};
  let skipped = 0;
  const row = new Float64Array(d);
  table.rows.forEach((cells, r) => {
    let bad: string | undefined;
    for (let j = 0; j < d; j++) {
      const cell = cells[featureIndex[j]!];
      const x = cellNumber(cell);
      if (Number.isNaN(x)) {
        bad ??= names[j]!;
        if (cell !== null && cell !== undefined && String(cell).trim() !== '') examples[names[j]!] ??= String(cell).slice(0, 40);
      }
      row[j] = x;
    }
    const text = canonicalLabel(cells[labelIndex]);
    if (text === undefined) bad ??= label;
    if (bad !== undefined) {
      skipped++;
      skippedBy[bad] = (skippedBy[bad] ?? 0) + 1;
      return;
    }
    if ((labels.length + 1) * d > values.length) {
      const grown = new Float64Array(Math.max(values.length * 2, d * 1024));
      grown.set(values);
      values = grown;
    }
    values.set(row, labels.length * d);
    labels.push(text!);
    lines.push(table.lineOf?.(r));
  });
  return { features: names, values: values.slice(0, labels.length * d), rows: labels.length, labels, lines, skipped, skippedBy, examples, truncated: table.truncatedRows };
}

/** A cell as a finite number, or NaN when it is empty, missing or not a number. */
export function cellNumber(cell: Cell | undefined): number {
  const n = typeof cell === 'number' ? cell : typeof cell === 'boolean' ? Number(cell) : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
  return Number.isFinite(n) ? n : NaN;
}

/**
 * A label as text that compares equal however it was written: trimmed, and a number in its
 * shortest form (`1`, `1.0` and `1e0` are all `1`). Undefined for an empty or missing label.
 */
export function canonicalLabel(value: Cell | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return String(Number(text));
  return text;
}
