/**
 * Reading a classic model's decision from the answer the client would get, at the route's
 * `outputs` pointers: probability rows (one row, or an array of rows for a batch) and labels
 * (one value, or an array for a batch).
 */
import { argmax } from '../../ml/output-hardening.js';
import { getAt } from '../routes/json-pointer.js';

/** What the answer holds at `outputs`. */
export interface PredictOutputsConfig {
  readonly probabilities?: string | undefined;
  readonly label?: string | undefined;
  readonly classes?: readonly string[] | undefined;
}

/** Probability rows read from an answer. */
export interface ProbabilityRows {
  readonly rows: readonly (readonly number[])[];
  readonly batch: boolean;
}

/** The probability rows at `pointer`, or a message saying what is wrong. Every row must have the same length (classes.length when given). */
export function readProbabilities(body: unknown, pointer: string, classes: readonly string[] | undefined): ProbabilityRows | string {
  const value = getAt(body, pointer);
  const where = pointer === '' ? 'the answer' : pointer;
  if (!Array.isArray(value) || value.length === 0) return `no probabilities at ${where}`;
  const batch = Array.isArray(value[0]);
  const rows = (batch ? value : [value]) as unknown[];
  const width = classes?.length ?? (Array.isArray(rows[0]) ? rows[0].length : 0);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== width || width < 1) return `the probabilities at ${where} are not rows of ${width || 'the same number of'} numbers`;
    for (const p of row) if (typeof p !== 'number' || !Number.isFinite(p)) return `the probabilities at ${where} hold something that is not a finite number`;
  }
  return { rows: rows as number[][], batch };
}

/** The labels at `pointer` (one per row), or a message. */
export function readLabels(body: unknown, pointer: string, rows: number): (string | number)[] | string {
  const value = getAt(body, pointer);
  const list = Array.isArray(value) ? value : [value];
  if (list.length !== rows) return `expected ${rows} label(s) at ${pointer || 'the answer'}, found ${Array.isArray(value) ? list.length : value === undefined ? 0 : 1}`;
  for (const v of list) if (typeof v !== 'string' && typeof v !== 'number') return `a label at ${pointer || 'the answer'} is not a string or number`;
  return list as (string | number)[];
}

/** The index of `label` among the classes (a number is taken as the index itself), or -1. */
export function classIndex(label: string | number, classes: readonly string[] | undefined): number {
  if (typeof label === 'number') return Number.isInteger(label) && label >= 0 ? label : -1;
  return classes ? classes.indexOf(label) : -1;
}

/**
 * The predicted class of each of `rows` answer rows, as a string key: the argmax of the
 * probabilities when the answer has them, else the label. A message when neither can be read.
 */
export function predictedClasses(body: unknown, outputs: PredictOutputsConfig, rows: number): string[] | string {
  if (outputs.probabilities !== undefined) {
    const probs = readProbabilities(body, outputs.probabilities, outputs.classes);
    if (typeof probs !== 'string') {
      if (probs.rows.length !== rows) return `the answer has ${probs.rows.length} probability row(s) for ${rows} query row(s)`;
      return probs.rows.map((r) => String(argmax(r)));
    }
    if (outputs.label === undefined) return probs;
  }
  const labels = readLabels(body, outputs.label!, rows);
  if (typeof labels === 'string') return labels;
  return labels.map((l) => {
    const k = classIndex(l, outputs.classes);
    return k >= 0 ? String(k) : `label:${String(l).slice(0, 200)}`;
  });
}
