/**
 * Distributions of the Kolmogorov–Smirnov statistics, used for the asymptotic p-value of the
 * two-sample test (as scipy does: the one-sample distribution at n = round(n₁n₂/(n₁+n₂))).
 *
 * The method per region follows Simard & L'Ecuyer, "Computing the Two-Sided
 * Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11), 2011, as scipy's `kstwo` does:
 * exact Ruben–Gambino formulas at the ends, the Durbin matrix (Marsaglia–Tsang–Wang) for small
 * n·x², 2 × the one-sided Smirnov tail for large n·x², and Pelz–Good elsewhere. Where scipy uses
 * Pomeranz's recursion (n ≤ 140, 0.754693 < n·x² ≤ 4) this uses the Durbin matrix, which is
 * also exact and small there.
 */
import { logGamma } from './gamma.js';

const scaleUp = 2 ** 128;
const scaleDown = 2 ** -128;

/**
 * P(D⁺ₙ ≥ x): the one-sided one-sample Smirnov tail, exact (Birnbaum & Tingey, 1951),
 * summed in log space so no term overflows.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n >= 1) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  const last = Math.floor(n * (1 - x));
  const logs: number[] = [];
  let logChoose = 0; // log C(n, j), updated incrementally
  let max = -Infinity;
  for (let j = 0; j <= last; j++) {
    if (j > 0) logChoose += Math.log((n - j + 1) / j);
    const a = 1 - x - j / n;
    const b = x + j / n;
    if (a <= 0) break; // (1 - x - j/n)^(n-j) is zero
    const l = logChoose + (n - j) * Math.log(a) + (j - 1) * Math.log(b);
    // The terms rise to one peak and fall: past it, once below e^-60 of the peak, the rest
    // (at most n of them) cannot change a double. This makes large n cost O(√n), not O(n).
    if (l < max - 60 && l < logs[logs.length - 1]!) break;
    logs.push(l);
    if (l > max) max = l;
  }
  if (logs.length === 0) return 0;
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - max);
  return clip(x * Math.exp(max) * sum);
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}

function matMul(a: Float64Array[], b: Float64Array[]): Float64Array[] {
  const m = a.length;
  const out = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < m; i++) {
    const ai = a[i]!;
    const oi = out[i]!;
    for (let k = 0; k < m; k++) {
      const v = ai[k]!;
      if (v === 0) continue;
      const bk = b[k]!;
      for (let j = 0; j < m; j++) oi[j]! += v * bk[j]!;
    }
  }
  return out;
}

/** P(Dₙ ≤ x) by the Durbin matrix algorithm as arranged by Marsaglia, Tsang & Wang (2003). */
export function kolmogorovCdfDurbin(n: number, x: number): number {
  if (x >= 1) return 1;
  const nd = n * x;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  v[m - 1] = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * fac;
  let hm: Float64Array[] = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) hm[r]![i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) hm[r]![0] = v[r]!;
  for (let c = 0; c < m; c++) hm[m - 1]![c] = v[m - 1 - c]!;

  let power: Float64Array[] = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m);
    row[i] = 1;
    return row;
  });
  let exponent = 0;
  let hExponent = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) {
      power = matMul(power, hm);
      exponent += hExponent;
    }
    hm = matMul(hm, hm);
    hExponent *= 2;
    if (Math.abs(hm[k - 1]![k - 1]!) > scaleUp) {
      for (const row of hm) for (let j = 0; j < m; j++) row[j]! *= scaleDown;
      hExponent += 128;
    }
  }
  let p = power[k - 1]![k - 1]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < scaleDown) {
      p *= scaleUp;
      exponent -= 128;
    }
  }
  return clip(p * 2 ** exponent);
}

/** P(Dₙ ≤ x) by the Pelz–Good (1976) asymptotic series. */
export function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI ** 2;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Horner scheme over the odd integers m = 2k - 1.
  for (let k = maxK; k >= 1; k--) {
    const m2 = (2 * k - 1) ** 2;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m2 * m2, k3a + k3b * m2 + k3c * m2 * m2 + k3d * m2 * m2 * m2];
    for (let i = 0; i < 4; i++) terms[i] = terms[i]! * qpower + coeffs[i]!;
  }
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z6 * z, 6480 * z6 * z4];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i]! * q * sqrt2pi) / divisors[i]!;
  q = Math.exp(-pi2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxK; k >= 1; k--) {
    const qk = q ** (k * k);
    k2extra += k * k * qk;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k * k * qk;
  }
  terms[2]! += (k2extra * pi2 * sqrt2pi) / (-36 * z3);
  terms[3]! += (k3extra * pi2 * sqrt2pi) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += terms[i]! / n ** (i / 2);
  return sum;
}

/**
 * P(Dₙ ≥ x) for the two-sided one-sample Kolmogorov statistic with n observations
 * (scipy `kstwo.sf(x, n)`).
 */
export function kolmogorovSf(n: number, x: number): number {
  if (!(n >= 1) || !Number.isInteger(n) || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: exact for 1/(2n) ≤ x ≤ 1/n.
    if (t <= 0.5) return 1;
    const logCdf = logGamma(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1);
    return clip(1 - Math.exp(logCdf));
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip(1 - kolmogorovCdfDurbin(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  if (nx2 >= 18) return 0;
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x);
  return clip(1 - cdf);
}
