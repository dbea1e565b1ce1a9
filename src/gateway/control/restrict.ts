/**
 * `restricted` on a predict route: the answer is reduced to labels. When the route declares
 * where the label is (`outputs.label`), the probabilities are removed from the answer; when it
 * has only probabilities, each row becomes the one-hot row of its top class (the shape stays,
 * the scores a thief learns from go). A route without `outputs` cannot be reduced.
 */
import { labelOnly } from '../../ml/output-hardening.js';
import type { PredictRouteConfig } from '../config/schema.js';
import { getAt } from '../routes/json-pointer.js';

function segments(pointer: string): string[] {
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The object or array holding the value at `pointer`, and its key; undefined when absent. */
function holder(root: unknown, pointer: string): { parent: Record<string, unknown>; key: string } | undefined {
  const keys = segments(pointer);
  let current = root;
  for (let i = 0; i < keys.length - 1; i++) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, keys[i]!)) return undefined;
    current = (current as Record<string, unknown>)[keys[i]!];
  }
  const key = keys[keys.length - 1]!;
  if (typeof current !== 'object' || current === null || key === '__proto__' || !Object.hasOwn(current, key)) return undefined;
  return { parent: current as Record<string, unknown>, key };
}

const oneHot = labelOnly();

function oneHotRows(value: unknown): unknown {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const batch = Array.isArray(value[0]);
  const rows = (batch ? value : [value]) as unknown[];
  const out: number[][] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || !row.every((p) => typeof p === 'number' && Number.isFinite(p))) return undefined;
    out.push(Array.from(oneHot(row as number[])));
  }
  return batch ? out : out[0];
}

/**
 * The answer reduced to labels (a new value; `body` is not changed), or undefined when the
 * route declares no outputs or the probabilities are not rows of numbers.
 */
export function labelsOnly(route: PredictRouteConfig, body: unknown): unknown {
  const outputs = route.outputs;
  if (outputs === undefined) return undefined;
  const pointer = outputs.probabilities;
  if (pointer === undefined) return body;
  const value = getAt(body, pointer);
  if (value === undefined) return body;
  if (pointer === '') return oneHotRows(value);
  const copy = structuredClone(body);
  const at = holder(copy, pointer);
  if (at === undefined) return undefined;
  if (outputs.label !== undefined && outputs.label !== pointer && !Array.isArray(at.parent)) {
    delete at.parent[at.key];
    return copy;
  }
  const rows = oneHotRows(value);
  if (rows === undefined) return undefined;
  at.parent[at.key] = rows;
  return copy;
}
