/**
 * Evidently's column drift tests (evidentlyai/evidently, `legacy/calculations/stattests`,
 * commit a4aa4c2b), each with its default threshold and drift rule, reimplemented so the
 * scores match Evidently's to about 1e-9 (checked against golden values in the tests).
 */
import { AisecError } from '../core/errors.js';
import { chiSquareGoodnessOfFit } from './chi-square.js';
import { fillZeroShares, jensenShannonDistance, klDivergence, psiScore } from './divergence.js';
import { categoriesOf, categoryCounts, histogram, sturgesEdges, type Category } from './histogram.js';
import { ksTwoSample } from './ks.js';
import { normedWassersteinDistance } from './wasserstein.js';
import { twoProportionZTest } from './z-test.js';

/** How a column's values are compared: as numbers or as categories. */
export type DriftColumnType = 'numerical' | 'categorical';

/** The drift tests implemented, by Evidently's names. */
export const driftMethodNames = ['ks', 'chisquare', 'z', 'wasserstein', 'psi', 'jensenshannon', 'kl_div'] as const;
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
  readonly score: (reference: readonly Category[], current: readonly Category[], columnType: DriftColumnType) => number;
}

function numbers(values: readonly Category[], method: string): number[] {
  return values.map((v) => {
    if (typeof v !== 'number') throw new AisecError('ERR_STATS_INPUT', `The ${method} drift test needs numbers; got ${JSON.stringify(v)}.`);
    return v;
  });
}

/**
 * Shares per bin as Evidently's `get_binned_data`: numerical columns with more than 20
 * distinct reference values get Sturges bins over the pooled values; everything else gets one
 * bin per distinct value of either sample. With `fillZeros`, zero shares are replaced as in
 * {@link fillZeroShares} (PSI and KL do this; Jensen–Shannon does not).
 */
export function evidentlyBinnedShares(reference: readonly Category[], current: readonly Category[], columnType: DriftColumnType, fillZeros: boolean): { reference: Float64Array; current: Float64Array } {
  let r: Float64Array;
  let c: Float64Array;
  if (columnType === 'numerical' && new Set(reference).size > 20) {
    const ref = numbers(reference, 'binned');
    const cur = numbers(current, 'binned');
    const edges = sturgesEdges([...ref, ...cur]);
    r = histogram(ref, edges).map((v) => v / ref.length);
    c = histogram(cur, edges).map((v) => v / cur.length);
  } else {
    const keys = categoriesOf(reference, current);
    r = categoryCounts(reference, keys).map((v) => v / reference.length);
    c = categoryCounts(current, keys).map((v) => v / current.length);
  }
  return fillZeros ? { reference: fillZeroShares(r), current: fillZeroShares(c) } : { reference: r, current: c };
}

function chiSquareScore(reference: readonly Category[], current: readonly Category[]): number {
  const keys = categoriesOf(reference, current);
  const scale = current.length / reference.length;
  const expected = categoryCounts(reference, keys).map((v) => v * scale);
  return chiSquareGoodnessOfFit(categoryCounts(current, keys), expected).pValue;
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

function zScore(reference: readonly Category[], current: readonly Category[]): number {
  const refKeys = categoriesOf(reference);
  const curKeys = categoriesOf(current);
  if (refKeys.length === 1 && curKeys.length === 1 && refKeys[0] === curKeys[0]) return 1;
  const target = firstSorted(categoriesOf(reference, current));
  const x1 = reference.filter((v) => v === target).length;
  const x2 = current.filter((v) => v === target).length;
  return twoProportionZTest(x1, reference.length, x2, current.length).pValue;
}

const atMost = (s: number, t: number) => s <= t;
const below = (s: number, t: number) => s < t;
const atLeast = (s: number, t: number) => s >= t;
const both: readonly DriftColumnType[] = ['numerical', 'categorical'];

/** Every implemented drift test by name. */
export const driftMethods: Readonly<Record<DriftMethodName, DriftMethod>> = {
  ks: { name: 'ks', scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: ['numerical'], drifted: atMost, score: (r, c) => ksTwoSample(numbers(r, 'ks'), numbers(c, 'ks')).pValue },
  chisquare: { name: 'chisquare', scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: both, drifted: below, score: chiSquareScore },
  z: { name: 'z', scoreKind: 'p-value', defaultThreshold: 0.05, columnTypes: both, drifted: below, score: zScore },
  wasserstein: {
    name: 'wasserstein',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: ['numerical'],
    drifted: atLeast,
    score: (r, c) => normedWassersteinDistance(numbers(r, 'wasserstein'), numbers(c, 'wasserstein')),
  },
  psi: {
    name: 'psi',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: both,
    drifted: atLeast,
    score: (r, c, type) => {
      const s = evidentlyBinnedShares(r, c, type, true);
      return psiScore(s.reference, s.current);
    },
  },
  jensenshannon: {
    name: 'jensenshannon',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: both,
    drifted: atLeast,
    score: (r, c, type) => {
      const s = evidentlyBinnedShares(r, c, type, false);
      return jensenShannonDistance(s.reference, s.current);
    },
  },
  kl_div: {
    name: 'kl_div',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    columnTypes: both,
    drifted: atLeast,
    score: (r, c, type) => {
      const s = evidentlyBinnedShares(r, c, type, true);
      return klDivergence(s.reference, s.current);
    },
  },
};
