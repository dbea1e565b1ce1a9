/** Loading optdigits for the benchmarks that attack digit classifiers (B5, B8). */
import { createMatrix, readTable, type Matrix } from '../src/ml/index.js';
import { BenchUsageError } from './benchmark.js';
import { datasetFile, datasetsDir } from './data-sets.js';

/** An optdigits split: 64 pixel counts (0–16) scaled to [0, 1], the digit in column 65. */
export async function readDigits(relative: string): Promise<{ X: Matrix; y: Int32Array }> {
  const file = datasetFile(relative);
  if (!file) throw new BenchUsageError(`${relative} is not in ${datasetsDir}: this benchmark needs optdigits (set AISEC_DATASETS). Nothing was measured.`);
  const table = await readTable(file, { header: false });
  const X = createMatrix(table.rows.length, 64);
  const y = new Int32Array(table.rows.length);
  table.rows.forEach((row, i) => {
    if (row.length !== 65) throw new BenchUsageError(`${relative}: row ${i + 1} has ${row.length} values, not 65`);
    for (let j = 0; j < 64; j++) X.data[i * 64 + j] = Number(row[j]) / 16;
    y[i] = Number(row[64]);
  });
  return { X, y };
}

/** The index of the largest entry of each row of `P` (the first on a tie). */
export function argmaxRows(P: Matrix): Int32Array {
  return Int32Array.from({ length: P.rows }, (_, i) => {
    let best = 0;
    for (let c = 1; c < P.cols; c++) if (P.data[i * P.cols + c]! > P.data[i * P.cols + best]!) best = c;
    return best;
  });
}
