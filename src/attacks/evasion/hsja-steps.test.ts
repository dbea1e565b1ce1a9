import { describe, expect, it } from 'vitest';
import { binarySearch, bisect, searchSteps } from './hsja-steps.js';
import { ruleExample } from './test-support/hsja-example.js';

/** Class 1 once the first feature passes `edge`. */
const crossesAt = (edge: number) => (x: Float64Array) => (x[0]! > edge ? 1 : 0);
const along = (x0: readonly number[]) => (s: number) => Float64Array.from(x0, (v, j) => (j === 0 ? v + s : v));

describe('bisect', () => {
  it('asks at an ε inside the bracket first, and so finds the input within it at the first query', async () => {
    const ex = ruleExample([0, 0.5], crossesAt(0.3), { epsilons: [0.05, 0.35] });
    const { high: found } = await bisect(ex, along([0, 0.5]), 0, 1, 1e-3, 1);
    expect(ex.asked[0]![0]).toBeCloseTo(0.35, 12);
    expect(ex.track.history[0]!.queries).toBe(1);
    expect(ex.track.history[0]!.norm).toBeCloseTo(0.35, 12);
    // Then an ordinary bisection down to the edge.
    expect(found).toBeGreaterThan(0.3);
    expect(found - 0.3).toBeLessThanOrEqual(1e-3);
  });

  it('asks at the midpoint when no ε is in the bracket or every ε in it is already reached', async () => {
    const none = ruleExample([0, 0.5], crossesAt(0.3), { epsilons: [2] });
    await bisect(none, along([0, 0.5]), 0, 1, 1e-3, 1);
    expect(none.asked[0]![0]).toBe(0.5);
    const reached = ruleExample([0, 0.5], crossesAt(0.3), { epsilons: [0.35] });
    reached.track.bestNorm = 0.32;
    await bisect(reached, along([0, 0.5]), 0, 1, 1e-3, 1);
    expect(reached.asked[0]![0]).toBe(0.5);
  });

  it('measures ε in sizes per unit of the path (an L2 blend of length 2 reaches 0.35 at 0.175)', async () => {
    const ex = ruleExample([0, 0.5], crossesAt(0.3), { epsilons: [0.35], norm: 'l2' });
    await bisect(ex, (a) => Float64Array.from([2 * a, 0.5]), 0, 1, 1e-3, 2);
    expect(ex.asked[0]![0]).toBeCloseTo(0.35, 12);
  });

  it('stops within its step limit whatever the threshold', async () => {
    const ex = ruleExample([0, 0.5], crossesAt(0.3));
    await bisect(ex, along([0, 0.5]), 0, 1, 1e-300, 1);
    expect(ex.asked.length).toBe(64);
  });
});

describe('binarySearch', () => {
  it('L∞: clips the point towards x0 and returns the adversarial end near the boundary, within the step count it reserves', async () => {
    const x0 = [0, 0.5];
    const ex = ruleExample(x0, crossesAt(0.3), { epsilons: [0.1] });
    const { point, distance } = await binarySearch(ex, Float64Array.from([0.9, 0.1]));
    expect(distance).toBeCloseTo(0.9, 12);
    expect(point[0]).toBeGreaterThan(0.3);
    expect(point[0]! - 0.3).toBeLessThan(0.9 / 4);
    expect(ex.asked.length).toBeLessThanOrEqual(searchSteps(ex, distance));
  });
});
