import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import type { OnnxValueMetadata } from './onnx-process.js';
import { chooseSignature, type SignatureHints } from './onnx-signature.js';

const hints: SignatureHints = { maxFeatures: 1000, maxClasses: 100 };
const t = (name: string, type: string, shape: (number | string)[]): OnnxValueMetadata => ({ name, isTensor: true, type, shape });
const features = t('X', 'float32', ['N', 4]);
const probs = t('probabilities', 'float32', ['N', 3]);

function loadError(run: () => unknown): AisecError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    expect((error as AisecError).code).toBe('ERR_MODEL_LOAD');
    expect((error as AisecError).message).toMatch(/^m\.onnx /);
    return error as AisecError;
  }
  throw new Error('expected ERR_MODEL_LOAD');
}

describe('chooseSignature', () => {
  it('takes one float input [N, d] and one score output [N, C]', () => {
    const s = chooseSignature('m.onnx', [features], [probs], hints);
    expect(s.input).toEqual({ name: 'X', type: 'float32', numFeatures: 4, rowDims: [4], batching: { kind: 'dynamic' } });
    expect(s.output).toEqual({ kind: 'scores', name: 'probabilities', columns: 3 });
    expect(s.notes).toEqual([]);
  });

  it('reads the batch axis: dynamic, fixed, or none', () => {
    expect(chooseSignature('m.onnx', [t('X', 'float64', [-1, 4])], [probs], hints).input.batching).toEqual({ kind: 'dynamic' });
    expect(chooseSignature('m.onnx', [t('X', 'float32', [8, 4])], [t('p', 'float32', [8, 3])], hints).input.batching).toEqual({ kind: 'fixed', rows: 8 });
    const single = chooseSignature('m.onnx', [t('X', 'float32', [4])], [t('p', 'float32', [3])], hints);
    expect(single.input.batching).toEqual({ kind: 'none' });
    expect(single.output).toEqual({ kind: 'scores', name: 'p', columns: 3 });
  });

  it('flattens the dimensions after the batch axis into features', () => {
    const s = chooseSignature('m.onnx', [t('image', 'float32', ['batch', 1, 8, 8])], [t('p', 'float32', ['batch', 10])], hints);
    expect([s.input.numFeatures, s.input.rowDims]).toEqual([64, [1, 8, 8]]);
  });

  it('takes the feature count from numFeatures when the model leaves it open, and refuses a contradiction', () => {
    expect(chooseSignature('m.onnx', [t('X', 'float32', ['N', 'F'])], [probs], { ...hints, numFeatures: 5 }).input.numFeatures).toBe(5);
    expect(chooseSignature('m.onnx', [t('X', 'float32', [])], [probs], { ...hints, numFeatures: 5 }).input.numFeatures).toBe(5);
    expect(loadError(() => chooseSignature('m.onnx', [t('X', 'float32', ['N', 'F'])], [probs], hints)).message).toMatch(/row size is not fixed; give numFeatures/);
    expect(loadError(() => chooseSignature('m.onnx', [t('X', 'float32', [])], [probs], hints)).message).toMatch(/declares no shape; give numFeatures/);
    expect(loadError(() => chooseSignature('m.onnx', [features], [probs], { ...hints, numFeatures: 5 })).message).toMatch(/takes 4 features per row, but numFeatures is 5/);
    expect(loadError(() => chooseSignature('m.onnx', [t('X', 'float32', ['N', 'H', 8])], [probs], { ...hints, numFeatures: 5 })).message).toMatch(/fixed dimensions after the batch axis/);
  });

  it.each([
    ['no inputs', [], /has no inputs/],
    ['two inputs', [t('a', 'float32', ['N', 1]), t('b', 'float32', ['N', 1])], /has 2 inputs \(a: float32 \[N, 1\]; b: float32 \[N, 1\]\)/],
    ['a non-tensor input', [{ name: 'X', isTensor: false }], /input X is not a tensor/],
    ['an integer input', [t('ids', 'int64', ['N', 16])], /input ids is int64/],
    ['a string input', [t('text', 'string', ['N'])], /input text is string/],
    ['a huge declared dimension', [t('X', 'float32', ['N', 1e12])], /declares 1000000000000 features per row .* more than the 1000 the adapter accepts \(maxFeatures\)/],
    ['huge dimensions whose product is huge', [t('X', 'float32', ['N', 1e6, 1e6])], /declares 1000000000000 features/],
  ])('refuses %s', (_what, inputs, message) => {
    expect(loadError(() => chooseSignature('m.onnx', inputs as OnnxValueMetadata[], [probs], hints)).message).toMatch(message);
  });

  it('prefers a probabilities tensor over labels and a ZipMap, and says what it passed over', () => {
    const s = chooseSignature('m.onnx', [features], [t('output_label', 'int64', ['N']), { name: 'output_probability', isTensor: false }, t('output_probability_tensor', 'float32', ['N', 3])], hints);
    expect(s.output).toEqual({ kind: 'scores', name: 'output_probability_tensor', columns: 3 });
    expect(s.notes).toHaveLength(2);
    expect(s.notes[0]).toMatch(/output_probability was not used: .*ZipMap.*zipmap': False/);
    expect(s.notes[1]).toMatch(/output_label was not used: the labels are the argmax/);
  });

  it('falls back to int64 labels next to a ZipMap', () => {
    const s = chooseSignature('m.onnx', [features], [t('label', 'int64', ['N']), { name: 'output_probability', isTensor: false }], hints);
    expect(s.output).toEqual({ kind: 'labels', name: 'label' });
    expect(s.notes).toHaveLength(1);
  });

  it('refuses a model whose only answer is a ZipMap, saying how to re-export it', () => {
    const error = loadError(() => chooseSignature('m.onnx', [features], [{ name: 'output_probability', isTensor: false }], hints));
    expect(error.message).toMatch(/no tensor output the adapter can read: output_probability is a sequence of maps .*zipmap': False/);
  });

  it('refuses outputs that are neither scores nor labels', () => {
    expect(loadError(() => chooseSignature('m.onnx', [features], [t('embedding', 'float32', ['N', 4, 8]), t('names', 'string', ['N'])], hints)).message).toMatch(
      /no output of class scores \[N, C\] or labels \[N\]; its outputs are embedding: float32 \[N, 4, 8\]; names: string \[N\]/,
    );
  });

  it('picks among several score outputs by name, or asks for outputName', () => {
    expect(chooseSignature('m.onnx', [features], [t('logits', 'float32', ['N', 3]), probs], hints).output.name).toBe('probabilities');
    expect(loadError(() => chooseSignature('m.onnx', [features], [t('a', 'float32', ['N', 3]), t('b', 'float32', ['N', 3])], hints)).message).toMatch(/2 class-score outputs .* choose one with outputName/);
    expect(chooseSignature('m.onnx', [features], [t('a', 'float32', ['N', 3]), t('b', 'float32', ['N', 3])], { ...hints, outputName: 'b' }).output.name).toBe('b');
  });

  it('reads the output named by outputName, and only one it can read', () => {
    expect(chooseSignature('m.onnx', [features], [t('label', 'int64', ['N']), probs], { ...hints, outputName: 'label' }).output).toEqual({ kind: 'labels', name: 'label' });
    expect(loadError(() => chooseSignature('m.onnx', [features], [probs], { ...hints, outputName: 'nope' })).message).toMatch(/no output named nope; its outputs are probabilities: float32 \[N, 3\]/);
    expect(loadError(() => chooseSignature('m.onnx', [features], [{ name: 'zm', isTensor: false }], { ...hints, outputName: 'zm' })).message).toMatch(/cannot read output zm: it is a sequence of maps/);
    expect(loadError(() => chooseSignature('m.onnx', [features], [t('e', 'float32', ['N', 2, 2])], { ...hints, outputName: 'e' })).message).toMatch(/cannot read output e \(float32 \[N, 2, 2\]\)/);
  });

  it('refuses an output that declares more classes than allowed', () => {
    expect(loadError(() => chooseSignature('m.onnx', [features], [t('p', 'float32', ['N', 1e9])], hints)).message).toMatch(/declares 1000000000 classes .* \(maxClasses\)/);
  });

  it('leaves the class count to the probe when the output does not declare it', () => {
    expect(chooseSignature('m.onnx', [features], [t('p', 'float32', ['N', 'C'])], hints).output).toEqual({ kind: 'scores', name: 'p', columns: undefined });
    expect(chooseSignature('m.onnx', [features], [t('p', 'float64', [])], hints).output).toEqual({ kind: 'scores', name: 'p', columns: undefined });
  });

  it('either returns a usable signature or refuses with ERR_MODEL_LOAD, whatever the metadata (property)', () => {
    const dim = fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom(1e12, 2 ** 53), fc.constantFrom('N', 'batch', ''));
    const value = fc.oneof(
      fc.record({ name: fc.string({ maxLength: 8 }), isTensor: fc.constant(true), type: fc.constantFrom('float32', 'float64', 'int64', 'int32', 'string', 'bool', 'float16'), shape: fc.array(dim, { maxLength: 4 }) }),
      fc.record({ name: fc.string({ maxLength: 8 }), isTensor: fc.constant(false) }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 }), fc.array(value, { maxLength: 4 }), fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), (inputs, outputs, numFeatures) => {
        let s;
        try {
          s = chooseSignature('m.onnx', inputs, outputs, { ...hints, ...(numFeatures === undefined ? {} : { numFeatures }) });
        } catch (error) {
          expect(error).toBeInstanceOf(AisecError);
          expect((error as AisecError).code).toBe('ERR_MODEL_LOAD');
          return;
        }
        expect(inputs).toHaveLength(1);
        expect(Number.isInteger(s.input.numFeatures) && s.input.numFeatures >= 1 && s.input.numFeatures <= hints.maxFeatures).toBe(true);
        expect(s.input.rowDims.reduce((a, b) => a * b, 1)).toBe(s.input.numFeatures);
        expect(outputs.some((o) => o.name === s.output.name && o.isTensor)).toBe(true);
        if (s.output.kind === 'scores' && s.output.columns !== undefined) expect(s.output.columns).toBeLessThanOrEqual(hints.maxClasses);
      }),
    );
  });
});
