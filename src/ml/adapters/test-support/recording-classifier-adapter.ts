/**
 * Test model: the project's `classifierAdapter` over an in-memory Classifier that records the
 * size of every batch it answered and a copy of every row, so a test checks what an attack queried.
 */
import type { Classifier } from '../../models/classifier.js';
import type { Matrix } from '../../models/matrix.js';
import { classifierAdapter } from '../function-adapter.js';
import type { ModelAdapter, OutputKind } from '../model-adapter.js';
import { wrapAdapter } from '../wrap-adapter.js';

/** Options of {@link recordingClassifierAdapter}. */
export interface RecordingClassifierOptions {
  /** Default `test-model`. */
  readonly name?: string;
  /** Default `probabilities`. */
  readonly output?: OutputKind;
  /** Rows that may be sent; no limit by default. */
  readonly budget?: number;
}

/** A model adapter plus what it answered. */
export interface RecordingClassifierAdapter extends ModelAdapter {
  /** Rows of each batch answered, in order. */
  readonly batches: number[];
  /** Every row answered, in order (copies). */
  readonly seen: Float64Array[];
}

/** `model` as a ModelAdapter that records each batch it answered (a failed call is not recorded). */
export function recordingClassifierAdapter(model: Classifier, options: RecordingClassifierOptions = {}): RecordingClassifierAdapter {
  const inner = classifierAdapter(model, {
    name: options.name ?? 'test-model',
    output: options.output ?? 'probabilities',
    ...(options.budget === undefined ? {} : { budget: options.budget }),
  });
  const batches: number[] = [];
  const seen: Float64Array[] = [];
  const adapter = wrapAdapter(inner, {
    async predict(inputs: Matrix, signal?: AbortSignal) {
      const answer = await inner.predict(inputs, signal);
      batches.push(inputs.rows);
      for (let i = 0; i < inputs.rows; i++) seen.push(inputs.data.slice(i * inputs.cols, (i + 1) * inputs.cols));
      return answer;
    },
  });
  return Object.assign(adapter, { batches, seen });
}
