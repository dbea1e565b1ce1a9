import { describe, expect, it } from 'vitest';
import { extensionMismatch } from './extension-check.js';

describe('extensionMismatch', () => {
  it.each([
    ['pytorch_model.bin', 'pickle'],
    ['weights.safetensors', 'pickle'],
    ['model.npy', 'zip'],
    ['model.keras', 'pickle'],
    ['archive.7z.bin', '7z'],
  ] as const)('reports %s holding %s', (file, kind) => {
    expect(extensionMismatch(file, kind)).toMatchObject({ rule: 'extension-mismatch', severity: 'low', key: expect.stringContaining(kind) });
  });

  it.each([
    ['model.pt', 'zip'],
    ['model.pt', 'pickle-legacy'],
    ['model.pkl', 'zlib'],
    ['model.joblib', 'pickle'],
    ['arrays.npz', 'zip'],
    ['no-extension', 'pickle'],
    ['odd.data', 'zip'],
  ] as const)('accepts %s holding %s', (file, kind) => {
    expect(extensionMismatch(file, kind)).toBeUndefined();
  });
});
