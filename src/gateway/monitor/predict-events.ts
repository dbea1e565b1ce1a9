/**
 * Monitor events from a classic prediction: the feature rows of the mapped input (a row of
 * numbers or an object of named values, or a batch of either) and, per row, the label and the
 * confidence (the top probability) read from the answer at the route's `outputs`. Anything the
 * reader does not understand gives fewer fields, never an exception.
 */
import { argmax } from '../../ml/output-hardening.js';
import type { PredictRouteConfig } from '../config/schema.js';
import { readLabels, readProbabilities } from '../extraction/outputs.js';
import { getAt } from '../routes/json-pointer.js';

/** Most rows of one request turned into events; rows past it are counted, not sent. */
export const maxRowsPerRequest = 1000;
/** Most features read of one row (the monitor's own limit). */
const maxFeatures = 1000;
const maxText = 1000;

/** What one prediction contributes, per row. */
export interface PredictionRows {
  readonly features: readonly (Record<string, number | string | null> | undefined)[];
  readonly outputs: readonly (string | number | undefined)[];
  readonly confidences: readonly (number | undefined)[];
  /** Rows past {@link maxRowsPerRequest}, not turned into events. */
  readonly skipped: number;
}

type Value = number | string | null;

const defaultNames: string[] = [];
/** `x0`, `x1`, … (made once). */
const defaultName = (i: number): string => (defaultNames[i] ??= `x${i}`);

function cell(v: unknown): Value | undefined {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') return v.length <= maxText ? v : undefined;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

function namedRow(value: unknown, names: readonly string[] | undefined): Record<string, Value> | undefined {
  const out: Record<string, Value> = {};
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && n < maxFeatures; i++) {
      const v = cell(value[i]);
      if (v === undefined) continue;
      out[names?.[i] ?? defaultName(i)] = v;
      n++;
    }
    return n > 0 ? out : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, raw] of Object.entries(value)) {
      if (n >= maxFeatures) break;
      if (key.length > 256) continue;
      const v = cell(raw);
      if (v === undefined) continue;
      out[key] = v;
      n++;
    }
    return n > 0 ? out : undefined;
  }
  return undefined;
}

/** The rows of the mapped input: a batch is an array of rows (arrays or objects). */
export function inputRows(input: unknown, names: readonly string[] | undefined): { rows: (Record<string, Value> | undefined)[]; batch: boolean; skipped: number } {
  const isBatch = Array.isArray(input) && input.length > 0 && input.every((r) => Array.isArray(r) || (typeof r === 'object' && r !== null));
  if (!isBatch) return { rows: [namedRow(input, names)], batch: false, skipped: 0 };
  const list = input as unknown[];
  const kept = list.slice(0, maxRowsPerRequest);
  return { rows: kept.map((r) => namedRow(r, names)), batch: true, skipped: list.length - kept.length };
}

/** Read one prediction: the request's mapped input and the answer the client gets. */
export function predictionRows(route: PredictRouteConfig, requestBody: unknown, answer: unknown, names: readonly string[] | undefined): PredictionRows {
  const input = inputRows(getAt(requestBody, route.request?.from ?? ''), names);
  const count = input.rows.length;
  const outputs: (string | number | undefined)[] = new Array<string | number | undefined>(count).fill(undefined);
  const confidences: (number | undefined)[] = new Array<number | undefined>(count).fill(undefined);
  const o = route.outputs;
  if (o?.probabilities !== undefined) {
    const probs = readProbabilities(answer, o.probabilities, o.classes);
    if (typeof probs !== 'string' && (probs.rows.length === count || (probs.rows.length >= count && input.skipped > 0))) {
      for (let i = 0; i < count; i++) {
        const row = probs.rows[i]!;
        const k = argmax(row);
        const top = row[k]!;
        confidences[i] = top >= 0 && top <= 1 ? top : undefined;
        outputs[i] = o.classes?.[k] ?? k;
      }
    }
  }
  if (o?.label !== undefined) {
    const labels = readLabels(answer, o.label, count + input.skipped);
    if (typeof labels !== 'string') for (let i = 0; i < count; i++) outputs[i] = typeof labels[i] === 'string' ? (labels[i] as string).slice(0, maxText) : labels[i];
  }
  return { features: input.rows, outputs, confidences, skipped: input.skipped };
}
