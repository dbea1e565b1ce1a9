/**
 * The gamma function family the p-values need: log Γ, the regularised incomplete gamma
 * functions P(a, x) and Q(a, x), and the chi-square survival function built on them.
 *
 * P and Q use the power series where it converges fast (x < a + 1) and Lentz's continued
 * fraction elsewhere, each computing the small tail directly so that tiny p-values keep
 * their relative precision (no 1 - P cancellation).
 */

const lanczos = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const halfLog2Pi = 0.5 * Math.log(2 * Math.PI);
const epsilon = 1e-16;
const tiny = 1e-300;

/** The natural logarithm of Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return Number.NaN;
  if (x < 0.5) {
    // Reflection keeps the approximation in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = lanczos[0]!;
  for (let i = 1; i < lanczos.length; i++) sum += lanczos[i]! / (z + i);
  const t = z + 7.5;
  return halfLog2Pi + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** log of x^a e^-x / Γ(a): the common factor of the series and the continued fraction. */
function logPrefactor(a: number, x: number): number {
  return a * Math.log(x) - x - logGamma(a);
}

function maxIterations(a: number): number {
  // Both expansions need O(sqrt(a)) terms near x ≈ a.
  return 1000 + Math.ceil(50 * Math.sqrt(a));
}

/** P(a, x) by its power series; accurate for x < a + 1. */
function seriesP(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  let ap = a;
  const limit = maxIterations(a);
  for (let i = 0; i < limit; i++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * epsilon) break;
  }
  return sum * Math.exp(logPrefactor(a, x));
}

/** Q(a, x) by its continued fraction (modified Lentz); accurate for x ≥ a + 1. */
function continuedFractionQ(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  const limit = maxIterations(a);
  for (let i = 1; i <= limit; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  return Math.exp(logPrefactor(a, x)) * h;
}

/** The regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0. */
export function gammaP(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? seriesP(a, x) : 1 - continuedFractionQ(a, x);
}

/** The regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x), for a > 0, x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - seriesP(a, x) : continuedFractionQ(a, x);
}

/**
 * The survival function of the chi-square distribution, P(X ≥ statistic) with `dof` degrees
 * of freedom (scipy `chi2.sf`): the p-value of a chi-square test.
 */
export function chiSquareSf(statistic: number, dof: number): number {
  if (Number.isNaN(statistic) || !(dof > 0)) return Number.NaN;
  if (statistic <= 0) return 1;
  return gammaQ(dof / 2, statistic / 2);
}
