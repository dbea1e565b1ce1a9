/**
 * Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations: slow for large
 * matrices (O(n³) per sweep) but simple, accurate to rounding, and plenty for the covariance
 * matrix of a few hundred features.
 */
import { AisecError } from '../core/errors.js';

/** Eigenvalues in descending order and the matching unit eigenvectors. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  /** `vectors[k]` is the eigenvector of `values[k]`. */
  readonly vectors: Float64Array[];
}

const maxSweeps = 100;
/** Above this size Jacobi is too slow to be the right tool (and the matrix would be 16 MB). */
export const MAX_EIGEN_SIZE = 1_500;

/**
 * Decompose a symmetric n × n matrix given as rows: A = Σ λₖ vₖ vₖᵀ.
 *
 * @example
 * symmetricEigen([[2, 1], [1, 2]]).values; // Float64Array [3, 1]
 */
export function symmetricEigen(matrix: readonly ArrayLike<number>[]): SymmetricEigen {
  const n = matrix.length;
  if (n > MAX_EIGEN_SIZE) throw new AisecError('ERR_STATS_INPUT', `symmetricEigen handles matrices up to ${MAX_EIGEN_SIZE} × ${MAX_EIGEN_SIZE} (got ${n}); reduce the number of features.`);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = matrix[i]!;
    if (row.length !== n) throw new AisecError('ERR_STATS_INPUT', `symmetricEigen needs a square matrix: row ${i} has ${row.length} entries, expected ${n}.`);
    for (let j = 0; j < n; j++) {
      const v = row[j]!;
      if (!Number.isFinite(v)) throw new AisecError('ERR_STATS_INPUT', `symmetricEigen got a value that is not finite at [${i}][${j}].`);
      a[i * n + j] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const x = a[i * n + j]!;
      const y = a[j * n + i]!;
      if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) throw new AisecError('ERR_STATS_INPUT', `symmetricEigen needs a symmetric matrix: [${i}][${j}] = ${x} but [${j}][${i}] = ${y}.`);
      a[i * n + j] = a[j * n + i] = (x + y) / 2;
    }
  }
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let scale = 0;
  for (const x of a) scale += x * x;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A ← Jᵀ A J with J the rotation in the (p, q) plane.
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y]! - a[x * n + x]!);
  const values = Float64Array.from(order, (i) => a[i * n + i]!);
  const vectors = order.map((col) => Float64Array.from({ length: n }, (_, k) => v[k * n + col]!));
  return { values, vectors };
}
