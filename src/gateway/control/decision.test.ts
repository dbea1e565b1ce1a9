import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PredictRouteConfig } from '../config/schema.js';
import { judge, readDecisions } from './decision.js';
import { labelsOnly } from './restrict.js';

const outputs = { probabilities: '/p', label: '/label', classes: ['approve', 'deny', 'refer'] };
const route = (over: Partial<PredictRouteConfig> = {}): PredictRouteConfig =>
  ({ id: 'r', kind: 'predict', model: 'm', upstream: 'u', path: '/predict', outputs, ...over }) as PredictRouteConfig;
const review = { minConfidence: 0.8, highImpactClasses: ['deny'], holdTtl: '1h', onExpiry: 'reject' as const };

describe('review decisions', () => {
  it('holds what is unsure or high-impact and lets confident decisions through', () => {
    expect(judge(review, readDecisions({ p: [0.9, 0.05, 0.05], label: 'approve' }, outputs))).toMatchObject({ hold: false });
    expect(judge(review, readDecisions({ p: [0.79, 0.2, 0.01], label: 'approve' }, outputs))).toMatchObject({ hold: true, reason: 'low-confidence', label: 'approve', confidence: 0.79 });
    expect(judge(review, readDecisions({ p: [0.01, 0.98, 0.01], label: 'deny' }, outputs))).toMatchObject({ hold: true, reason: 'high-impact', label: 'deny' });
    // A batch is held when any row needs it, and the row that decided is the least confident one.
    const batch = readDecisions({ p: [[0.9, 0.05, 0.05], [0.6, 0.3, 0.1], [0.7, 0.2, 0.1]], label: ['approve', 'approve', 'approve'] }, outputs);
    expect(judge(review, batch)).toMatchObject({ hold: true, reason: 'low-confidence', confidence: 0.6 });
    // Without criteria every answer is held; an unreadable answer is held rather than passed.
    expect(judge(undefined, readDecisions({ p: [1, 0, 0] }, outputs))).toMatchObject({ hold: true, reason: 'review-all' });
    expect(judge(review, readDecisions({ nothing: true }, outputs))).toMatchObject({ hold: true, reason: 'unreadable' });
    expect(judge(review, readDecisions({ p: [0.9, 'x', 0] }, outputs))).toMatchObject({ hold: true, reason: 'unreadable' });
    // Labels only: high-impact classes still work.
    const labelsOnlyOutputs = { label: '/label' };
    expect(judge({ ...review, minConfidence: undefined }, readDecisions({ label: 'deny' }, labelsOnlyOutputs))).toMatchObject({ hold: true, reason: 'high-impact' });
    expect(judge({ ...review, minConfidence: undefined }, readDecisions({ label: 3 }, labelsOnlyOutputs))).toMatchObject({ hold: false, label: '3' });
  });

  it('never throws on any JSON answer, and holds whenever it cannot read one (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (body) => {
        const decisions = readDecisions(body, outputs);
        const verdict = judge(review, decisions);
        if (typeof decisions === 'string') expect(verdict.hold).toBe(true);
        labelsOnly(route(), body);
      }),
      { numRuns: 300 },
    );
  });
});

describe('restricted answers', () => {
  it('drops the probabilities when the answer has a label, and makes one-hot rows otherwise', () => {
    const body = { p: [0.2, 0.7, 0.1], label: 'deny', meta: { v: 1 } };
    expect(labelsOnly(route(), body)).toEqual({ label: 'deny', meta: { v: 1 } });
    expect(body.p).toEqual([0.2, 0.7, 0.1]);
    expect(labelsOnly(route({ outputs: { probabilities: '/p' } }), { p: [[0.2, 0.7, 0.1], [0.5, 0.2, 0.3]] })).toEqual({ p: [[0, 1, 0], [1, 0, 0]] });
    expect(labelsOnly(route({ outputs: { probabilities: '' } }), [0.2, 0.7, 0.1])).toEqual([0, 1, 0]);
    expect(labelsOnly(route({ outputs: { label: '/label' } }), { label: 'deny' })).toEqual({ label: 'deny' });
    expect(labelsOnly(route({ outputs: undefined }), { p: [1, 0] })).toBeUndefined();
    expect(labelsOnly(route({ outputs: { probabilities: '/p' } }), { p: ['a', 'b'] })).toBeUndefined();
  });

  it('reduces every readable probability answer to rows of 0 and one 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const out = labelsOnly(route({ outputs: { probabilities: '/p' } }), { p: rows }) as { p: number[][] };
        for (const row of out.p) {
          expect(row.filter((v) => v === 1)).toHaveLength(1);
          expect(row.every((v) => v === 0 || v === 1)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
