/**
 * A dense row-major matrix of doubles: the one shape every small model in this folder takes
 * and returns. A plain typed array keeps the inner loops free of bounds-checked arrays of
 * arrays, which is what makes brute-force work on 30k rows affordable in JavaScript.
 */

/** A dense matrix: `data[r * cols + c]` is row r, column c. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Create a matrix of zeros. */
export function createMatrix(rows: number, cols: number): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`a matrix needs whole, non-negative sizes, not ${rows} × ${cols}`);
  }
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** Build a matrix from an array of equally long rows. */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const m = createMatrix(rows.length, cols);
  rows.forEach((row, r) => {
    if (row.length !== cols) throw new RangeError(`row ${r} has ${row.length} values, row 0 has ${cols}`);
    m.data.set(row, r * cols);
  });
  return m;
}

/** A view of row `r` (shares memory with the matrix). */
export function rowOf(m: Matrix, r: number): Float64Array {
  return m.data.subarray(r * m.cols, (r + 1) * m.cols);
}

/** A new matrix holding the rows at `indices`, in that order. */
export function selectRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  const out = createMatrix(indices.length, m.cols);
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i]!;
    out.data.set(m.data.subarray(r * m.cols, (r + 1) * m.cols), i * m.cols);
  }
  return out;
}

/** The values at `indices`, in that order. */
export function selectValues(values: Int32Array, indices: ArrayLike<number>): Int32Array {
  const out = new Int32Array(indices.length);
  for (let i = 0; i < indices.length; i++) out[i] = values[indices[i]!]!;
  return out;
}
