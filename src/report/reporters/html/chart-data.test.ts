import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Chart, ChartSchema } from '../../../core/evaluation.js';
import { maxPointsPerSeries, maxSeries, plotData, thinPoints, type Point } from './chart-data.js';

/** A chart with defaults filled in; `overrides` skip validation, so non-finite numbers get through as they could from code. */
function chart(overrides: Partial<Chart>): Chart {
  return { ...ChartSchema.parse({ id: 'c', title: 't', xLabel: 'x', yLabel: 'y', series: [] }), ...overrides };
}

describe('thinPoints', () => {
  it('keeps short lines as they are', () => {
    const points: Point[] = [[1, 2], [3, 4]];
    expect(thinPoints(points)).toEqual(points);
  });

  it('keeps the ends, the peaks and the drawing order of long lines', () => {
    const points: Point[] = Array.from({ length: 10_000 }, (_, i) => [i, Math.sin(i / 50)] as const);
    points[5000] = [5000, 99];
    points[7777] = [7777, -99];
    const thin = thinPoints(points);
    expect(thin.length).toBeLessThanOrEqual(maxPointsPerSeries);
    expect(thin[0]).toEqual(points[0]);
    expect(thin[thin.length - 1]).toEqual(points[9999]);
    expect(thin).toContainEqual([5000, 99]);
    expect(thin).toContainEqual([7777, -99]);
    expect(thin.map((p) => p[0])).toEqual([...thin.map((p) => p[0])].sort((a, b) => a - b));
  });

  it('never keeps more than asked and keeps every extreme', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.integer()), { maxLength: 3000 }), fc.integer({ min: 4, max: 600 }), (points, max) => {
        const thin = thinPoints(points, max);
        expect(thin.length).toBeLessThanOrEqual(Math.max(points.length <= max ? points.length : max));
        if (points.length > 0) {
          const ys = points.map((p) => p[1]);
          expect(thin.some((p) => p[1] === Math.max(...ys))).toBe(true);
          expect(thin.some((p) => p[1] === Math.min(...ys))).toBe(true);
        }
      }),
    );
  });
});

describe('plotData', () => {
  it('drops points that are not finite and says how many', () => {
    const data = plotData(chart({ series: [{ name: 'a', points: [[1, 1], [Number.NaN, 2], [3, Number.POSITIVE_INFINITY], [4, 4]] }] }));
    expect(data.series[0]!.points).toEqual([[1, 1], [4, 4]]);
    expect(data.notes).toEqual(['2 points that are not a finite number were left out.']);
  });

  it('drops zero and negative values on log axes and says so', () => {
    const data = plotData(chart({ xScale: 'log', yScale: 'log', series: [{ name: 'a', points: [[0, 1], [10, 0], [10, 5], [-1, 3]] }], references: [{ y: 0, label: 'chance' }], yMin: 0 }));
    expect(data.series[0]!.points).toEqual([[10, 5]]);
    expect(data.notes).toEqual([
      '3 points with a zero or negative value were left out: a logarithmic scale cannot show them.',
      'The reference line \u201cchance\u201d (at 0) cannot be shown on this scale.',
      'The lower bound 0 cannot be shown on a logarithmic scale; the axis follows the data instead.',
    ]);
    expect(data.references).toEqual([]);
  });

  it('thins long lines and says so', () => {
    const points = Array.from({ length: 10_000 }, (_, i): [number, number] => [i, i % 7]);
    const data = plotData(chart({ series: [{ name: 'long', points }] }));
    expect(data.series[0]!.points.length).toBeLessThanOrEqual(maxPointsPerSeries);
    expect(data.notes[0]).toMatch(/^One line has more than 500 points/u);
  });

  it('draws at most twelve lines and says how many there were', () => {
    const series = Array.from({ length: 20 }, (_, i) => ({ name: `s${i}`, points: [[i, i] as [number, number]] }));
    const data = plotData(chart({ series }));
    expect(data.series).toHaveLength(maxSeries);
    expect(data.notes).toEqual(['Only the first 12 of 20 lines are drawn; the JSON report has all of them.']);
  });

  it('says nothing when everything can be drawn', () => {
    expect(plotData(chart({ series: [{ name: 'a', points: [[1, 0]] }] })).notes).toEqual([]);
  });
});
