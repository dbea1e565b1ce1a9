/**
 * A model adapter that passes every batch to a real one, keeps a copy of each batch sent, and
 * can rewrite the answers: how the tests see exactly what a thief sent, and play a victim whose
 * answers break the adapter contract.
 */
import type { ModelAdapter, Prediction } from '../../../ml/adapters/model-adapter.js';
import { wrapAdapter } from '../../../ml/adapters/wrap-adapter.js';
import type { Matrix } from '../../../ml/models/matrix.js';

/** A recording adapter: the wrapped model's members, plus the batches sent. */
export interface RecordingAdapter extends ModelAdapter {
  /** A copy of every batch sent, in order. */
  readonly sent: readonly Matrix[];
}

/** Wrap `inner`; `rewrite` (when given) replaces each answer. */
export function recordingAdapter(inner: ModelAdapter, rewrite?: (answer: Prediction, inputs: Matrix) => Prediction): RecordingAdapter {
  const sent: Matrix[] = [];
  const adapter = wrapAdapter(inner, {
    async predict(inputs, signal) {
      sent.push({ rows: inputs.rows, cols: inputs.cols, data: Float64Array.from(inputs.data) });
      const answer = await inner.predict(inputs, signal);
      return rewrite ? rewrite(answer, inputs) : answer;
    },
  });
  return Object.assign(adapter, { sent });
}
