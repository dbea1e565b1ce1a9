/**
 * The error function and the standard normal distribution, built on the incomplete gamma
 * function (erf(x) = P(1/2, x²)), so there is one carefully tested special function.
 */
import { gammaP, gammaQ } from './gamma.js';

/** The error function erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === 0) return 0;
  const p = gammaP(0.5, x * x);
  return x < 0 ? -p : p;
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate in the far tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === 0) return 1;
  const q = gammaQ(0.5, x * x);
  return x < 0 ? 2 - q : q;
}

/** The standard normal cumulative distribution function Φ(z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** The standard normal survival function 1 − Φ(z), accurate in the upper tail. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}
