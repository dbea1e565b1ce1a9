import { describe, expect, it } from 'vitest';
import { extensionMismatch } from './extension-mismatch.js';

describe('extensionMismatch', () => {
  it.each([
    ['pickle', 'model.safetensors', true],
    ['pickle', 'weights.onnx', true],
    ['zip', 'data.csv', true],
    ['pickle', 'DATA.CSV', true],
    ['safetensors', 'model.safetensors', false],
    ['zip', 'model.pt', false],
    ['pickle', 'model.pt', false],
    ['zlib', 'model.joblib', false],
    ['text', 'single-column.csv', false],
    ['json', 'aisec.yaml', false],
    ['pickle', 'model.bin', false],
    ['pickle', 'model', false],
    ['pickle', '.hidden', false],
    ['gzip', 'train.csv.gz', false],
    ['pickle', 'dir.onnx/model.data', false],
    ['pickle', 'x.constructor', false],
    ['pickle', 'x.__proto__', false],
  ])('%s named %s: %s', (format, name, expected) => {
    expect(extensionMismatch(format, name)).toBe(expected);
  });
});
