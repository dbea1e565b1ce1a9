import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { chiSquareSf, gammaP, gammaQ, logGamma } from './gamma.js';
import { erf, erfc, normalCdf, normalSf } from './normal.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('logGamma', () => {
  it('matches log of factorials and of Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(rel(logGamma(10), Math.log(362880))).toBeLessThan(1e-14);
    expect(rel(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(rel(logGamma(171), 706.5730622457874)).toBeLessThan(1e-13);
    expect(rel(logGamma(1e6), 12815504.569147611)).toBeLessThan(1e-13);
    expect(logGamma(0)).toBeNaN();
  });
});

describe('regularised incomplete gamma', () => {
  // Reference values from scipy 1.17.1 (special.gammainc / gammaincc).
  it.each([
    ['P(10, 5)', gammaP(10, 5), 0.03182805730620481],
    ['Q(10, 5)', gammaQ(10, 5), 0.9681719426937951],
    ['P(0.5, 0.1)', gammaP(0.5, 0.1), 0.34527915398142317],
    ['Q(3.5, 40)', gammaQ(3.5, 40), 1.377501829742618e-14],
    ['Q(200, 260)', gammaQ(200, 260), 4.750012444300866e-5],
    ['P(1000, 900)', gammaP(1000, 900), 0.0005499022657117818],
    ['Q(1e5, 1.02e5)', gammaQ(1e5, 1.02e5), 1.650606135936284e-10],
  ])('%s agrees with scipy to 1e-10', (_name, got, want) => {
    expect(rel(got, want)).toBeLessThan(1e-10);
  });

  it('Q(1, x) is exp(−x) and Q(n, x) is the Poisson tail for whole n', () => {
    for (const x of [0.1, 1, 7.5, 50]) expect(rel(gammaQ(1, x), Math.exp(-x))).toBeLessThan(1e-13);
    const poisson = (n: number, x: number) => {
      let s = 0;
      let term = Math.exp(-x);
      for (let k = 0; k < n; k++) {
        s += term;
        term *= x / (k + 1);
      }
      return s;
    };
    for (const [n, x] of [[3, 2], [5, 9], [12, 4]] as const) expect(rel(gammaQ(n, x), poisson(n, x))).toBeLessThan(1e-12);
  });

  it('has P + Q = 1, values in [0, 1], and P increasing in x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (a, x, dx) => {
        const p = gammaP(a, x);
        const q = gammaQ(a, x);
        return p >= 0 && p <= 1 && q >= 0 && q <= 1 && Math.abs(p + q - 1) < 1e-9 && gammaP(a, x + dx) >= p - 1e-12;
      }),
    );
  });

  it('returns NaN outside its domain', () => {
    expect(gammaP(-1, 2)).toBeNaN();
    expect(gammaQ(2, -1)).toBeNaN();
    expect(gammaP(2, Number.NaN)).toBeNaN();
    expect(gammaP(2, 0)).toBe(0);
    expect(gammaQ(2, Infinity)).toBe(0);
  });
});

describe('chiSquareSf', () => {
  it.each([
    [3.841458820694124, 1],
    [5.991464547107979, 2],
    [11.070497693516351, 5],
    [18.307038053275146, 10],
    [124.34211340400407, 100],
  ])('gives 0.05 at the 95%% critical value %d with %d dof', (x, dof) => {
    expect(rel(chiSquareSf(x, dof), 0.05)).toBeLessThan(1e-12);
  });

  it('keeps precision far in the tail (scipy chi2.sf(500, 3) = 4.7717e-108)', () => {
    expect(rel(chiSquareSf(500, 3), 4.771672031912771e-108)).toBeLessThan(1e-10);
    expect(chiSquareSf(0, 3)).toBe(1);
    expect(chiSquareSf(Infinity, 3)).toBe(0);
    expect(chiSquareSf(2, 0)).toBeNaN();
  });
});

describe('erf and the normal distribution', () => {
  it.each([
    ['erf(1)', erf(1), 0.8427007929497149],
    ['erf(0.5)', erf(0.5), 0.5204998778130465],
    ['erfc(-1)', erfc(-1), 1.8427007929497148],
    ['erfc(3)', erfc(3), 2.209049699858544e-5],
    ['erfc(10)', erfc(10), 2.088487583762545e-45],
    ['Φ(−3)', normalCdf(-3), 0.0013498980316300933],
  ])('%s agrees with scipy to 1e-12', (_name, got, want) => {
    expect(rel(got, want)).toBeLessThan(1e-12);
  });

  it('is odd (erf) and symmetric (Φ)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => Math.abs(erf(-x) + erf(x)) < 1e-15 && Math.abs(normalCdf(x) + normalCdf(-x) - 1) < 1e-14 && Math.abs(normalSf(x) - normalCdf(-x)) < 1e-15),
    );
  });
});
