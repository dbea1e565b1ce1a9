import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestNeighbours, nearestNeighboursAsync } from './knn.js';
import { bruteForceNeighbours } from './knn-brute.js';
import { matrixFromRows, type Matrix } from './matrix.js';

// Small integer coordinates make exact ties and duplicate rows common: the hard case for the
// tie order (distance, then row index) and for the triangle-inequality bounds.
const rowsArb = (d: number) =>
  fc.array(fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: d, maxLength: d }), {
    minLength: 1,
    maxLength: 120,
  });

const caseArb = fc.integer({ min: 1, max: 6 }).chain((d) => fc.record({ d: fc.constant(d), points: rowsArb(d), queries: rowsArb(d), k: fc.integer({ min: 1, max: 12 }) }));

/** The definition: sort every candidate by (distance, index). */
function reference(points: Matrix, k: number, queries?: Matrix): { indices: number[]; distances: number[] } {
  const q = queries ?? points;
  const indices: number[] = [];
  const distances: number[] = [];
  for (let i = 0; i < q.rows; i++) {
    const candidates: [number, number][] = [];
    for (let p = 0; p < points.rows; p++) {
      if (!queries && p === i) continue;
      let s = 0;
      for (let j = 0; j < points.cols; j++) s += (q.data[i * q.cols + j]! - points.data[p * points.cols + j]!) ** 2;
      candidates.push([s, p]);
    }
    candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [s, p] of candidates.slice(0, k)) {
      indices.push(p);
      distances.push(Math.sqrt(s));
    }
  }
  return { indices, distances };
}

describe('nearestNeighbours', () => {
  it('agrees with the pairwise search exactly, rows against each other', () => {
    fc.assert(
      fc.property(caseArb, ({ points, k }) => {
        const X = matrixFromRows(points);
        const fast = nearestNeighbours(X, k, { minRowsForIndex: 0 });
        const slow = bruteForceNeighbours(X, k);
        expect(fast.k).toBe(Math.min(k, points.length - 1));
        expect(Array.from(fast.indices)).toEqual(Array.from(slow.indices));
        expect(Array.from(fast.distances)).toEqual(Array.from(slow.distances));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the pairwise search exactly, queries against points', () => {
    fc.assert(
      fc.property(caseArb, ({ points, queries, k }) => {
        const X = matrixFromRows(points);
        const Q = matrixFromRows(queries);
        const fast = nearestNeighbours(X, k, { queries: Q, minRowsForIndex: 0 });
        const slow = bruteForceNeighbours(X, k, { queries: Q });
        expect(Array.from(fast.indices)).toEqual(Array.from(slow.indices));
        expect(Array.from(fast.distances)).toEqual(Array.from(slow.distances));
      }),
      { numRuns: 200 },
    );
  });

  it('has a pairwise search that matches the definition', () => {
    fc.assert(
      fc.property(caseArb, ({ points, k }) => {
        const X = matrixFromRows(points);
        const slow = bruteForceNeighbours(X, k);
        const ref = reference(X, slow.k);
        expect(Array.from(slow.indices)).toEqual(ref.indices);
        slow.distances.forEach((v, i) => expect(v).toBeCloseTo(ref.distances[i]!, 9));
      }),
      { numRuns: 100 },
    );
  });
});

describe('nearestNeighbours on sizes that use the index by default', () => {
  it('matches the pairwise search on clustered data with duplicates', () => {
    const rows: number[][] = [];
    for (let i = 0; i < 900; i++) {
      const c = i % 7;
      rows.push([c * 3 + ((i * 37) % 11) / 10, -c + ((i * 53) % 13) / 10, (i % 5) / 2, c % 2]);
    }
    const X = matrixFromRows(rows);
    const fast = nearestNeighbours(X, 10);
    const slow = bruteForceNeighbours(X, 10);
    expect(Array.from(fast.indices)).toEqual(Array.from(slow.indices));
  });

  it('handles no rows, one row, and no columns', () => {
    expect(nearestNeighbours(matrixFromRows([[1, 2]]), 5).k).toBe(0);
    const none = nearestNeighbours(matrixFromRows([[], [], []]), 2);
    expect(Array.from(none.indices)).toEqual([1, 2, 0, 2, 0, 1]);
    expect(() => nearestNeighbours(matrixFromRows([[1]]), 0)).toThrow(/k must be/);
    expect(() => nearestNeighbours(matrixFromRows([[1]]), 1, { queries: matrixFromRows([[1, 2]]) })).toThrow(/columns/);
  });

  it('stops when its signal is aborted', () => {
    const X = matrixFromRows(Array.from({ length: 600 }, (_, i) => [i % 17, i % 5]));
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    expect(() => nearestNeighbours(X, 3, { signal: controller.signal })).toThrow(/cancelled/);
  });
});

describe('nearestNeighboursAsync', () => {
  it('gives the same answer as the synchronous search, in steps', async () => {
    const X = matrixFromRows(Array.from({ length: 700 }, (_, i) => [i % 13, (i * 7) % 11, i % 3]));
    const sync = nearestNeighbours(X, 5);
    const stepped = await nearestNeighboursAsync(X, 5, { yieldEvery: 50 });
    expect(Array.from(stepped.indices)).toEqual(Array.from(sync.indices));
  });

  it('lets a timer abort it between steps', async () => {
    const X = matrixFromRows(Array.from({ length: 3000 }, (_, i) => [Math.sin(i), Math.cos(i * 1.3), (i % 17) / 17, (i % 5) / 5]));
    const controller = new AbortController();
    setImmediate(() => controller.abort(new Error('budget spent')));
    await expect(nearestNeighboursAsync(X, 5, { signal: controller.signal, yieldEvery: 10 })).rejects.toThrow(/budget spent/);
  });
});
