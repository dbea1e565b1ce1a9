import { describe, expect, it } from 'vitest';
import { minimizeLbfgs } from './lbfgs.js';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const result = minimizeLbfgs(
      (x, g) => {
        const [a, b] = [x[0]!, x[1]!];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.of(-1.2, 1),
      { maxIterations: 500, functionTolerance: 0 },
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });

  it('solves an ill-conditioned quadratic in few iterations', () => {
    const scales = [1, 10, 100, 1000, 10000];
    const result = minimizeLbfgs(
      (x, g) => {
        let f = 0;
        scales.forEach((s, i) => {
          const d = x[i]! - i;
          g[i] = s * d;
          f += 0.5 * s * d * d;
        });
        return f;
      },
      new Float64Array(scales.length),
      { gradientTolerance: 1e-9, functionTolerance: 0 },
    );
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeLessThan(60);
    scales.forEach((_, i) => expect(result.x[i]).toBeCloseTo(i, 6));
  });

  it('stops without a finite step instead of returning NaN', () => {
    const result = minimizeLbfgs((x, g) => {
      g[0] = -1;
      return x[0]! > 0 ? NaN : -x[0]!;
    }, Float64Array.of(0));
    expect(Number.isFinite(result.value)).toBe(true);
    expect(result.x[0]).toBeLessThanOrEqual(0);
  });
});
