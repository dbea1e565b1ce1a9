import { describe, expect, it } from 'vitest';
import { matrixFromRows } from '../../ml/models/matrix.js';
import { naturalStart, noiseStart } from './hsja-start.js';
import { perturbationNorm } from './norms.js';
import { checkStartingPool } from './starting-points.js';
import { ruleExample } from './test-support/hsja-example.js';

/** Class 1 beyond the line x + y = 1.2; from (0.3, 0.3) the nearest such input is 0.3 away in L∞ and 0.3·√2 in L2, along (1, 1). */
const rule = (x: Float64Array) => (x[0]! + x[1]! > 1.2 ? 1 : 0);
const box = { lo: new Float64Array(2), hi: new Float64Array(2).fill(1) };
const x0 = [0.3, 0.3];
/** Row 0 lies along (1, 1); rows 1 and 2 along directions that keep x + y at 0.6, so never adversarial. */
const rows = matrixFromRows([
  [0.9, 0.9],
  [0.25, 0.3],
  [0.9, 0.2],
]);
/** Whether `p` moved from x0 in the signs of `u` (the rays are clipped to the box, so only the signs are kept). */
const onRay = (p: Float64Array, u: readonly number[]) => Math.sign(p[0]! - 0.3) === u[0] && Math.sign(p[1]! - 0.3) === u[1];

describe('naturalStart', () => {
  for (const [norm, distance] of [
    ['linf', 0.3],
    ['l2', 0.3 * Math.SQRT2],
  ] as const) {
    it(`${norm}: starts on the boundary along the best ray, counting every query`, async () => {
      const ex = ruleExample(x0, rule, { norm });
      const pool = checkStartingPool('test', rows, undefined, 2, box);
      const start = await naturalStart(ex, pool, 3);
      expect(start).not.toBeNull();
      expect(rule(start!.point)).toBe(1);
      const size = perturbationNorm(start!.point, ex.x0, norm);
      expect(size).toBeGreaterThanOrEqual(distance * (1 - 1e-12));
      // Within HopSkipJump's binary-search threshold of the boundary.
      expect(size).toBeLessThanOrEqual(distance * (1 + ex.theta));
      // Every query went through the example's oracle and the smallest adversarial one is tracked.
      expect(ex.oracle.used).toBe(ex.asked.length);
      expect(ex.track.bestNorm).toBeCloseTo(size, 12);
    });
  }

  it('spends one query on a row whose ray is not adversarial, and none on rows of the own label when labels are given', async () => {
    const unlabelled = ruleExample(x0, rule);
    await naturalStart(unlabelled, checkStartingPool('test', rows, undefined, 2, box), 3);
    // Rows 1 and 2 (nearest first) are tried where their rays leave the box: one query each.
    expect(unlabelled.asked.filter((p) => onRay(p, [-1, 1])).length).toBe(1);
    expect(unlabelled.asked.filter((p) => onRay(p, [1, -1])).length).toBe(1);
    const labelled = ruleExample(x0, rule);
    await naturalStart(labelled, checkStartingPool('test', rows, [1, 0, 1], 2, box), 3);
    expect(labelled.asked.filter((p) => onRay(p, [-1, 1])).length).toBe(0);
    expect(labelled.asked.length).toBe(unlabelled.asked.length - 1);
  });

  it('returns null when no row is misclassified, having spent one query per row tried', async () => {
    const ex = ruleExample(x0, rule);
    const start = await naturalStart(ex, checkStartingPool('test', matrixFromRows([[0.25, 0.3], [0.9, 0.2]]), undefined, 2, box), 30);
    expect(start).toBeNull();
    expect(ex.asked.length).toBe(2);
  });

  it('stops as soon as the example is within its stopping size', async () => {
    const ex = ruleExample(x0, rule, { epsilons: [0.35], stopBelow: 0.35 });
    const start = await naturalStart(ex, checkStartingPool('test', rows, [1, 0, 1], 2, box), 3);
    // Row 2 at the edge of the box (not adversarial), row 0 there (adversarial), then at ε itself: done.
    expect(ex.asked.length).toBe(3);
    expect(perturbationNorm(start!.point, ex.x0, 'linf')).toBeCloseTo(0.35, 12);
  });
});

describe('noiseStart', () => {
  it('starts on the boundary from a misclassified random input, or gives null after its tries', async () => {
    const ex = ruleExample(x0, rule);
    const start = await noiseStart(ex, 100);
    expect(rule(start!.point)).toBe(1);
    expect(ex.oracle.used).toBe(ex.asked.length);
    const never = ruleExample(x0, () => 0);
    expect(await noiseStart(never, 7)).toBeNull();
    expect(never.asked.length).toBe(7);
  });
});
