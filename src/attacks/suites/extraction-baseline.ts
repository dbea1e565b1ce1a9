/**
 * What a copy must beat: a constant copy, one that always gives the model's most common answer,
 * agrees with the model on the share of inputs that answer covers, without a single query. A
 * model that answers "no default" to 88% of clients is "copied" to 0.88 that way, so a copy is
 * judged by its agreement beyond that base: (agreement − base) / (1 − base), 0 for a constant
 * copy and 1 for a perfect one (negative when a copy does worse than the constant).
 *
 * The base is read from the model's own answers on the measuring set, which the hardening sweep
 * asks for anyway to measure agreement: the victim is watched, and no query is added.
 */
import { wrapAdapter, type Matrix, type ModelAdapter, type Prediction } from '../../ml/index.js';

/** A copy that always gives one answer: which, and how often the model gives it on the measuring set. */
export interface ConstantCopy {
  readonly label: number;
  readonly agreement: number;
  /** `model answers`: the model's own labels on the measuring set; `true labels` when they were not seen. */
  readonly from: 'model answers' | 'true labels';
}

/** The constant copy of `labels` (the most common one; the lowest class on a tie). */
export function constantCopy(labels: ArrayLike<number>, from: ConstantCopy['from']): ConstantCopy {
  const counts = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) counts.set(labels[i]!, (counts.get(labels[i]!) ?? 0) + 1);
  let label = 0;
  let most = 0;
  for (const [l, n] of counts) if (n > most || (n === most && l < label)) [label, most] = [l, n];
  return { label, agreement: labels.length > 0 ? most / labels.length : 0, from };
}

/** Agreement beyond a constant copy's `base`: (agreement − base) / (1 − base); 0 when the base is already 1. */
export function agreementBeyond(agreement: number, base: number): number {
  return base >= 1 ? 0 : (agreement - base) / (1 - base);
}

/**
 * `make` with its answers for the measuring rows kept: the first answer any of its adapters
 * gives for rows equal to `measuring` (the unhardened model's, since hardening wraps outside).
 */
export function watchedVictim(make: () => ModelAdapter, measuring: Matrix): { victim: () => ModelAdapter; labels: () => Int32Array | undefined } {
  let seen: Int32Array | undefined;
  const victim = (): ModelAdapter => {
    const inner = make();
    return wrapAdapter(inner, {
      predict: async (inputs: Matrix, signal?: AbortSignal): Promise<Prediction> => {
        const answer = await inner.predict(inputs, signal);
        if (seen === undefined && sameRows(inputs, measuring)) seen = Int32Array.from(answer.labels);
        return answer;
      },
    });
  };
  return { victim, labels: () => seen };
}

function sameRows(a: Matrix, b: Matrix): boolean {
  if (a === b) return true;
  if (a.rows !== b.rows || a.cols !== b.cols) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}
