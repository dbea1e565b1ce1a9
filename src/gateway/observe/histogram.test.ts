import { describe, expect, it } from 'vitest';
import { Histogram } from './histogram.js';

describe('Histogram', () => {
  it('counts cumulatively with inclusive upper bounds and writes buckets, +Inf, sum and count', () => {
    const h = new Histogram('route="chat"', [0.1, 1]);
    for (const v of [0.05, 0.1, 0.5, 3]) h.observe(v);
    const out: string[] = [];
    h.write(out, 'm');
    expect(out).toEqual(['m_bucket{route="chat",le="0.1"} 2', 'm_bucket{route="chat",le="1"} 3', 'm_bucket{route="chat",le="+Inf"} 4', 'm_sum{route="chat"} 3.65', 'm_count{route="chat"} 4']);
  });
});
