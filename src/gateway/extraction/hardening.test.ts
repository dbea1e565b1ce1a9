import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { labelOnly, postprocessorFor, reverseSigmoid, round, top1 } from '../../ml/output-hardening.js';
import { createRng } from '../../stats/index.js';
import { hardenAnswer, type AnswerTreatment } from './hardening.js';

const outputs = { probabilities: '/probabilities', label: '/label' };
const batchOutputs = { probabilities: '/probabilities', label: '/labels' };

describe('hardenAnswer', () => {
  const single = { probabilities: [0.1234, 0.6543, 0.2223], label: 1, model: 'v3' };
  const batch = { probabilities: [[0.1234, 0.6543, 0.2223], [0.7, 0.2, 0.1]], labels: [1, 0] };

  it('rounds a single row and a batch, leaving the rest of the answer and the input alone', () => {
    const before = structuredClone(single);
    expect(hardenAnswer(single, outputs, { kind: 'scores', post: round(2) }, 'up')).toEqual({ probabilities: [0.12, 0.65, 0.22], label: 1, model: 'v3' });
    expect(single).toEqual(before);
    expect(hardenAnswer(batch, batchOutputs, { kind: 'scores', post: round(1) }, 'up')).toEqual({ probabilities: [[0.1, 0.7, 0.2], [0.7, 0.2, 0.1]], labels: [1, 0] });
  });

  it('answers the top class only with top1', () => {
    expect(hardenAnswer(single, outputs, { kind: 'scores', post: top1() }, 'up')).toEqual({ probabilities: [0, 0.6543, 0], label: 1, model: 'v3' });
  });

  it('drops the probabilities and keeps the labels in labels-only mode', () => {
    expect(hardenAnswer(single, outputs, { kind: 'labels' }, 'up')).toEqual({ label: 1, model: 'v3' });
    expect(hardenAnswer(batch, batchOutputs, { kind: 'labels' }, 'up')).toEqual({ labels: [1, 0] });
    // no label in the answer yet: it is written from the argmax (as class names when known)
    expect(hardenAnswer({ probabilities: [[0.2, 0.8]] }, { probabilities: '/probabilities', label: '/labels', classes: ['no', 'yes'] }, { kind: 'labels' }, 'up')).toEqual({ labels: ['yes'] });
  });

  it('answers one-hot rows in labels-only mode when the route names no label', () => {
    expect(hardenAnswer(batch, { probabilities: '/probabilities' }, { kind: 'labels' }, 'up')).toEqual({ probabilities: [[0, 1, 0], [1, 0, 0]], labels: [1, 0] });
    expect(hardenAnswer([0.3, 0.7], { probabilities: '' }, { kind: 'labels' }, 'up')).toEqual([0, 1]);
  });

  it('finds rows inside arrays of predictions', () => {
    const body = { predictions: [{ p: [0.55, 0.45] }] };
    expect(hardenAnswer(body, { probabilities: '/predictions/0/p' }, { kind: 'scores', post: round(1) }, 'up')).toEqual({ predictions: [{ p: [0.6, 0.5] }] });
  });

  it('keeps the label consistent when a perturbation changes the top class', () => {
    const flip = { kind: 'scores', post: () => Float64Array.of(0.9, 0.05, 0.05) } as const;
    expect(hardenAnswer(single, outputs, flip, 'up')).toMatchObject({ label: 0 });
    expect(hardenAnswer({ probabilities: [0.2, 0.8], label: 'yes' }, { ...outputs, classes: ['no', 'yes'] }, flip, 'up')).toMatchObject({ label: 'no' });
    // ties keep the model's own label
    const tie = { kind: 'scores', post: () => Float64Array.of(0.5, 0.5, 0) } as const;
    expect(hardenAnswer(single, outputs, tie, 'up')).toMatchObject({ label: 1 });
  });

  it('refuses answers without readable probabilities with ERR_UPSTREAM, and passes when the route names none', () => {
    for (const body of [{ error: 'model failed' }, { probabilities: 'high' }, { probabilities: [0.5, '0.5'] }, { probabilities: [[0.5, 0.5], [1]] }, { probabilities: [] }, null, { probabilities: [[Number.NaN, 1]] }]) {
      let caught: unknown;
      try {
        hardenAnswer(body, outputs, { kind: 'scores', post: round(2) }, 'up');
      } catch (error) {
        caught = error;
      }
      expect(isAisecError(caught) && caught.code === 'ERR_UPSTREAM').toBe(true);
    }
    const labelsOnly = { label: 3 };
    expect(hardenAnswer(labelsOnly, { label: '/label' }, { kind: 'labels' }, 'up')).toBe(labelsOnly);
  });

  it('keeps the shape of any probability batch and labels that agree with the hardened rows (property)', () => {
    const row = (c: number) => fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: c, maxLength: c });
    const treatments: AnswerTreatment[] = [
      { kind: 'scores', post: round(3) },
      { kind: 'scores', post: top1() },
      { kind: 'scores', post: labelOnly() },
      { kind: 'scores', post: reverseSigmoid(1, 0.2) },
      { kind: 'scores', post: postprocessorFor({ kind: 'gaussian-noise', scale: 0.2 }, createRng(1)) },
    ];
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }).chain((c) => fc.array(row(c), { minLength: 1, maxLength: 8 })), fc.integer({ min: 0, max: treatments.length - 1 }), (rows, t) => {
        const labels = rows.map((r) => r.indexOf(Math.max(...r)));
        const out = hardenAnswer({ probabilities: rows, labels }, batchOutputs, treatments[t]!, 'up') as { probabilities: number[][]; labels: number[] };
        return (
          out.probabilities.length === rows.length &&
          out.probabilities.every((r, i) => r.length === rows[i]!.length && r.every((p) => Number.isFinite(p))) &&
          out.labels.every((l, i) => out.probabilities[i]![l] === Math.max(...out.probabilities[i]!))
        );
      }),
    );
  });
});
