import { describe, expect, it } from 'vitest';
import type { PredictRouteConfig } from '../config/schema.js';
import { maxRowsPerRequest, predictionRows } from './predict-events.js';

const route = { id: 'r', kind: 'predict', model: 'm', upstream: 'u', path: '/predict', request: { from: '/inputs', to: '/instances' }, outputs: { probabilities: '/p', classes: ['no', 'yes'] } } as unknown as PredictRouteConfig;

describe('predictionRows', () => {
  it('reads a row, a batch of rows and named objects, with the label of the top probability as output', () => {
    expect(predictionRows(route, { inputs: [1, 2] }, { p: [0.3, 0.7] }, ['a', 'b'])).toEqual({ features: [{ a: 1, b: 2 }], outputs: ['yes'], confidences: [0.7], skipped: 0 });
    expect(predictionRows(route, { inputs: [[1], [2]] }, { p: [[0.9, 0.1], [0.4, 0.6]] }, undefined)).toMatchObject({ features: [{ x0: 1 }, { x0: 2 }], outputs: ['no', 'yes'], confidences: [0.9, 0.6] });
    expect(predictionRows(route, { inputs: { age: 40, region: 'north', ok: true } }, { p: [0.5, 0.5] }, undefined).features).toEqual([{ age: 40, region: 'north', ok: 1 }]);
  });

  it('gives fewer fields, never an exception, for hostile or mismatched input', () => {
    const hostile: unknown[] = [null, 42, 'text', [], {}, { inputs: null }, { inputs: [[]] }, { inputs: [Number.NaN, 'x'.repeat(5000), { deep: [1] }] }, { inputs: JSON.parse('['.repeat(60) + ']'.repeat(60)) as unknown }];
    for (const body of hostile) {
      const read = predictionRows(route, body, { p: 'nope' }, undefined);
      expect(read.outputs.every((o) => o === undefined)).toBe(true);
      expect(read.features.every((f) => f === undefined || Object.keys(f).length > 0)).toBe(true);
    }
    // More probability rows than input rows, or probabilities out of range: no confidence.
    expect(predictionRows(route, { inputs: [1] }, { p: [[0.1, 0.9], [0.5, 0.5]] }, undefined).confidences).toEqual([undefined]);
    expect(predictionRows(route, { inputs: [1] }, { p: [3, 4] }, undefined).confidences).toEqual([undefined]);
  });

  it('keeps at most maxRowsPerRequest rows of a batch and counts the rest', () => {
    const batch = Array.from({ length: maxRowsPerRequest + 5 }, (_, i) => [i]);
    const read = predictionRows(route, { inputs: batch }, { p: batch.map(() => [0.5, 0.5]) }, undefined);
    expect(read.features).toHaveLength(maxRowsPerRequest);
    expect(read.skipped).toBe(5);
    expect(read.confidences[0]).toBe(0.5);
  });
});
