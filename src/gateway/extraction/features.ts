/**
 * Reading the feature rows of a prediction request: the value at the monitor's `features`
 * pointer is either one row (an array of numbers) or a batch (an array of such arrays). Anything
 * else — strings, null, objects, deeper nesting, non-finite numbers (JSON's 1e400), rows of the
 * wrong length, too many rows or features — is a problem naming the place, never a crash.
 */
import { maxMonitoredFeatures } from '../config/sections/extraction.js';

/** The rows of one request. */
export interface FeatureRows {
  readonly rows: readonly Float64Array[];
  /** True when the request was a batch (an array of rows). */
  readonly batch: boolean;
}

/** Limits of {@link readFeatureRows}. */
export interface FeatureLimits {
  /** Expected features per row, when known. */
  readonly dimensions: number | undefined;
  readonly maxRows: number;
}

/** The rows at `pointer` in `body`, or a message saying what is wrong and where. */
export function readFeatureRows(value: unknown, pointer: string, limits: FeatureLimits): FeatureRows | string {
  const where = pointer === '' ? 'the body' : pointer;
  if (!Array.isArray(value)) return `${where} must be an array of numbers (one row) or an array of such arrays (a batch)`;
  if (value.length === 0) return `${where} is empty; send at least one feature`;
  if (Array.isArray(value[0])) {
    if (value.length > limits.maxRows) return `${where} holds ${value.length} rows; send at most ${limits.maxRows} per request`;
    const rows: Float64Array[] = [];
    let dimensions = limits.dimensions;
    for (let i = 0; i < value.length; i++) {
      const row = readRow(value[i], `${pointer}/${i}`, dimensions);
      if (typeof row === 'string') return row;
      dimensions ??= row.length;
      rows.push(row);
    }
    return { rows, batch: true };
  }
  const row = readRow(value, pointer, limits.dimensions);
  return typeof row === 'string' ? row : { rows: [row], batch: false };
}

function readRow(value: unknown, where: string, dimensions: number | undefined): Float64Array | string {
  const shown = where === '' ? 'the body' : where;
  if (!Array.isArray(value)) return `${shown} must be an array of numbers`;
  if (value.length === 0) return `${shown} is an empty row`;
  if (value.length > maxMonitoredFeatures) return `${shown} has ${value.length} features; at most ${maxMonitoredFeatures} are read`;
  if (dimensions !== undefined && value.length !== dimensions) return `${shown} has ${value.length} features; this model takes ${dimensions}`;
  const row = new Float64Array(value.length);
  for (let j = 0; j < value.length; j++) {
    const v: unknown = value[j];
    if (typeof v !== 'number') return `${shown}/${j} is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`}, not a number`;
    if (!Number.isFinite(v)) return `${shown}/${j} is not a finite number`;
    row[j] = v;
  }
  return row;
}
