import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenValues } from './seen-values.js';

const value = fc.oneof(
  fc.integer({ min: -3, max: 5000 }),
  fc.constantFrom(0, -0, 31, 32, 33, 1.5, 2 ** 24 - 1, 2 ** 24, 2 ** 31, 2 ** 32 + 1, -1, Number.NaN, Infinity, true, false),
  fc.constantFrom('0', '1', '-0', 'x', ''),
);

describe('SeenValues', () => {
  it('adds, finds and counts values as a Set does', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), fc.array(value, { maxLength: 20 }), (added, probes) => {
        const seen = new SeenValues();
        const reference = new Set<string | number | boolean>();
        for (const v of added) {
          expect(seen.add(v)).toBe(!reference.has(v));
          reference.add(v);
          expect(seen.size).toBe(reference.size);
        }
        for (const v of [...probes, ...added]) expect(seen.has(v)).toBe(reference.has(v));
      }),
      { numRuns: 500 },
    );
  });

  it('holds values at the edge of the bit range and beyond it', () => {
    const seen = new SeenValues();
    expect(seen.add(2 ** 24 - 1)).toBe(true);
    expect(seen.add(9_007_199_254_740_991)).toBe(true);
    expect(seen.add(2 ** 24 - 1)).toBe(false);
    expect(seen.size).toBe(2);
  });
});
