/**
 * One suite's view of the model under test: the same answers, with a query budget of its own
 * (`--budget` applies to each suite) and a count of the rows that suite sent. The model itself
 * is opened once and closed by the caller; closing this view does nothing.
 */
import { AisecError } from '../../core/errors.js';
import { QueryBudget, wrapAdapter, type Matrix, type ModelAdapter, type Prediction } from '../../ml/index.js';

/** A metered view of `inner` allowing at most `limit` rows (Infinity for no limit of its own). */
export function meteredAdapter(inner: ModelAdapter, limit: number = Number.POSITIVE_INFINITY): ModelAdapter {
  const budget = new QueryBudget(limit);
  return wrapAdapter(inner, {
    queriesUsed: () => budget.used,
    queriesLeft: () => Math.min(budget.left, inner.queriesLeft),
    close: 'view',
    async predict(inputs: Matrix, signal?: AbortSignal): Promise<Prediction> {
      if (signal?.aborted) throw new AisecError('ERR_ABORTED', `${inner.name}: the call was cancelled`, { cause: signal.reason });
      budget.spend(inputs.rows, inner.name);
      const before = inner.queriesUsed;
      try {
        return await inner.predict(inputs, signal);
      } catch (error) {
        // Rows the model answered before the failure were spent (calls of one suite may overlap,
        // so this is the model's count, at most the rows of this call).
        const sent = Math.min(inputs.rows, Math.max(0, inner.queriesUsed - before));
        budget.refund(inputs.rows - sent);
        throw error;
      }
    },
  });
}
