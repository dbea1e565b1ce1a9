/**
 * The checks every suite makes on what it is given before any query: rows that fit the model
 * (finite numbers, its feature count, labels among its classes) and feature names that match
 * its columns. A problem is returned as one sentence naming the place, so the suite can end
 * with status `error` instead of rejecting.
 */
import { selectRows, selectValues, type ModelAdapter } from '../../ml/index.js';
import { createRng, shuffle } from '../../stats/index.js';
import type { SuiteContext, SuiteData } from './suite.js';

/** The first problem with `data` for `adapter`, or undefined. `what` names the rows in the message. */
export function dataProblem(data: SuiteData | undefined, adapter: ModelAdapter, what: string): string | undefined {
  if (!data || typeof data !== 'object') return `${what}: no rows were given`;
  const { X, y } = data;
  if (!X || !(X.data instanceof Float64Array) || !Number.isInteger(X.rows) || !Number.isInteger(X.cols) || X.data.length !== X.rows * X.cols) {
    return `${what}: the features are not a matrix (rows, cols and a Float64Array of rows × cols values)`;
  }
  if (X.rows < 1) return `${what}: there are no rows`;
  if (X.cols !== adapter.numFeatures) return `${what}: the rows have ${X.cols} features, ${adapter.name} takes ${adapter.numFeatures}`;
  if (!(y instanceof Int32Array) || y.length !== X.rows) return `${what}: ${y?.length ?? 'no'} labels for ${X.rows} rows`;
  for (let i = 0; i < y.length; i++) {
    if (y[i]! < 0 || y[i]! >= adapter.numClasses) return `${what}: the label of row ${i} is ${y[i]}, not one of the model's ${adapter.numClasses} classes`;
  }
  for (let i = 0; i < X.data.length; i++) {
    if (!Number.isFinite(X.data[i]!)) return `${what}: feature ${i % X.cols} of row ${Math.floor(i / X.cols)} is ${X.data[i]}; fill or drop missing values first`;
  }
  return undefined;
}

/** The first problem with the evaluation rows, feature names (and training rows when `withTraining`). */
export function contextProblem(ctx: SuiteContext<unknown>, withTraining = false): string | undefined {
  const { adapter } = ctx;
  if (!adapter || typeof adapter.predict !== 'function') return 'no model adapter was given';
  if (adapter.numClasses < 2) return `${adapter.name} declares ${adapter.numClasses} class; the tests need at least 2`;
  const names = ctx.featureNames;
  if (!Array.isArray(names) || names.length !== adapter.numFeatures) {
    return `${Array.isArray(names) ? names.length : 'no'} feature names for the ${adapter.numFeatures} inputs of ${adapter.name}`;
  }
  const evaluation = dataProblem(ctx.evaluation, adapter, 'evaluation rows');
  if (evaluation) return evaluation;
  if (withTraining && ctx.training !== undefined) return dataProblem(ctx.training, adapter, 'training rows');
  return undefined;
}

/** The row indices 0..n−1 in a seeded random order. */
export function shuffledRows(n: number, seed: number): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i),
    createRng(seed),
  );
}

/** Up to `k` rows of `data`, drawn without replacement in a seeded random order (all of them, shuffled, when k ≥ rows). */
export function sampleData(data: SuiteData, k: number, seed: number): SuiteData {
  const rows = shuffledRows(data.X.rows, seed).slice(0, k);
  return { X: selectRows(data.X, rows), y: selectValues(data.y, rows) };
}

/** The run's seed as a whole number from 0 to 2^32 − 1 (what every attack accepts). */
export function suiteSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(Math.abs(seed)) % 4294967296 : 0;
}
