import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { columnDrift, type DriftResult } from './drift.js';
import { driftMethodNames, driftMethods, type DriftColumnType, type DriftMethodName } from './drift-methods.js';
import { histogram, histogramUniform, sturgesEdges } from './histogram.js';

const numericalMethods = driftMethodNames.filter((m) => driftMethods[m].columnTypes.includes('numerical'));
const categoricalMethods = driftMethodNames.filter((m) => driftMethods[m].columnTypes.includes('categorical'));
const smallInts = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 60 });
const reals = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 60 });
const labels = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 60 });

/** The result, or undefined when the test refuses the input with ERR_STATS_INPUT (anything else fails). */
function attempt(a: readonly unknown[], b: readonly unknown[], columnType: DriftColumnType, method: DriftMethodName): DriftResult | undefined {
  try {
    return columnDrift(a, b, { columnType, method });
  } catch (e) {
    if (isAisecError(e, 'ERR_STATS_INPUT')) return undefined;
    throw e;
  }
}

function inRange(r: DriftResult): boolean {
  if (Number.isNaN(r.score)) return false;
  return r.scoreKind === 'p-value' ? r.score >= 0 && r.score <= 1 : r.score >= 0;
}

describe('drift tests, properties', () => {
  it('every numerical test: a p-value in [0, 1] or a distance ≥ 0, never NaN, or a clear refusal', () => {
    fc.assert(
      fc.property(fc.oneof(smallInts, reals), fc.oneof(smallInts, reals), fc.constantFrom(...numericalMethods), (a, b, method) => {
        const r = attempt(a, b, 'numerical', method);
        return r === undefined || inRange(r);
      }),
      { numRuns: 150 },
    );
  });

  it('every categorical test: in range or a clear refusal', () => {
    fc.assert(
      fc.property(labels, labels, fc.constantFrom(...categoricalMethods), (a, b, method) => {
        const r = attempt(a, b, 'categorical', method);
        return r === undefined || inRange(r);
      }),
      { numRuns: 100 },
    );
  });

  it('the same values in another order are never drift (Cramér–von Mises aside: Evidently flags heavy ties)', () => {
    const methods = numericalMethods.filter((m) => m !== 'cramer_von_mises');
    fc.assert(
      fc.property(fc.oneof(smallInts, reals), fc.constantFrom(...methods), (a, method) => {
        const r = attempt(a, [...a].reverse(), 'numerical', method);
        return r === undefined || (inRange(r) && !r.drifted);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(labels, fc.constantFrom(...categoricalMethods), (a, method) => {
        const r = attempt(a, [...a].reverse(), 'categorical', method);
        return r === undefined || !r.drifted;
      }),
      { numRuns: 80 },
    );
  });

  it('symmetric tests give the same score with the samples swapped', () => {
    const symmetric: DriftMethodName[] = ['ks', 'ed', 't_test', 'anderson', 'hellinger', 'es', 'cramer_von_mises'];
    fc.assert(
      fc.property(fc.oneof(smallInts, reals), fc.oneof(smallInts, reals), fc.constantFrom(...symmetric), (a, b, method) => {
        const ab = attempt(a, b, 'numerical', method);
        const ba = attempt(b, a, 'numerical', method);
        if (ab === undefined || ba === undefined) return ab === ba;
        return Math.abs(ab.score - ba.score) <= 1e-9 * Math.max(1, Math.abs(ab.score));
      }),
      // Bins a few subnormals wide once gave the Hellinger distance infinite densities (NaN).
      { numRuns: 150, examples: [[[0], [-1e-323], 'hellinger'], [[5e-324, 0], [-1e-323], 'hellinger']] },
    );
  });

  it('an empty side (after dropping missing values) is always a clear error', () => {
    fc.assert(
      fc.property(fc.oneof(smallInts, reals), fc.constantFrom(...numericalMethods), fc.boolean(), (a, method, emptyFirst) => {
        const empty = [null, Number.NaN, Infinity];
        let message = '';
        try {
          columnDrift(emptyFirst ? empty : a, emptyFirst ? a : empty, { columnType: 'numerical', method });
        } catch (e) {
          if (isAisecError(e, 'ERR_STATS_INPUT')) message = (e as Error).message;
        }
        return /values on both sides/.test(message);
      }),
      { numRuns: 60 },
    );
  });

  it('a constant column on both sides gives no NaN score for any test', () => {
    for (const method of numericalMethods) {
      const r = attempt(Array(40).fill(3.5), Array(25).fill(3.5), 'numerical', method);
      if (r) expect(Number.isNaN(r.score), method).toBe(false);
    }
  });

  it('one-pass Sturges counting gives exactly the counts of the binary search', () => {
    fc.assert(
      fc.property(reals, reals, (a, b) => {
        const edges = sturgesEdges([...a, ...b]);
        const values = Float64Array.from([...b, ...edges]);
        return histogramUniform(values, edges).every((c, i) => c === histogram(values, edges)[i]);
      }),
      { numRuns: 200, examples: [[[0], [-5e-324]]] }, // a range of one subnormal: the scale is infinite
    );
  });
});
