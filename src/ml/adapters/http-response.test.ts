import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { answerShape, readAnswers, rowAnswers, type AnswerShape } from './http-response.js';
import { parsePointer } from './json-pointer.js';
import type { OutputKind } from './model-adapter.js';

function shape(path: string, output: OutputKind, numClasses: number, extra: { classes?: (string | number)[]; single?: boolean; sumTolerance?: number } = {}): AnswerShape {
  return answerShape({
    output,
    pointer: parsePointer(path),
    field: `response.${output}`,
    numClasses,
    classes: extra.classes,
    sumTolerance: extra.sumTolerance ?? 0.01,
    single: extra.single ?? false,
  });
}

function read(body: unknown, s: AnswerShape, rows: number, first = 0): { labels: number[]; probabilities: number[][] | undefined } {
  const total = first + rows;
  const labels = new Int32Array(total);
  const probabilities = s.output === 'probabilities' ? new Float64Array(total * s.numClasses) : undefined;
  readAnswers(body, s, { name: 'm', first, rows, labels, probabilities });
  const k = s.numClasses;
  return {
    labels: Array.from(labels.subarray(first)),
    probabilities: probabilities && Array.from({ length: rows }, (_, i) => Array.from(probabilities.subarray((first + i) * k, (first + i + 1) * k))),
  };
}

function failure(run: () => unknown): AisecError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    return error as AisecError;
  }
  throw new Error('expected a failure');
}

describe('readAnswers: probabilities', () => {
  it('reads an array of rows, and labels each row with its most probable class', () => {
    expect(read({ probabilities: [[0.2, 0.8], [0.7, 0.3]] }, shape('/probabilities', 'probabilities', 2), 2)).toEqual({
      labels: [1, 0],
      probabilities: [[0.2, 0.8], [0.7, 0.3]],
    });
  });

  it('reads each row through "*", and objects of class → score in the declared class order', () => {
    const body = { predictions: [{ scores: { approve: 0.9, deny: 0.1 } }, { scores: { deny: 0.75, approve: 0.25 } }] };
    const s = shape('/predictions/*/scores', 'probabilities', 2, { classes: ['deny', 'approve'] });
    expect(read(body, s, 2)).toEqual({ labels: [1, 0], probabilities: [[0.1, 0.9], [0.75, 0.25]] });
  });

  it('reads the one answer of single mode, with or without a list around it', () => {
    expect(read({ probs: [0.4, 0.6] }, shape('/probs', 'probabilities', 2, { single: true }), 1, 5).labels).toEqual([1]);
    expect(read({ out: [{ p: [0.9, 0.1] }] }, shape('/out/*/p', 'probabilities', 2, { single: true }), 1).labels).toEqual([0]);
    expect(read([0.3, 0.3, 0.4], shape('', 'probabilities', 3, { single: true }), 1).labels).toEqual([2]);
  });

  it('rescales rows within the tolerance and clamps rounding below zero', () => {
    const { probabilities } = read({ p: [[0.2, 0.795], [-1e-12, 1]] }, shape('/p', 'probabilities', 2), 2);
    expect(probabilities![0]![0]! + probabilities![0]![1]!).toBeCloseTo(1, 12);
    expect(probabilities![0]![1]).toBeCloseTo(0.795 / 0.995, 12);
    expect(probabilities![1]).toEqual([0, 1]);
  });

  it.each([
    ['too few rows', { p: [[0.5, 0.5]] }, 2, 'the answer to rows 0–1 has 1 entry at /p for the 2 rows sent; check response.probabilities and request.mode'],
    ['too many rows', { p: [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]] }, 2, 'has 3 entries at /p for the 2 rows sent'],
    ['no such field', { preds: [] }, 2, 'has no /p: the body has no key "p" (keys: "preds")'],
    ['not a list', { p: 'error' }, 2, 'has the string "error" at /p, not a list with one entry per row'],
    ['a missing score', { p: [[0.5, 0.5], [1]] }, 2, '/p/1 (row 1 of the batch) has 1 scores, but the model has 2 classes'],
    ['a string score', { p: [[0.5, 0.5], ['0.5', 0.5]] }, 2, '/p/1 (row 1 of the batch) has score 0 the string "0.5", not a number'],
    ['a NaN turned null', { p: [[null, 0.5], [0.5, 0.5]] }, 2, '/p/0 (row 0 of the batch) has score 0 null, not a number (a NaN or Infinity turns into null in JSON)'],
    ['logits', { p: [[2.3, -1.2], [0.5, 0.5]] }, 2, 'has score 0 2.3, not a probability between 0 and 1'],
    ['rows that do not sum to 1', { p: [[0.5, 0.5], [0.3, 0.3]] }, 2, '/p/1 (row 1 of the batch) has scores that sum to 0.6, not 1 (tolerance 0.01)'],
    ['a label where scores belong', { p: [1, 0] }, 2, '/p/0 (row 0 of the batch) is the number 1, not a list or object of class scores'],
  ])('names the path and row of %s', (_label, body, rows, message) => {
    const error = failure(() => read(body, shape('/p', 'probabilities', 2), rows));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toContain(message);
  });

  it('counts rows of the batch from the request\'s first row', () => {
    expect(failure(() => read({ p: [[0.5, 0.5], [0.9, 0.9]] }, shape('/p', 'probabilities', 2), 2, 128)).message).toContain('/p/1 (row 129 of the batch)');
  });

  it('names a missing piece inside a row', () => {
    const s = shape('/predictions/*/scores', 'probabilities', 2, { classes: ['deny', 'approve'] });
    expect(failure(() => read({ predictions: [{ scores: { deny: 1, approve: 0 } }, { score: 1 }] }, s, 2)).message).toContain(
      'has no /predictions/1/scores (row 1 of the batch): /predictions/1 has no key "scores" (keys: "score")',
    );
    expect(failure(() => read({ predictions: [{ scores: { deny: 0.5, maybe: 0.5 } }, { scores: {} }] }, s, 2)).message).toContain('has a score for "maybe", which is not in response.classes');
    expect(failure(() => read({ predictions: [{ scores: { deny: 1 } }, { scores: {} }] }, s, 2)).message).toContain('has no score for class "approve"');
    const noClasses = shape('/predictions/*/scores', 'probabilities', 2);
    expect(failure(() => read({ predictions: [{ scores: { deny: 1, approve: 0 } }] }, noClasses, 1)).message).toContain('add response.classes');
  });
});

describe('readAnswers: labels', () => {
  it('reads class indices, class names, and numbers named as classes', () => {
    expect(read({ labels: [0, 2, 1] }, shape('/labels', 'labels', 3), 3)).toEqual({ labels: [0, 2, 1], probabilities: undefined });
    expect(read({ labels: ['approve', 'deny'] }, shape('/labels', 'labels', 2, { classes: ['deny', 'approve'] }), 2).labels).toEqual([1, 0]);
    expect(read({ labels: [1, 0] }, shape('/labels', 'labels', 2, { classes: [1, 0] }), 2).labels).toEqual([0, 1]);
    expect(read({ labels: [true, false] }, shape('/labels', 'labels', 2), 2).labels).toEqual([1, 0]);
  });

  it.each([
    ['an unknown class name', { labels: ['maybe'] }, { classes: ['deny', 'approve'] }, 'is the label "maybe", which is not in response.classes (deny, approve)'],
    ['a name without classes', { labels: ['deny'] }, {}, 'is the label "deny", which is not a class index'],
    ['an index out of range', { labels: [2] }, {}, 'is the number 2, not a class index from 0 to 1'],
    ['a fraction', { labels: [0.5] }, {}, 'is the number 0.5, not a class index'],
    ['null', { labels: [null] }, {}, 'is null, not a class index'],
  ])('refuses %s', (_label, body, extra, message) => {
    expect(failure(() => read(body, shape('/labels', 'labels', 2, extra), 1)).message).toContain(message);
  });
});

describe('rowAnswers', () => {
  it('returns each row\'s answer with its path', () => {
    expect(rowAnswers({ out: [{ y: 1 }, { y: 0 }] }, parsePointer('/out/*/y'), 'response.output', false, 'm', 0, 2)).toEqual([
      { value: 1, path: '/out/0/y' },
      { value: 0, path: '/out/1/y' },
    ]);
  });
});

describe('readAnswers on any JSON (property)', () => {
  const shapes = [
    shape('/p', 'probabilities', 2),
    shape('/p/*/s', 'probabilities', 2, { classes: ['a', 'b'] }),
    shape('/l', 'labels', 3, { classes: ['a', 'b', 'c'] }),
    shape('', 'probabilities', 2, { single: true }),
  ];
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 5 }),
    fc.record({ p: fc.array(fc.oneof(fc.array(fc.oneof(fc.double(), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }), fc.record({ s: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.double()) })), { maxLength: 3 }) }),
    fc.record({ l: fc.array(fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom('a', 'b', 'c', 'd'), fc.boolean()), { maxLength: 3 }) }),
  );

  it('reads valid rows or throws ERR_ENDPOINT_RESPONSE, never anything else', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 }), (value, which, rows) => {
        const s = shapes[which]!;
        const n = s.single ? 1 : rows;
        try {
          const { labels, probabilities } = read(value, s, n);
          for (const label of labels) expect(label >= 0 && label < s.numClasses).toBe(true);
          for (const row of probabilities ?? []) {
            expect(row.every((p) => p >= 0 && p <= 1)).toBe(true);
            expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          }
        } catch (error) {
          expect((error as AisecError).code).toBe('ERR_ENDPOINT_RESPONSE');
        }
      }),
      { numRuns: 500 },
    );
  });
});
