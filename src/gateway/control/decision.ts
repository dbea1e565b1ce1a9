/**
 * Read a classic model's decision from the answer the client would get, at the route's
 * `outputs` pointers, and decide whether review mode holds it.
 */
import type { PredictRouteConfig } from '../config/schema.js';
import { getAt } from '../routes/json-pointer.js';

/** One row's decision: its class (name, label or index as text) and confidence (top probability). */
export interface RowDecision {
  readonly label: string | null;
  readonly confidence: number | null;
}

/** Why an answer is held. */
export type HoldReason = 'high-impact' | 'low-confidence' | 'review-all' | 'unreadable';

/** The verdict of review mode on one answer. */
export interface HoldVerdict {
  readonly hold: boolean;
  readonly reason: HoldReason | undefined;
  /** The row that decided (the first high-impact one, else the least confident under the threshold, else the first). */
  readonly label: string | null;
  readonly confidence: number | null;
}

const maxLabelChars = 200;

function labelText(value: unknown): string | null {
  if (typeof value === 'string') return value.slice(0, maxLabelChars);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** The decision of every row of an answer, or a message saying why it cannot be read. */
export function readDecisions(body: unknown, outputs: PredictRouteConfig['outputs']): RowDecision[] | string {
  if (outputs === undefined) return 'the route declares no outputs';
  const labelsAt = outputs.label === undefined ? undefined : getAt(body, outputs.label);
  const labels = labelsAt === undefined ? undefined : Array.isArray(labelsAt) ? labelsAt : [labelsAt];
  if (outputs.probabilities !== undefined) {
    const value = getAt(body, outputs.probabilities);
    if (!Array.isArray(value) || value.length === 0) return 'no probabilities in the answer';
    const rows = (Array.isArray(value[0]) ? value : [value]) as unknown[];
    const out: RowDecision[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!Array.isArray(row) || row.length === 0) return 'a probability row is not a list of numbers';
      let best = 0;
      for (let c = 0; c < row.length; c++) {
        const p = row[c] as unknown;
        if (typeof p !== 'number' || !Number.isFinite(p)) return 'a probability is not a finite number';
        if (p > (row[best] as number)) best = c;
      }
      const named = labels !== undefined && labels.length === rows.length ? labelText(labels[i]) : null;
      out.push({ label: named ?? outputs.classes?.[best] ?? String(best), confidence: row[best] as number });
    }
    return out;
  }
  if (labels === undefined || labels.length === 0) return 'no label in the answer';
  const out: RowDecision[] = [];
  for (const value of labels) {
    const label = labelText(value);
    if (label === null) return 'a label is not a string or number';
    out.push({ label, confidence: null });
  }
  return out;
}

/**
 * Whether review mode holds an answer with these decisions. Without criteria every answer is
 * held; an answer whose decision cannot be read is held too (a person looks rather than nobody).
 */
export function judge(review: PredictRouteConfig['review'], decisions: RowDecision[] | string): HoldVerdict {
  if (typeof decisions === 'string') return { hold: true, reason: 'unreadable', label: null, confidence: null };
  const first = decisions[0] ?? { label: null, confidence: null };
  const impact = review?.highImpactClasses ?? [];
  const threshold = review?.minConfidence;
  if (impact.length === 0 && threshold === undefined) return { hold: true, reason: 'review-all', ...first };
  for (const d of decisions) if (d.label !== null && impact.includes(d.label)) return { hold: true, reason: 'high-impact', ...d };
  if (threshold !== undefined) {
    let least: RowDecision | undefined;
    for (const d of decisions) {
      if (d.confidence === null) return { hold: true, reason: 'unreadable', ...d };
      if (d.confidence < threshold && (least === undefined || d.confidence < least.confidence!)) least = d;
    }
    if (least !== undefined) return { hold: true, reason: 'low-confidence', ...least };
  }
  return { hold: false, reason: undefined, ...first };
}
