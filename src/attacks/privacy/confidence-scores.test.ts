import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matrixFromRows } from '../../ml/models/matrix.js';
import { maxConfidence, trueClassLogit, trueClassLogProb } from './confidence-scores.js';

describe('confidence scores', () => {
  const P = matrixFromRows([
    [0.8, 0.2],
    [0.1, 0.9],
    [1, 0],
  ]);
  const y = Int32Array.from([0, 0, 1]);

  it('gives log p of the true class, the top probability and φ = log(p / (1 − p))', () => {
    const logp = trueClassLogProb(P, y);
    expect(logp[0]).toBeCloseTo(Math.log(0.8), 12);
    expect(logp[1]).toBeCloseTo(Math.log(0.1), 12);
    expect([...maxConfidence(P)]).toEqual([0.8, 0.9, 1]);
    const phi = trueClassLogit(P, y);
    expect(phi[0]).toBeCloseTo(Math.log(4), 12);
    expect(phi[1]).toBeCloseTo(Math.log(1 / 9), 12);
  });

  it('stays finite at probabilities 0 and 1', () => {
    expect(Number.isFinite(trueClassLogProb(P, y)[2]!)).toBe(true);
    const phi = trueClassLogit(P, y);
    expect(phi[2]).toBeLessThan(-700);
    expect(trueClassLogit(P, Int32Array.from([0, 0, 0]))[2]).toBeGreaterThan(700);
  });

  it('keeps its precision when p rounds to 1 (1 − p taken from the other classes)', () => {
    const sharp = matrixFromRows([[1, 1e-17, 1e-17], [1, 1e-20, 0]]);
    const y0 = Int32Array.from([0, 0]);
    expect(trueClassLogit(sharp, y0)[0]).toBeCloseTo(-Math.log(2e-17), 9);
    // The losses 2e-17 and 1e-20 stay apart instead of both rounding to 0.
    const logp = trueClassLogProb(sharp, y0);
    expect(logp[0]! / -2e-17).toBeCloseTo(1, 9);
    expect(logp[1]! / -1e-20).toBeCloseTo(1, 9);
  });

  it('log p never falls as φ rises (the two rank rows alike)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const P = matrixFromRows([[a, 1 - a], [b, 1 - b]]);
        const phi = trueClassLogit(P, Int32Array.from([0, 0]));
        const logp = trueClassLogProb(P, Int32Array.from([0, 0]));
        return phi[0]! < phi[1]! ? logp[0]! <= logp[1]! : phi[0]! > phi[1]! ? logp[0]! >= logp[1]! : true;
      }),
    );
  });

  it('φ never falls as the probability of the true class', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (a, b) => {
        const phi = trueClassLogit(matrixFromRows([[a, 1 - a], [b, 1 - b]]), Int32Array.from([0, 0]));
        return a < b ? phi[0]! <= phi[1]! : a > b ? phi[0]! >= phi[1]! : phi[0] === phi[1];
      }),
    );
  });
});
