import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_H5_READ_LIMITS, readH5Attributes } from './read-attributes.js';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../test/fixtures/h5', name)));

describe('readH5Attributes', () => {
  it('returns the root attributes as text, bytes attributes decoded', () => {
    const attrs = readH5Attributes(fixture('training-config-exec.h5'));
    expect(attrs).toMatchObject({ keras_version: '2.15.0', backend: 'tensorflow', names: ['backend', 'keras_version', 'model_config', 'training_config'] });
    expect(JSON.parse((attrs as { training_config: string }).training_config)).toMatchObject({ loss: { module: 'builtins' } });
  });

  it('gives up with an error, not a hang, when the reader runs out of time', () => {
    const r = readH5Attributes(fixture('keras2-dense.h5'), { ...DEFAULT_H5_READ_LIMITS, timeoutMs: 1 });
    expect(r).toEqual({ error: 'the HDF5 reader did not finish within 1 ms' });
  });

  it('refuses attribute text over the result limit instead of truncating it', () => {
    const r = readH5Attributes(fixture('large-config-dense-attrs.h5'), { ...DEFAULT_H5_READ_LIMITS, maxResultBytes: 1024 });
    expect(r).toEqual({ error: 'the attributes are larger than the analysis limit' });
  });
});
