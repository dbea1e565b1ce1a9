import { describe, expect, it } from 'vitest';
import { logCountRatioScale } from './log-count-ratio.js';

const vec = (...indices: number[]) => ({ indices: Int32Array.from(indices), values: Float32Array.from(indices, () => 1) });

describe('logCountRatioScale', () => {
  // Bucket 0 only in injection rows, 1 only in benign rows, 2 in both alike, 3 in no row.
  const vectors = [vec(0, 2), vec(0, 2), vec(1, 2), vec(1, 2)];
  const labels = [1, 1, 0, 0];
  const weights = [1, 1, 1, 1];

  it('scales buckets that tell the labels apart up and shared ones down, unused ones stay 1', () => {
    const s = logCountRatioScale(vectors, labels, weights, 4);
    expect(s[0]).toBeGreaterThan(1);
    expect(s[1]).toBeCloseTo(s[0]!, 6);
    expect(s[2]).toBeLessThan(0.01);
    expect(s[3]).toBe(1);
    // Mean 1 over the used buckets.
    expect((s[0]! + s[1]! + s[2]!) / 3).toBeCloseTo(1, 5);
  });

  it('caps |r| and honours row weights', () => {
    const capped = logCountRatioScale(vectors, labels, weights, 4, { cap: 0.1 });
    expect(capped[0]).toBeCloseTo(capped[1]!, 6);
    const heavier = logCountRatioScale(vectors, labels, [3, 3, 1, 1], 4);
    expect(heavier[2]).toBeGreaterThan(0.01);
  });
});
