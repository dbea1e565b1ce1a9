/**
 * The incomplete beta function and the Student t distribution built on it (for the t-test).
 * The continued fraction is evaluated for the smaller tail directly, so tiny p-values keep
 * their relative precision.
 */
import { logGamma } from './gamma.js';

const epsilon = 1e-16;
const tiny = 1e-300;

/** log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** The continued fraction of I_x(a, b) (modified Lentz), accurate for x < (a + 1)/(a + b + 2). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  const limit = 10_000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m <= limit; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. `oneMinusX`
 * may be given when 1 − x is known more precisely than by subtraction.
 */
export function betaInc(a: number, b: number, x: number, oneMinusX = 1 - x): number {
  if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(x) || !(a > 0 && b > 0) || x < 0 || x > 1) return Number.NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = a * Math.log(x) + b * Math.log(oneMinusX) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(b, a, oneMinusX)) / b;
}

/** The upper tail P(T ≥ t) of Student's t distribution with `dof` degrees of freedom (scipy `t.sf`). */
export function studentTSf(t: number, dof: number): number {
  if (Number.isNaN(t) || !(dof > 0)) return Number.NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  // P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2), with 1 − x = t²/(ν+t²) computed directly.
  const t2 = t * t;
  const twoSided = betaInc(dof / 2, 0.5, dof / (dof + t2), t2 / (dof + t2));
  return t >= 0 ? twoSided / 2 : 1 - twoSided / 2;
}
