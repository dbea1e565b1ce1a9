/**
 * A seeded sample of evaluation rows the model classifies correctly: the rows evasion attacks
 * start from (a decision that is already wrong cannot be flipped to wrong). The model is asked
 * about rows in a random order, a batch at a time, until enough correct ones are found.
 */
import { selectRows, selectValues, type Matrix, type ModelAdapter } from '../../ml/index.js';
import type { SuiteData } from './suite.js';
import { shuffledRows } from './suite-inputs.js';

/** The sample and what asking for it showed. */
export interface CorrectSample {
  /** Indices of the chosen rows in the evaluation data, in the order asked. */
  readonly rows: readonly number[];
  readonly X: Matrix;
  readonly y: Int32Array;
  /** Rows asked about, and the share of them classified correctly. */
  readonly asked: number;
  readonly accuracy: number;
}

/** Rows asked about at most, as a multiple of the rows wanted. */
const MAX_ASKED_FACTOR = 10;

/**
 * Find up to `count` correctly classified rows of `data`. Asks at most 10 × count rows (all
 * rows when there are fewer), in batches of `count`.
 */
export async function correctSample(adapter: ModelAdapter, data: SuiteData, count: number, seed: number, signal: AbortSignal): Promise<CorrectSample> {
  const order = shuffledRows(data.X.rows, seed);
  const limit = Math.min(order.length, MAX_ASKED_FACTOR * count);
  const chosen: number[] = [];
  let asked = 0;
  let correct = 0;
  while (chosen.length < count && asked < limit) {
    const batch = order.slice(asked, Math.min(limit, asked + Math.max(count, 50)));
    const answer = await adapter.predict(selectRows(data.X, batch), signal);
    asked += batch.length;
    batch.forEach((row, i) => {
      if (answer.labels[i] !== data.y[row]) return;
      correct++;
      if (chosen.length < count) chosen.push(row);
    });
  }
  return { rows: chosen, X: selectRows(data.X, chosen), y: selectValues(data.y, chosen), asked, accuracy: asked > 0 ? correct / asked : 0 };
}
