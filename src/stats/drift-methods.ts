/**
 * Evidently's column drift tests (evidentlyai/evidently, `legacy/calculations/stattests`,
 * commit a4aa4c2b), each with its default threshold and drift rule, reimplemented so the
 * scores match Evidently's (checked against golden values in the tests): to about 1e-9 for
 * closed forms, 1e-6 for p-values from special functions, and within the sampling error for
 * the two permutation tests (`empirical_mmd`, `TVD`), which use the project's seeded generator
 * instead of numpy's.
 */
import { AisecError } from '../core/errors.js';
import { andersonKSample } from './anderson-ksamp.js';
import { chiSquareGoodnessOfFit } from './chi-square.js';
import { cramerVonMises2Sample } from './cramer-von-mises.js';
import { std } from './describe.js';
import { fillZeroShares, jensenShannonDistance, klDivergence, psiScore } from './divergence.js';
import { DriftSample, distinctUpTo } from './drift-sample.js';
import { energyDistanceSorted } from './energy-distance.js';
import { eppsSingleton2Sample } from './epps-singleton.js';
import { fisherExact } from './fisher-exact.js';
import { gTest } from './g-test.js';
import { hellingerCategorical, hellingerNumerical } from './hellinger.js';
import { categoriesOf, categoryCounts, histogramUniform, sturgesEdgesOfRange, type Category } from './histogram.js';
import { ksTwoSampleSorted } from './ks.js';
import { mannWhitneyU } from './mann-whitney.js';
import { empiricalMmdTest } from './mmd.js';
import { forEachTieGroup } from './sorted.js';
import { tTestIndependent } from './t-test.js';
import { tvdPermutationTest } from './tvd.js';
import { wassersteinDistanceSorted } from './wasserstein.js';
import { twoProportionZTest } from './z-test.js';

/** How a column's values are compared: as numbers or as categories. */
export type DriftColumnType = 'numerical' | 'categorical';

/** The drift tests implemented, by Evidently's names (its 18 non-text tests). */
export const driftMethodNames = [
  'ks',
  'chisquare',
  'z',
  'wasserstein',
  'psi',
  'jensenshannon',
  'kl_div',
  'anderson',
  'cramer_von_mises',
  'hellinger',
  'mannw',
  'ed',
  'es',
  't_test',
  'empirical_mmd',
  'fisher_exact',
  'TVD',
  'g_test',
] as const;
/** A drift test name. */
export type DriftMethodName = (typeof driftMethodNames)[number];

/** One drift test: its score kind, default threshold and drift rule. */
export interface DriftMethod {
  readonly name: DriftMethodName;
  /** `p-value`: small means drift; `distance`: large means drift. */
  readonly scoreKind: 'p-value' | 'distance';
  readonly defaultThreshold: number;
  readonly columnTypes: readonly DriftColumnType[];
  /** Evidently's rule, including whether the comparison is strict. */
  readonly drifted: (score: number, threshold: number) => boolean;
  /** `permutation`: the score comes from random permutations (seeded), not a closed form. */
  readonly exactness: 'closed-form' | 'permutation';
  readonly score: (reference: DriftSample, current: DriftSample, columnType: DriftColumnType) => number;
}

function minMax(values: Float64Array, into: { min: number; max: number }): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < into.min) into.min = v;
    if (v > into.max) into.max = v;
  }
}

function binnedSamples(reference: DriftSample, current: DriftSample, columnType: DriftColumnType, fillZeros: boolean): { reference: Float64Array; current: Float64Array } {
  let r: Float64Array;
  let c: Float64Array;
  if (columnType === 'numerical' && reference.hasMoreDistinctThan(20)) {
    const ref = reference.numbers('binned');
    const cur = current.numbers('binned');
    const range = { min: Infinity, max: -Infinity };
    minMax(ref, range);
    minMax(cur, range);
    const edges = sturgesEdgesOfRange(range.min, range.max, ref.length + cur.length);
    r = histogramUniform(ref, edges).map((v) => v / ref.length);
    c = histogramUniform(cur, edges).map((v) => v / cur.length);
  } else {
    const keys = categoriesOf(reference.categories(), current.categories());
    r = categoryCounts(reference.categories(), keys).map((v) => v / reference.length);
    c = categoryCounts(current.categories(), keys).map((v) => v / current.length);
  }
  return fillZeros ? { reference: fillZeroShares(r), current: fillZeroShares(c) } : { reference: r, current: c };
}

/**
 * Shares per bin as Evidently's `get_binned_data`: numerical columns with more than 20
 * distinct reference values get Sturges bins over the pooled values; everything else gets one
 * bin per distinct value of either sample. With `fillZeros`, zero shares are replaced as in
 * {@link fillZeroShares} (PSI and KL do this; Jensen–Shannon does not).
 */
export function evidentlyBinnedShares(reference: readonly Category[], current: readonly Category[], columnType: DriftColumnType, fillZeros: boolean): { reference: Float64Array; current: Float64Array } {
  return binnedSamples(DriftSample.of(reference, columnType, 'reference'), DriftSample.of(current, columnType, 'current'), columnType, fillZeros);
}

function chiSquareScore(reference: DriftSample, current: DriftSample): number {
  const keys = categoriesOf(reference.categories(), current.categories());
  const scale = current.length / reference.length;
  const expected = categoryCounts(reference.categories(), keys).map((v) => v * scale);
  return chiSquareGoodnessOfFit(categoryCounts(current.categories(), keys), expected).pValue;
}

/** Python's sort order for the keys Evidently sorts: numbers ascending, then strings. */
function firstSorted(keys: readonly Category[]): Category {
  const sorted = [...keys].sort((a, b) => {
    const ta = typeof a === 'string' ? 1 : 0;
    const tb = typeof b === 'string' ? 1 : 0;
    if (ta !== tb) return ta - tb;
    if (ta === 0) return Number(a) - Number(b);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return sorted[0]!;
}

function zScore(reference: DriftSample, current: DriftSample): number {
  const ref = reference.categories();
  const cur = current.categories();
  const refKeys = categoriesOf(ref);
  const curKeys = categoriesOf(cur);
  if (refKeys.length === 1 && curKeys.length === 1 && refKeys[0] === curKeys[0]) return 1;
  const target = firstSorted(categoriesOf(ref, cur));
  const x1 = ref.filter((v) => v === target).length;
  const x2 = cur.filter((v) => v === target).length;
  return twoProportionZTest(x1, ref.length, x2, cur.length).pValue;
}

function hellingerScore(reference: DriftSample, current: DriftSample, columnType: DriftColumnType): number {
  if (columnType === 'categorical') return hellingerCategorical(reference.categories(), current.categories());
  const distinct: number[] = [];
  forEachTieGroup(reference.sorted('hellinger'), current.sorted('hellinger'), (v) => distinct.push(v));
  return hellingerNumerical(reference.numbers('hellinger'), current.numbers('hellinger'), distinct);
}

/** Fisher's exact test as Evidently runs it: binary columns of equal length only. */
function fisherScore(reference: DriftSample, current: DriftSample): number {
  const ref = reference.categories();
  const cur = current.categories();
  if (distinctUpTo([reference], 3) > 2 || distinctUpTo([current], 3) > 2) {
    throw new AisecError('ERR_STATS_INPUT', 'The fisher_exact drift test needs binary data: the reference or the current sample has more than 2 distinct values. Use chisquare or jensenshannon for this column.');
  }
  if (ref.length !== cur.length) {
    throw new AisecError('ERR_STATS_INPUT', `The fisher_exact drift test needs samples of equal length, as Evidently does (reference ${ref.length}, current ${cur.length}). Use z or chisquare for samples of different sizes.`);
  }
  const keys = categoriesOf(ref, cur);
  if (keys.length > 2) {
    throw new AisecError('ERR_STATS_INPUT', `The fisher_exact drift test needs binary data: the two samples together have ${keys.length} distinct values. Use chisquare for this column.`);
  }
  const one = keys[0];
  const onesRef = ref.filter((v) => v === one).length;
  const onesCur = cur.filter((v) => v === one).length;
  return fisherExact([
    [onesCur, cur.length - onesCur],
    [onesRef, ref.length - onesRef],
  ]).pValue;
}

function gTestScore(reference: DriftSample, current: DriftSample): number {
  const keys = categoriesOf(reference.categories(), current.categories());
  try {
    // Evidently compares the raw counts (no rescaling), so the sizes must agree.
    return gTest(categoryCounts(current.categories(), keys), categoryCounts(reference.categories(), keys)).pValue;
  } catch (error) {
    if (reference.length !== current.length) {
      throw new AisecError('ERR_STATS_INPUT', `The g_test drift test compares raw counts, so both samples need the same number of values (reference ${reference.length}, current ${current.length}). Use chisquare for samples of different sizes.`, { cause: error });
    }
    throw error;
  }
}

const atMost = (s: number, t: number): boolean => s <= t;
const below = (s: number, t: number): boolean => s < t;
const atLeast = (s: number, t: number): boolean => s >= t;
const above = (s: number, t: number): boolean => s > t;
const both: readonly DriftColumnType[] = ['numerical', 'categorical'];
const numerical: readonly DriftColumnType[] = ['numerical'];
const categorical: readonly DriftColumnType[] = ['categorical'];

type Spec = Omit<DriftMethod, 'name' | 'exactness'> & { exactness?: DriftMethod['exactness'] };
const spec = (s: Spec): Spec => s;

const specs: Record<DriftMethodName, Spec> = {
  ks: spec({ scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: numerical, drifted: atMost, score: (r, c) => ksTwoSampleSorted(r.sorted('ks'), c.sorted('ks')).pValue }),
  chisquare: spec({ scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: both, drifted: below, score: chiSquareScore }),
  z: spec({ scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: both, drifted: below, score: zScore }),
  wasserstein: spec({
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: numerical,
    drifted: atLeast,
    score: (r, c) => wassersteinDistanceSorted(r.sorted('wasserstein'), c.sorted('wasserstein')) / Math.max(std(r.numbers('wasserstein')), 0.001),
  }),
  psi: spec({
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: both,
    drifted: atLeast,
    score: (r, c, type) => {
      const s = binnedSamples(r, c, type, true);
      return psiScore(s.reference, s.current);
    },
  }),
  jensenshannon: spec({
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: both,
    drifted: atLeast,
    score: (r, c, type) => {
      const s = binnedSamples(r, c, type, false);
      return jensenShannonDistance(s.reference, s.current);
    },
  }),
  kl_div: spec({
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: both,
    drifted: atLeast,
    score: (r, c, type) => {
      const s = binnedSamples(r, c, type, true);
      return klDivergence(s.reference, s.current);
    },
  }),
  anderson: spec({ scoreKind: 'p-value', defaultThreshold: 0.1, columnTypes: numerical, drifted: below, score: (r, c) => andersonKSample([r.sorted('anderson'), c.sorted('anderson')]).pValue }),
  // As Evidently: with heavy ties the statistic (sorted index against midrank) can flag two
  // identical columns (30 × 7 against 20 × 7 gives p ≈ 0.013).
  cramer_von_mises: spec({
    scoreKind: 'p-value',
    defaultThreshold: 0.1,
    columnTypes: numerical,
    drifted: atMost,
    score: (r, c) => cramerVonMises2Sample(r.sorted('cramer_von_mises'), c.sorted('cramer_von_mises')).pValue,
  }),
  hellinger: spec({ scoreKind: 'distance', defaultThreshold: 0.1, columnTypes: both, drifted: atLeast, score: hellingerScore }),
  // Evidently asks whether the reference tends to be smaller (one-sided).
  mannw: spec({ scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: numerical, drifted: below, score: (r, c) => mannWhitneyU(r.sorted('mannw'), c.sorted('mannw'), { alternative: 'less' }).pValue }),
  ed: spec({ scoreKind: 'distance', defaultThreshold: 0.1, columnTypes: numerical, drifted: above, score: (r, c) => energyDistanceSorted(r.sorted('ed'), c.sorted('ed')) }),
  es: spec({ scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: numerical, drifted: below, score: (r, c) => eppsSingleton2Sample(r.numbers('es'), c.numbers('es')).pValue }),
  // scipy's default: Student's test with pooled variance.
  t_test: spec({ scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: numerical, drifted: below, score: (r, c) => tTestIndependent(r.numbers('t_test'), c.numbers('t_test')).pValue }),
  empirical_mmd: spec({
    scoreKind: 'p-value',
    defaultThreshold: 0.1,
    columnTypes: numerical,
    drifted: below,
    exactness: 'permutation',
    score: (r, c) => empiricalMmdTest(r.numbers('empirical_mmd'), c.numbers('empirical_mmd')).pValue,
  }),
  fisher_exact: spec({ scoreKind: 'p-value', defaultThreshold: 0.1, columnTypes: categorical, drifted: below, score: fisherScore }),
  TVD: spec({ scoreKind: 'p-value', defaultThreshold: 0.1, columnTypes: categorical, drifted: below, exactness: 'permutation', score: (r, c) => tvdPermutationTest(r.categories(), c.categories()).pValue }),
  g_test: spec({ scoreKind: 'p-value', defaultThreshold: 0.1, columnTypes: categorical, drifted: below, score: gTestScore }),
};

/** Every implemented drift test by name. */
export const driftMethods: Readonly<Record<DriftMethodName, DriftMethod>> = Object.freeze(
  Object.fromEntries(driftMethodNames.map((name) => [name, Object.freeze({ name, exactness: 'closed-form', ...specs[name] })])) as Record<DriftMethodName, DriftMethod>,
);
