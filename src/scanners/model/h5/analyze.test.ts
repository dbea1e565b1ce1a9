import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeH5, findH5Signature, looksLikeH5 } from './analyze.js';

// Written by scripts/fixtures/make-h5.py with h5py (see test/fixtures/SOURCES.md).
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../test/fixtures/h5', name)));
const rules = (name: string) => analyzeH5(fixture(name)).findings.map((f) => `${f.rule}:${f.severity}`).sort();
const SIG = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

describe('analyzeH5', () => {
  it('passes a Keras 2 Dense model and a weights-only file', () => {
    expect(looksLikeH5(fixture('keras2-dense.h5'))).toBe(true);
    expect(analyzeH5(fixture('keras2-dense.h5'))).toEqual({ findings: [], status: 'complete' });
    expect(analyzeH5(fixture('weights-only.h5'))).toEqual({ findings: [], status: 'complete' });
  });

  it('flags a Lambda layer as critical: .h5 loading has no safe mode (CVE-2024-3660, CVE-2025-9905)', () => {
    const r = analyzeH5(fixture('keras2-lambda.h5'));
    expect(r.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['lambda-layer:critical']);
    expect(r.findings[0]!.evidence).toMatchObject({ source: 'h5', kerasVersion: '2.15.0' });
  });

  it('finds the model config after a 512-byte user block', () => {
    expect(findH5Signature(fixture('userblock-lambda.h5'))).toBe(512);
    expect(rules('userblock-lambda.h5')).toEqual(['lambda-layer:critical']);
  });

  it.each([
    ['keras3-foreign-module.h5', ['foreign-module:critical']],
    ['keras3-unsafe-then-lambda.h5', ['lambda-layer:critical', 'unsafe-deserialization:critical']],
    ['training-config-exec.h5', ['foreign-module:critical']],
  ])('flags %s', (name, expected) => {
    expect(rules(name)).toEqual(expected);
  });

  it('reads a configuration over 64 KiB kept in dense attribute storage', () => {
    expect(analyzeH5(fixture('large-config-dense-attrs.h5'))).toEqual({ findings: [], status: 'complete' });
  });

  it('is incomplete, never clean, when the file is truncated or corrupt', () => {
    const file = fixture('keras2-lambda.h5');
    expect(analyzeH5(file.slice(0, 600)).status).toBe('incomplete');
    const corrupt = new Uint8Array(4096);
    corrupt.set([...SIG, 0, 0, 0, 0, 0, 8, 8]);
    expect(analyzeH5(corrupt)).toMatchObject({ status: 'incomplete', findings: [] });
  });

  it('never throws on arbitrary bytes behind the signature (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 400 }), (tail) => {
        const r = analyzeH5(Uint8Array.from([...SIG, ...tail.subarray(0, 5), 8, 8, ...tail.subarray(5)]));
        expect(r.status).toBe('incomplete');
      }),
      { numRuns: 25 },
    );
  });
});
