import { describe, it } from 'vitest';
import fc from 'fast-check';
import { chiSquareGoodnessOfFit, chiSquareHomogeneity } from './chi-square.js';
import { fillZeroShares, jensenShannonDistance, klDivergence, psiScore } from './divergence.js';
import { ksTwoSample } from './ks.js';
import { psi } from './psi.js';
import { wassersteinDistance } from './wasserstein.js';
import { twoProportionZTest } from './z-test.js';

const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 60 });
// Shares as the drift checks make them: bin counts over a total (a share below 1e-9 would need
// a billion rows; subnormal shares made the symmetry check compare ∞ with ∞).
const shares = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
  .filter((c) => c.some((v) => v > 0))
  .map((c) => {
    const total = c.reduce((s, v) => s + v, 0);
    return c.map((v) => v / total);
  });
const inUnit = (p: number) => p >= 0 && p <= 1;
const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('distances', () => {
  it('Wasserstein is ≥ 0, symmetric, and 0 for identical samples', () => {
    fc.assert(fc.property(sample, sample, (a, b) => wassersteinDistance(a, b) >= 0 && close(wassersteinDistance(a, b), wassersteinDistance(b, a)) && wassersteinDistance(a, [...a].reverse()) === 0));
  });

  it('Jensen–Shannon is in [0, √ln 2], symmetric, and 0 for identical distributions', () => {
    fc.assert(
      fc.property(shares, shares, (p0, q0) => {
        const n = Math.min(p0.length, q0.length);
        const p = p0.slice(0, n);
        const q = q0.slice(0, n);
        if (!p.some((v) => v > 0) || !q.some((v) => v > 0)) return true;
        const d = jensenShannonDistance(p, q);
        return d >= 0 && d <= Math.sqrt(Math.LN2) + 1e-12 && close(d, jensenShannonDistance(q, p)) && jensenShannonDistance(p, p) < 1e-7 && jensenShannonDistance(p, q, 2) <= 1 + 1e-12;
      }),
    );
  });

  it('PSI and KL are ≥ 0 (after filling zeros), PSI is symmetric, both are 0 for identical distributions', () => {
    fc.assert(
      fc.property(shares, shares, (p0, q0) => {
        const n = Math.min(p0.length, q0.length);
        const norm = (x: number[]) => {
          const t = x.reduce((s, v) => s + v, 0);
          return x.map((v) => (t > 0 ? v / t : 0));
        };
        const p = fillZeroShares(norm(p0.slice(0, n)));
        const q = fillZeroShares(norm(q0.slice(0, n)));
        if (!p.some((v) => v > 0) || !q.some((v) => v > 0) || p.some((v) => v === 0) || q.some((v) => v === 0)) return true;
        return psiScore(p, q) >= 0 && close(psiScore(p, q), psiScore(q, p)) && psiScore(p, p) === 0 && klDivergence(p, q) >= -1e-12 && Math.abs(klDivergence(p, p)) < 1e-12;
      }),
    );
  });

  it('sample PSI is ≥ 0 and 0 for identical samples, with either binning', () => {
    fc.assert(fc.property(sample, sample, (a, b) => psi(a, b) >= 0 && psi(a, b, { binning: 'quantile' }) >= 0 && psi(a, a) === 0 && psi(a, a, { binning: 'quantile' }) === 0));
  });
});

describe('p-values', () => {
  it('KS: p in [0, 1], D in [0, 1], both symmetric, and D = 0, p = 1 for identical samples', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const ab = ksTwoSample(a, b);
        const ba = ksTwoSample(b, a);
        const same = ksTwoSample(a, [...a].reverse());
        return inUnit(ab.pValue) && inUnit(ab.statistic) && close(ab.statistic, ba.statistic) && close(ab.pValue, ba.pValue) && same.statistic === 0 && same.pValue === 1;
      }),
    );
  });

  it('chi-square goodness of fit and homogeneity: p in [0, 1]; homogeneity does not depend on row order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { minLength: 1, maxLength: 8 }), (pairs) => {
        const a = pairs.map((x) => x[0]);
        const b = pairs.map((x) => x[1]);
        const h1 = chiSquareHomogeneity([a, b]);
        const h2 = chiSquareHomogeneity([b, a]);
        const g = chiSquareGoodnessOfFit(a, b);
        return inUnit(h1.pValue) && close(h1.pValue, h2.pValue) && h1.statistic >= 0 && (Number.isNaN(g.pValue) ? false : inUnit(g.pValue));
      }),
    );
  });

  it('z-test: p in [0, 1] and symmetric in the two samples', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, f1, f2) => {
        const x1 = Math.round(f1 * n1);
        const x2 = Math.round(f2 * n2);
        const r = twoProportionZTest(x1, n1, x2, n2);
        return inUnit(r.pValue) && close(r.pValue, twoProportionZTest(x2, n2, x1, n1).pValue);
      }),
    );
  });

});
