/**
 * Feature importance estimated from queries, for models seen only through their answers:
 * for a few inputs, move each unit of change once in each direction (a quarter of its scale,
 * another category, another one-hot column) and average the largest change of the score of
 * the input's class. LowProFool uses a global importance (|Pearson r| with the label); this is
 * the black-box stand-in, measured where the attack will operate.
 */
import { createMatrix, type Matrix } from '../../ml/models/matrix.js';
import type { Rng } from '../../stats/index.js';
import { stepMoves, type MoveContext } from './candidate-moves.js';

/** Step used to probe each numeric feature, in units of its scale. */
export const PROBE_STEP = 0.25;

/** One row to probe: the input and its class scores. */
export interface ProbeRow {
  readonly x: Float64Array;
  readonly scores: ArrayLike<number>;
  readonly label: number;
}

/** The moves of every mutable unit of `row` (unit index with each). */
export function probeMoves(row: ProbeRow, units: readonly number[], ctx: MoveContext, rng: Rng): { unit: number; x: Float64Array }[] {
  const out: { unit: number; x: Float64Array }[] = [];
  for (const u of units) for (const x of stepMoves(row.x, row.x, u, PROBE_STEP, ctx, rng, 2)) out.push({ unit: u, x });
  return out;
}

/**
 * Estimate importance from the answers to the probes: per unit, the mean over rows of the
 * largest |Δ score of the row's class|. `ask` returns the class scores for a matrix of rows,
 * or undefined when no queries are left (the estimate then uses the rows probed so far).
 */
export async function estimateImportance(
  rows: readonly ProbeRow[],
  units: readonly number[],
  numUnits: number,
  ctx: MoveContext,
  rng: Rng,
  ask: (X: Matrix) => Promise<Matrix | undefined>,
): Promise<{ importance: Float64Array; rowsProbed: number }> {
  const sum = new Float64Array(numUnits);
  let probed = 0;
  for (const row of rows) {
    const moves = probeMoves(row, units, ctx, rng);
    if (moves.length === 0) {
      probed++;
      continue;
    }
    const X = createMatrix(moves.length, row.x.length);
    moves.forEach((m, i) => X.data.set(m.x, i * row.x.length));
    const scores = await ask(X);
    if (!scores) break;
    const largest = new Float64Array(numUnits);
    moves.forEach((m, i) => {
      const delta = Math.abs(scores.data[i * scores.cols + row.label]! - row.scores[row.label]!);
      largest[m.unit] = Math.max(largest[m.unit]!, delta);
    });
    for (let u = 0; u < numUnits; u++) sum[u]! += largest[u]!;
    probed++;
  }
  if (probed > 0) for (let u = 0; u < numUnits; u++) sum[u] = sum[u]! / probed;
  return { importance: sum, rowsProbed: probed };
}
