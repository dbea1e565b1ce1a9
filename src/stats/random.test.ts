import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createRng, normal, randomBytes, randomInt, sample, shuffle, xoshiro128ss } from './random.js';

describe('xoshiro128ss', () => {
  it('reproduces the reference outputs of xoshiro128** from state (1, 2, 3, 4)', () => {
    const rng = xoshiro128ss(1, 2, 3, 4);
    // The reference vector of the rand_xoshiro crate's test suite.
    const words = Array.from({ length: 6 }, () => Math.round(rng() * 4294967296));
    expect(words).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });
});

describe('createRng', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(sa);
    expect(createRng(42)()).toBe(0.6606157226487994);
  });

  it('stays in [0, 1) for any seed, including fractions, negatives, huge and non-finite numbers', () => {
    fc.assert(
      fc.property(fc.double(), (seed) => {
        const rng = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const u = rng();
          if (!(u >= 0 && u < 1)) return false;
        }
        return true;
      }),
    );
  });

  it('distinguishes seeds that differ only above 2^32 or below 1', () => {
    expect(createRng(1)()).not.toBe(createRng(1 + 2 ** 32)());
    expect(createRng(1)()).not.toBe(createRng(1.5)());
  });

  it('is roughly uniform (deciles within 10% of 1000 draws each over 10,000)', () => {
    const rng = createRng(7);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[randomInt(rng, 10)]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(100);
  });
});

describe('shuffle and sample', () => {
  it('shuffle returns a permutation of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const out = shuffle([...items], createRng(seed));
        return JSON.stringify([...out].sort()) === JSON.stringify([...items].sort());
      }),
    );
  });

  it('sample draws k distinct positions, or everything when k exceeds the length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: -5, max: 80 }), fc.integer(), (n, k, seed) => {
        const items = Array.from({ length: n }, (_, i) => i);
        const out = sample(items, k, createRng(seed));
        return out.length === Math.max(0, Math.min(k, n)) && new Set(out).size === out.length && out.every((v) => v >= 0 && v < n);
      }),
    );
  });
});

describe('normal', () => {
  it('has about the requested mean and standard deviation', () => {
    const rng = createRng(1);
    const xs = Array.from({ length: 20_000 }, () => normal(rng, 3, 2));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
    expect(m).toBeCloseTo(3, 1);
    expect(sd).toBeCloseTo(2, 1);
    expect(xs.every(Number.isFinite)).toBe(true);
  });
});

describe('randomBytes', () => {
  it('gives n bytes, the same for the same seed, spread over every value', () => {
    const a = randomBytes(createRng(3), 4096);
    expect(a.length).toBe(4096);
    expect(a.equals(randomBytes(createRng(3), 4096))).toBe(true);
    expect(a.equals(randomBytes(createRng(4), 4096))).toBe(false);
    expect(new Set(a).size).toBe(256);
    expect(randomBytes(createRng(3), 0).length).toBe(0);
  });
});
