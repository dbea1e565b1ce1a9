/**
 * Chi-square tests: goodness of fit against expected counts (Evidently's `chisquare` drift
 * test, which treats the reference shares as known) and the test of homogeneity of a
 * contingency table (two samples, neither treated as known).
 */
import { AisecError } from '../core/errors.js';
import { chiSquareSf } from './gamma.js';

/** A chi-square test result. */
export interface ChiSquareResult {
  readonly statistic: number;
  readonly dof: number;
  readonly pValue: number;
}

/**
 * Pearson's goodness-of-fit test Σ (o − e)² / e with k − 1 degrees of freedom (scipy
 * `chisquare`). A category with expected count 0 and observed count > 0 makes the statistic
 * infinite and the p-value 0; categories with both counts 0 add nothing.
 */
export function chiSquareGoodnessOfFit(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquareResult {
  if (observed.length !== expected.length) throw new AisecError('ERR_STATS_INPUT', `chiSquareGoodnessOfFit needs as many expected as observed counts (got ${expected.length} and ${observed.length}).`);
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const e = expected[i]!;
    if (!(o >= 0 && e >= 0)) throw new AisecError('ERR_STATS_INPUT', `chiSquareGoodnessOfFit needs non-negative counts (category ${i} has ${o} observed, ${e} expected).`);
    if (o === 0 && e === 0) continue;
    statistic += e === 0 ? Infinity : ((o - e) * (o - e)) / e;
  }
  const dof = observed.length - 1;
  return { statistic, dof, pValue: dof < 1 ? 1 : chiSquareSf(statistic, dof) };
}

/**
 * Pearson's test of homogeneity (independence) of an r × c contingency table of counts,
 * e.g. one row per dataset version and one column per label. Empty rows and columns are
 * dropped; dof = (r − 1)(c − 1). No continuity correction unless `yates` is set (scipy
 * `chi2_contingency` applies it by default when dof = 1).
 */
export function chiSquareHomogeneity(table: readonly (readonly number[])[], options: { yates?: boolean } = {}): ChiSquareResult {
  const rowTotals = table.map((row) => row.reduce((a, b) => a + b, 0));
  const width = Math.max(0, ...table.map((row) => row.length));
  const colTotals = Array.from({ length: width }, (_, j) => table.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  for (const row of table) for (const v of row) if (!(v >= 0) || !Number.isFinite(v)) throw new AisecError('ERR_STATS_INPUT', `chiSquareHomogeneity needs finite non-negative counts (got ${v}).`);
  const rows = rowTotals.map((t, i) => (t > 0 ? i : -1)).filter((i) => i >= 0);
  const cols = colTotals.map((t, j) => (t > 0 ? j : -1)).filter((j) => j >= 0);
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const dof = (rows.length - 1) * (cols.length - 1);
  if (dof < 1) return { statistic: 0, dof: Math.max(dof, 0), pValue: 1 };
  let statistic = 0;
  for (const i of rows) {
    for (const j of cols) {
      const e = (rowTotals[i]! * colTotals[j]!) / total;
      let diff = Math.abs((table[i]![j] ?? 0) - e);
      if (options.yates && dof === 1) diff = Math.max(0, diff - 0.5);
      statistic += (diff * diff) / e;
    }
  }
  return { statistic, dof, pValue: chiSquareSf(statistic, dof) };
}
