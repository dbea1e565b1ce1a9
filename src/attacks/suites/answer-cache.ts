/**
 * A model view that remembers its answers by row content, so several tests that ask about the
 * same rows (the membership attacks all score the same members and non-members) query the model
 * once per row. Only rows not seen before are sent; the model's budget counts those alone.
 */
import { AisecError } from '../../core/errors.js';
import { createMatrix, wrapAdapter, type Matrix, type ModelAdapter, type Prediction } from '../../ml/index.js';

interface Remembered {
  readonly label: number;
  readonly scores: Float64Array | undefined;
}

/** Wrap `adapter`; closing the view does not close the model. */
export function answerCache(adapter: ModelAdapter): ModelAdapter {
  const memory = new Map<string, Remembered>();
  const C = adapter.numClasses;
  const keyOf = (X: Matrix, i: number): string => Buffer.from(X.data.buffer, X.data.byteOffset + i * X.cols * 8, X.cols * 8).toString('base64');
  return wrapAdapter(adapter, {
    close: 'view',
    async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
      const keys = Array.from({ length: inputs.rows }, (_, i) => keyOf(inputs, i));
      const missing: number[] = [];
      const pending = new Set<string>();
      keys.forEach((key, i) => {
        if (!memory.has(key) && !pending.has(key)) {
          pending.add(key);
          missing.push(i);
        }
      });
      if (missing.length > 0) {
        const d = inputs.cols;
        const ask = createMatrix(missing.length, d);
        missing.forEach((row, k) => ask.data.set(inputs.data.subarray(row * d, (row + 1) * d), k * d));
        const answer = await adapter.predict(ask, signal);
        if (answer.labels.length !== missing.length) throw new AisecError('ERR_MODEL_RUNTIME', `${adapter.name} answered ${answer.labels.length} labels for ${missing.length} rows`);
        missing.forEach((row, k) => {
          const scores = answer.probabilities ? answer.probabilities.data.slice(k * C, (k + 1) * C) : undefined;
          memory.set(keys[row]!, { label: answer.labels[k]!, scores });
        });
      }
      const labels = new Int32Array(inputs.rows);
      const withScores = adapter.output === 'probabilities';
      const probabilities = withScores ? createMatrix(inputs.rows, C) : undefined;
      keys.forEach((key, i) => {
        const known = memory.get(key)!;
        labels[i] = known.label;
        if (!probabilities) return;
        if (!known.scores) throw new AisecError('ERR_MODEL_RUNTIME', `${adapter.name} answered without the class scores it declares`);
        probabilities.data.set(known.scores, i * C);
      });
      return probabilities ? { labels, probabilities } : { labels };
    },
  });
}
