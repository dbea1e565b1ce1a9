import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bufferSource } from '../_shared/protobuf-wire-source.js';
import { analyzeSafetensors, looksLikeSafetensors } from './analyze.js';
import { buildSafetensors, f32, safetensorsFromHeader } from './fixtures.js';

const analyze = (bytes: Uint8Array) => analyzeSafetensors(bufferSource(bytes));
const rules = (bytes: Uint8Array) => analyze(bytes).findings.map((f) => f.rule).sort();

describe('analyzeSafetensors', () => {
  it('passes a valid file with metadata and several tensors', () => {
    const file = buildSafetensors({ w: { dtype: 'F32', shape: [2, 2], data: f32(4) }, b: { dtype: 'BF16', shape: [3], data: new Uint8Array(6) } }, { format: 'pt' });
    expect(looksLikeSafetensors(file)).toBe(true);
    expect(analyze(file)).toEqual({ findings: [], status: 'complete' });
  });

  it('reports a header length past the end of the file without reading it', () => {
    const file = safetensorsFromHeader('{}', new Uint8Array(0), 2n ** 40n);
    const r = analyze(file);
    expect(r.status).toBe('incomplete');
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['safetensors-header-length-out-of-bounds', 'medium']]);
  });

  it('reports a header over the 100 MB limit', () => {
    // A source that claims a huge size but is never read past the length field.
    const src = { size: 200_000_008, read: (o: number, n: number) => (o === 0 ? Uint8Array.from([1, 0xe1, 0xf5, 0x05, 0, 0, 0, 0]).subarray(0, n) : new Uint8Array(0)) };
    const r = analyzeSafetensors(src);
    expect(r.findings.map((f) => f.rule)).toEqual(['safetensors-header-too-large']);
    expect(r.status).toBe('incomplete');
  });

  it.each([
    ['not UTF-8', safetensorsFromHeader('{"a":"\u00ff"}'.replace('\u00ff', ''), new Uint8Array(0))],
    ['not JSON', safetensorsFromHeader('{"a":}')],
    ['not starting with {', safetensorsFromHeader(' {}')],
    ['not an object', safetensorsFromHeader('{}'.replace('{}', '[1]'))],
  ])('reports a header that is %s as invalid and incomplete', (name, file) => {
    if (name === 'not UTF-8') file.set([0xff], 10);
    const r = analyze(file);
    expect(r.findings.map((f) => f.rule)).toEqual(['safetensors-header-invalid']);
    expect(r.status).toBe('incomplete');
  });

  it('reports duplicate keys (a parser differential)', () => {
    const file = safetensorsFromHeader('{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', f32(1));
    expect(rules(file)).toEqual(['safetensors-duplicate-key']);
  });

  it('reports dtype × shape that does not match the byte range, with BigInt math', () => {
    const huge = '{"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}';
    expect(rules(safetensorsFromHeader(huge, f32(1)))).toEqual(['safetensors-tensor-size-mismatch']);
    const f4 = '{"w":{"dtype":"F4","shape":[3],"data_offsets":[0,1]},"v":{"dtype":"F32","shape":[0],"data_offsets":[1,1]}}';
    expect(rules(safetensorsFromHeader(f4, new Uint8Array(1)))).toEqual(['safetensors-tensor-size-mismatch']);
  });

  it('reports offsets past the data, overlaps and bytes no tensor covers', () => {
    expect(rules(safetensorsFromHeader('{"w":{"dtype":"U8","shape":[8],"data_offsets":[0,8]}}', new Uint8Array(4)))).toEqual(['safetensors-offset-out-of-bounds']);
    const overlap = '{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}}';
    expect(rules(safetensorsFromHeader(overlap, new Uint8Array(6)))).toEqual(['safetensors-overlapping-tensors']);
    const gap = '{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[6,8]}}';
    const hidden = analyze(safetensorsFromHeader(gap, new Uint8Array(12)));
    expect(hidden.findings.map((f) => f.rule)).toEqual(['safetensors-unreferenced-data']);
    expect(hidden.findings[0]!.evidence).toMatchObject({ bytes: '8', ranges: [['2', '6'], ['8', '12']] });
  });

  it('reports malformed entries: unknown dtype, bad shape, reversed offsets', () => {
    const bad = '{"a":{"dtype":"Q4","shape":[1],"data_offsets":[0,1]},"b":{"dtype":"U8","shape":[-1],"data_offsets":[1,2]},"c":{"dtype":"U8","shape":[1],"data_offsets":[3,2]},"d":7}';
    const r = analyze(safetensorsFromHeader(bad, new Uint8Array(3)));
    const invalid = r.findings.find((f) => f.rule === 'safetensors-tensor-entry-invalid');
    expect(invalid?.evidence).toMatchObject({ tensors: ['a', 'b', 'c', 'd'], count: 4 });
  });

  it('reports __metadata__ that is not string to string, and code-like values at low severity', () => {
    const notStrings = '{"__metadata__":{"n":1,"ok":"x"}}';
    expect(rules(safetensorsFromHeader(notStrings))).toEqual(['safetensors-metadata-not-strings']);
    expect(rules(safetensorsFromHeader('{"__metadata__":[1]}'))).toEqual(['safetensors-metadata-not-strings']);
    const code = buildSafetensors({}, { note: "__import__('os').system('true')" });
    const r = analyze(code);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['safetensors-metadata-suspicious', 'low']]);
  });

  it('does not flag ordinary metadata such as a JSON config', () => {
    const file = buildSafetensors({ w: { dtype: 'F16', shape: [2], data: new Uint8Array(4) } }, { format: 'pt', config: '{"hidden_size": 8, "model_type": "llama"}' });
    expect(analyze(file).findings).toEqual([]);
  });

  it('never throws and never reports complete with a finding-free invalid file (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = analyze(bytes);
        expect(['complete', 'incomplete']).toContain(r.status);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 64 }), (header, data) => {
        const r = analyze(safetensorsFromHeader(`{${header}`, data));
        if (r.status === 'complete') expect(() => JSON.parse(`{${header}`)).not.toThrow();
      }),
    );
  });
});
