/**
 * A {@link ModelAdapter} over an in-memory {@link Classifier}, with a query budget: the victim of
 * the attack tests and benchmarks. It counts every row it answers and refuses a batch that would
 * pass the budget before answering any of it, as the real adapters must.
 */
import { AisecError } from '../../../core/errors.js';
import type { Classifier } from '../../models/classifier.js';
import type { Matrix } from '../../models/matrix.js';
import type { ModelAdapter, OutputKind, Prediction } from '../model-adapter.js';
import { QueryBudget } from '../query-budget.js';

/** Options of {@link classifierAdapter}. */
export interface ClassifierAdapterOptions {
  readonly name?: string;
  /** Rows that may be answered in all (default: no limit). */
  readonly budget?: number;
  /** What the adapter answers (default: probabilities). */
  readonly output?: OutputKind;
}

/** A model adapter answering with `model`'s probabilities (or labels only). */
export function classifierAdapter(model: Classifier, options: ClassifierAdapterOptions = {}): ModelAdapter & { readonly batches: number } {
  const name = options.name ?? 'test-model';
  const budget = new QueryBudget(options.budget ?? Number.POSITIVE_INFINITY);
  const output = options.output ?? 'probabilities';
  const C = model.numClasses;
  let batches = 0;
  return {
    name,
    numFeatures: model.numFeatures,
    numClasses: C,
    output,
    get queriesUsed() {
      return budget.used;
    },
    get queriesLeft() {
      return budget.left;
    },
    get batches() {
      return batches;
    },
    async close() {},
    async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
      signal?.throwIfAborted();
      if (inputs.cols !== model.numFeatures) {
        throw new AisecError('ERR_MODEL_INPUT', `${name} takes ${model.numFeatures} features, the batch has ${inputs.cols}`);
      }
      for (let i = 0; i < inputs.data.length; i++) {
        if (!Number.isFinite(inputs.data[i]!)) throw new AisecError('ERR_MODEL_INPUT', `${name}: feature ${i % inputs.cols} of row ${Math.floor(i / inputs.cols)} is not a finite number`);
      }
      budget.spend(inputs.rows, name);
      batches++;
      const probabilities = model.predictProba(inputs);
      const labels = new Int32Array(inputs.rows);
      for (let r = 0; r < inputs.rows; r++) {
        let best = 0;
        for (let c = 1; c < C; c++) if (probabilities.data[r * C + c]! > probabilities.data[r * C + best]!) best = c;
        labels[r] = best;
      }
      return output === 'probabilities' ? { labels, probabilities } : { labels };
    },
  };
}
