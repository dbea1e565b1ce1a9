import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxIntervalRows, renderIntervalChart } from './svg-interval-chart.js';
import { parseXml } from './test-support/xml.js';

const options = { id: 'c1', title: 'How often each attack worked', axisLabel: 'Attack success rate' };

describe('renderIntervalChart', () => {
  it('draws one row per item with its rate, whisker and label, and says each in words', () => {
    const { svg, notes } = renderIntervalChart([{ label: 'indirect-injection', rate: 1, low: 0.72, high: 1 }, { label: 'jailbreak', rate: 0, low: 0, high: 0.28 }], options);
    expect(notes).toEqual([]);
    expect(svg.match(/class="interval-row"/gu)).toHaveLength(2);
    expect(svg).toContain('>indirect-injection</text>');
    expect(svg).toContain('indirect-injection: 100% (95% interval 72% to 100%).');
    expect(svg).toContain('>0%</text>');
  });

  it('draws no rate for a row where nothing could be judged, and says so', () => {
    const { svg } = renderIntervalChart([{ label: 'indirect-injection', rate: 0, low: 0, high: 1, judged: false }], options);
    expect(svg).toContain('no answer could be judged');
    expect(svg).not.toContain('<circle');
    expect(svg).toContain('indirect-injection: no answer could be judged.');
  });

  it('says so when there is nothing to draw, and when rows are left out', () => {
    expect(renderIntervalChart([], options).svg).toContain('No data to draw');
    const many = Array.from({ length: maxIntervalRows + 5 }, (_, i) => ({ label: `p${i}`, rate: 0.5, low: 0.1, high: 0.9 }));
    const { svg, notes } = renderIntervalChart(many, options);
    expect(svg.match(/class="interval-row"/gu)).toHaveLength(maxIntervalRows);
    expect(notes[0]).toContain(`first ${maxIntervalRows} of ${maxIntervalRows + 5}`);
  });

  it('turns any rows, hostile labels and numbers included, into a well-formed SVG with finite numbers and nothing unescaped', () => {
    const number = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2, -1));
    fc.assert(
      fc.property(fc.array(fc.record({ label: fc.string({ maxLength: 300 }), rate: number, low: number, high: number }), { maxLength: 12 }), fc.string({ maxLength: 50 }), (rows, title) => {
        const { svg } = renderIntervalChart(rows, { ...options, title, id: title });
        expect(() => parseXml(svg)).not.toThrow();
        expect(svg).not.toMatch(/ (x|y|width|height|cx|cy|r|d)="[^"]*(NaN|Infinity)/u);
        expect(svg).not.toMatch(/<(?!\/?(svg|title|desc|path|g|text|rect|circle)\b)/u);
      }),
      { numRuns: 200 },
    );
  });
});
