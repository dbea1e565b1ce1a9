/**
 * Seeded randomness for every data check, test generator and benchmark: the same seed gives
 * the same numbers on every machine, so results and bug reports can be reproduced.
 *
 * The generator is xoshiro128** (Blackman & Vigna) seeded through splitmix32; it is fast,
 * passes BigCrush, and needs only 32-bit integer arithmetic.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Mix an arbitrary number (integers beyond 2^32 and fractions included) into 32 bits. */
function seedBits(seed: number): number {
  if (!Number.isFinite(seed)) return 0x9e3779b9;
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / 4294967296) >>> 0;
  const frac = Math.floor((seed - whole) * 4294967296) >>> 0;
  return (low ^ Math.imul(high, 0x85ebca6b) ^ Math.imul(frac, 0xc2b2ae35)) >>> 0;
}

/** splitmix32: turns one seed into a stream of well-mixed words for the generator state. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Create a seeded generator of uniform numbers in [0, 1) (xoshiro128**).
 *
 * @example
 * const rng = createRng(42);
 * rng(); // 0.6606157226487994 on every machine
 */
export function createRng(seed: number): Rng {
  const mix = splitmix32(seedBits(seed));
  return xoshiro128ss(mix(), mix(), mix(), mix());
}

/** xoshiro128** from an explicit state (exported for the reference-vector test). */
export function xoshiro128ss(s0: number, s1: number, s2: number, s3: number): Rng {
  let a = s0 >>> 0;
  let b = s1 >>> 0;
  let c = s2 >>> 0;
  let d = s3 >>> 0;
  // An all-zero state would stay zero forever.
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** `n` uniform random bytes. */
export function randomBytes(rng: Rng, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = randomInt(rng, 256);
  return out;
}

/** Shuffle an array in place (Fisher–Yates) and return it. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

/** Draw `k` distinct items without replacement, in random order (all of them when k ≥ length). */
export function sample<T>(items: readonly T[], k: number, rng: Rng): T[] {
  const n = items.length;
  const take = Math.max(0, Math.min(Math.floor(k), n));
  const index = Array.from({ length: n }, (_, i) => i);
  // A partial Fisher–Yates: only the first `take` positions need to be settled.
  for (let i = 0; i < take; i++) {
    const j = i + randomInt(rng, n - i);
    const tmp = index[i]!;
    index[i] = index[j]!;
    index[j] = tmp;
  }
  return index.slice(0, take).map((i) => items[i]!);
}

/** A normally distributed number (Box–Muller). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  // 1 - u keeps the logarithm away from zero.
  const u = 1 - rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
