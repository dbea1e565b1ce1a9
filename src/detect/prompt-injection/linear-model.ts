/**
 * Binary logistic regression over sparse rows (hashed text features), trained by full-batch
 * L-BFGS (ml/'s optimiser) on the weighted mean log-loss plus an L2 penalty on the weights.
 * The problem is convex and the start is zero, so a run is deterministic: the same rows give
 * the same weights bit for bit.
 */
import { minimizeLbfgs } from '../../ml/index.js';

/** Rows in compressed sparse row form. */
export interface SparseRows {
  /** Row i's entries are `indptr[i]` to `indptr[i + 1]` (exclusive). */
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  /** Number of columns (features). */
  readonly cols: number;
}

/** Stack sparse vectors into {@link SparseRows}. */
export function stackRows(rows: readonly { readonly indices: Int32Array; readonly values: Float32Array }[], cols: number): SparseRows {
  const indptr = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((r, i) => {
    nnz += r.indices.length;
    indptr[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  rows.forEach((r, i) => {
    indices.set(r.indices, indptr[i]!);
    values.set(r.values, indptr[i]!);
  });
  return { indptr, indices, values, cols };
}

/** The rows of `rows` listed in `pick`, in that order. */
export function selectSparseRows(rows: SparseRows, pick: ArrayLike<number>): SparseRows {
  const indptr = new Int32Array(pick.length + 1);
  let nnz = 0;
  for (let k = 0; k < pick.length; k++) {
    const i = pick[k]!;
    nnz += rows.indptr[i + 1]! - rows.indptr[i]!;
    indptr[k + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  for (let k = 0; k < pick.length; k++) {
    const i = pick[k]!;
    indices.set(rows.indices.subarray(rows.indptr[i]!, rows.indptr[i + 1]!), indptr[k]!);
    values.set(rows.values.subarray(rows.indptr[i]!, rows.indptr[i + 1]!), indptr[k]!);
  }
  return { indptr, indices, values, cols: rows.cols };
}

/** Options of {@link fitSparseLogistic}. */
export interface SparseLogisticOptions {
  /** L2 penalty on the weights (not the bias), on the weighted mean loss. Default 1e-4. */
  readonly l2?: number;
  /** L-BFGS iterations at most. Default 300. */
  readonly maxIterations?: number;
  /** Per-row weights (default 1 each); the loss is their weighted mean. */
  readonly sampleWeights?: Float64Array;
  /** Start from these parameters (weights then bias, length cols + 1) instead of zero. */
  readonly start?: Float64Array;
}

/** A fitted binary logistic regression. */
export interface SparseLogisticModel {
  readonly weights: Float64Array;
  readonly bias: number;
  readonly loss: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * The rows with their columns renumbered: only the columns some row uses, most used first,
 * each row's entries in increasing column order. Hashed text features are long-tailed, so this
 * packs the columns the optimiser touches most into a small, cache-friendly prefix.
 */
function compactColumns(rows: SparseRows): { rows: SparseRows; columns: Int32Array } {
  const df = new Int32Array(rows.cols);
  for (let k = 0; k < rows.indices.length; k++) df[rows.indices[k]!]!++;
  const used: number[] = [];
  for (let j = 0; j < rows.cols; j++) if (df[j]! > 0) used.push(j);
  used.sort((a, b) => df[b]! - df[a]! || a - b);
  const columns = Int32Array.from(used);
  const map = new Int32Array(rows.cols);
  columns.forEach((j, r) => (map[j] = r));
  const n = rows.indptr.length - 1;
  const indices = new Int32Array(rows.indices.length);
  const values = new Float32Array(rows.values.length);
  const valueAt = new Float32Array(columns.length);
  for (let i = 0; i < n; i++) {
    const lo = rows.indptr[i]!;
    const hi = rows.indptr[i + 1]!;
    for (let k = lo; k < hi; k++) {
      const m = map[rows.indices[k]!]!;
      indices[k] = m;
      valueAt[m] = rows.values[k]!;
    }
    indices.subarray(lo, hi).sort();
    for (let k = lo; k < hi; k++) values[k] = valueAt[indices[k]!]!;
  }
  return { rows: { indptr: rows.indptr, indices, values, cols: columns.length }, columns };
}

/** Fit P(y = 1 | x) = σ(w·x + b) to `rows` and labels `y` (0 or 1). */
export function fitSparseLogistic(rows: SparseRows, y: Uint8Array, options: SparseLogisticOptions = {}): SparseLogisticModel {
  const n = rows.indptr.length - 1;
  if (y.length !== n) throw new RangeError(`${n} rows but ${y.length} labels`);
  const l2 = options.l2 ?? 1e-4;
  if (!(l2 >= 0)) throw new RangeError(`l2 must be ≥ 0, not ${l2}`);
  const sw = options.sampleWeights ?? new Float64Array(n).fill(1);
  if (sw.length !== n) throw new RangeError(`${n} rows but ${sw.length} sample weights`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!(sw[i]! >= 0)) throw new RangeError(`sample weight ${i} is not ≥ 0`);
    if (y[i] !== 0 && y[i] !== 1) throw new RangeError(`label ${i} is ${y[i]}, not 0 or 1`);
    total += sw[i]!;
  }
  if (!(total > 0)) throw new RangeError('the sample weights sum to 0');
  const full = rows.cols;
  if (options.start !== undefined && options.start.length !== full + 1) throw new RangeError(`start must hold ${full + 1} parameters, not ${options.start.length}`);
  // Columns no row uses get no gradient but the penalty's, so their weights stay at 0 (or
  // decay to 0 from a start): leaving them out changes nothing but the cost.
  const { rows: compact, columns } = compactColumns(rows);
  const d = compact.cols;
  const { indptr, indices, values } = compact;
  const inv = 1 / total;
  const objective = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    const b = theta[d]!;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const s = sw[i]!;
      if (s === 0) continue;
      let z = b;
      const lo = indptr[i]!;
      const hi = indptr[i + 1]!;
      for (let k = lo; k < hi; k++) z += theta[indices[k]!]! * values[k]!;
      // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed without overflow.
      const m = y[i] === 1 ? -z : z;
      loss += s * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
      const err = s * (sigmoid(z) - y[i]!);
      for (let k = lo; k < hi; k++) grad[indices[k]!]! += err * values[k]!;
      grad[d]! += err;
    }
    let penalty = 0;
    for (let j = 0; j < d; j++) {
      const w = theta[j]!;
      grad[j] = grad[j]! * inv + l2 * w;
      penalty += w * w;
    }
    grad[d] = grad[d]! * inv;
    return loss * inv + 0.5 * l2 * penalty;
  };
  const start = new Float64Array(d + 1);
  if (options.start !== undefined) {
    for (let r = 0; r < d; r++) start[r] = options.start[columns[r]!]!;
    start[d] = options.start[full]!;
  }
  const result = minimizeLbfgs(objective, start, { maxIterations: options.maxIterations ?? 300, functionTolerance: 1e-7, gradientTolerance: 1e-6 });
  const weights = new Float64Array(full);
  for (let r = 0; r < d; r++) weights[columns[r]!] = result.x[r]!;
  return { weights, bias: result.x[d]!, loss: result.value, iterations: result.iterations, converged: result.converged };
}

/** Options of {@link fitSparseLogisticAdagrad}. */
export interface AdagradOptions {
  /** L2 penalty on the weighted mean loss, applied to the weights a row touches. Default 1e-5. */
  readonly l2?: number;
  /** Passes over the rows. Default 12. */
  readonly epochs?: number;
  /** Base step size. Default 0.5. */
  readonly learningRate?: number;
  /** Per-row weights (default 1 each). */
  readonly sampleWeights?: Float64Array;
  /** Seed of the row order of each pass. */
  readonly seed?: number;
}

/**
 * Fit the same model as {@link fitSparseLogistic} by stochastic gradient steps with per-weight
 * step sizes (AdaGrad), rows in a seeded order each pass. A dozen passes cost what a dozen
 * L-BFGS iterations cost, a tenth of a converged fit: for the nested evaluations that train
 * hundreds of models.
 */
export function fitSparseLogisticAdagrad(rows: SparseRows, y: Uint8Array, options: AdagradOptions = {}): SparseLogisticModel {
  const n = rows.indptr.length - 1;
  if (y.length !== n) throw new RangeError(`${n} rows but ${y.length} labels`);
  const l2 = options.l2 ?? 1e-5;
  const epochs = options.epochs ?? 12;
  const eta = options.learningRate ?? 0.5;
  const sw = options.sampleWeights ?? new Float64Array(n).fill(1);
  let total = 0;
  for (let i = 0; i < n; i++) total += sw[i]!;
  if (!(total > 0)) throw new RangeError('the sample weights sum to 0');
  const { rows: compact, columns } = compactColumns(rows);
  const d = compact.cols;
  const { indptr, indices, values } = compact;
  const w = new Float64Array(d + 1);
  const g2 = new Float64Array(d + 1).fill(1e-8);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let state = (options.seed ?? 1) >>> 0 || 1;
  const random = (): number => {
    // xorshift32: enough for a row order.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const scale = n / total;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let r = 0; r < n; r++) {
      const i = order[r]!;
      const s = sw[i]! * scale;
      if (s === 0) continue;
      const lo = indptr[i]!;
      const hi = indptr[i + 1]!;
      let z = w[d]!;
      for (let k = lo; k < hi; k++) z += w[indices[k]!]! * values[k]!;
      const err = s * (sigmoid(z) - y[i]!);
      for (let k = lo; k < hi; k++) {
        const j = indices[k]!;
        const grad = err * values[k]! + l2 * w[j]!;
        g2[j]! += grad * grad;
        w[j]! -= (eta * grad) / Math.sqrt(g2[j]!);
      }
      g2[d]! += err * err;
      w[d]! -= (eta * err) / Math.sqrt(g2[d]!);
    }
  }
  const weights = new Float64Array(rows.cols);
  for (let r = 0; r < d; r++) weights[columns[r]!] = w[r]!;
  return { weights, bias: w[d]!, loss: Number.NaN, iterations: epochs, converged: true };
}

/** The logit w·x + b of each row. */
export function sparseLogits(rows: SparseRows, weights: ArrayLike<number>, bias: number): Float64Array {
  const n = rows.indptr.length - 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = bias;
    for (let k = rows.indptr[i]!; k < rows.indptr[i + 1]!; k++) z += weights[rows.indices[k]!]! * rows.values[k]!;
    out[i] = z;
  }
  return out;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
