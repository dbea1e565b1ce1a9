import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { parseMetricsText } from './parse-metrics.js';
import { summariseTraffic } from './traffic-summary.js';

const piece = fc.constantFrom('x', '{', '}', '"', '\\', '=', ',', ' ', '\n', '\r', '#', '1', '+Inf', 'NaN', 'a_total', 'route="', 'le="+Inf"', '\u0000', '€');
const hostile = fc.oneof(fc.string({ maxLength: 300 }), fc.array(piece, { maxLength: 400 }).map((p) => p.join('')));

describe('parseMetricsText (property)', () => {
  it('never throws except its limit errors, and returns at most maxSeries samples', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 20 }), (text, maxSeries) => {
        try {
          const parsed = parseMetricsText(text, { maxSeries, maxLineChars: 120 });
          expect(parsed.samples.length).toBeLessThanOrEqual(maxSeries);
          for (const s of parsed.samples) expect(typeof s.value).toBe('number');
          const summary = summariseTraffic(parsed.samples);
          expect(Number.isFinite(summary.totals.requests)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AisecError);
          expect((error as AisecError).code).toBe('ERR_DATA_LIMIT');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every well-formed sample it is given', () => {
    const label = fc.tuple(fc.constantFrom('route', 'guard', 'status', 'le'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a_total', 'b', 'c:d'), fc.uniqueArray(label, { selector: ([k]) => k, maxLength: 4 }), fc.integer({ min: 0, max: 1e9 })), { maxLength: 30 }), (rows) => {
        const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
        const text = rows.map(([name, labels, v]) => `${name}{${labels.map(([k, val]) => `${k}="${esc(val)}"`).join(',')}} ${v}`).join('\n');
        const parsed = parseMetricsText(text, { maxLineChars: 100_000 });
        expect(parsed.skipped).toBe(0);
        expect(parsed.samples.map((s) => [s.name, s.labels, s.value])).toEqual(rows.map(([name, labels, v]) => [name, Object.fromEntries(labels), v]));
      }),
      { numRuns: 200 },
    );
  });
});
