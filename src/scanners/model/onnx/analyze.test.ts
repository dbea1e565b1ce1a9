import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, linkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bufferSource } from '../_shared/protobuf-wire-source.js';
import { analyzeOnnx } from './analyze.js';
import { checkExternalFiles } from './external-files.js';
import { buildOnnx, zeros, type FixtureModel } from './fixtures.js';
import { looksLikeOnnx } from './sniff.js';

const analyze = (m: FixtureModel | Uint8Array) => analyzeOnnx(bufferSource(m instanceof Uint8Array ? m : buildOnnx(m)));
const rules = (m: FixtureModel) => analyze(m).findings.map((f) => `${f.rule}:${f.severity}`).sort();
const weight = { name: 'W', dataType: 1, dims: [2, 2] };
const ext = (location: string, more: Record<string, string> = {}) => ({ initializers: [{ ...weight, external: { location, ...more } }] });

describe('analyzeOnnx', () => {
  it('passes a benign model with standard and onnxruntime domains and correct raw data', () => {
    const model = buildOnnx({
      nodes: [{ op: 'Add' }, { op: 'Gelu', domain: 'com.microsoft' }, { op: 'LinearClassifier', domain: 'ai.onnx.ml' }],
      initializers: [{ ...weight, raw: zeros(16) }],
      opsets: [['', 17], ['com.microsoft', 1]],
    });
    expect(looksLikeOnnx(model)).toBe(true);
    expect(analyze(model)).toMatchObject({ findings: [], status: 'complete' });
  });

  it.each([
    ['a relative path with .. (CVE-2022-25882)', '../../../../etc/hostname'],
    ['an absolute path (CVE-2024-27318)', '/etc/passwd'],
    ['a Windows absolute path', 'C:\\Windows\\win.ini'],
    ['a UNC path', '\\\\host\\share\\w.bin'],
    ['a URL', 'file:///etc/passwd'],
    ['.. hidden in the middle', 'weights/../../secret.bin'],
    ['a backslash traversal', '..\\..\\secret.bin'],
    ['a home directory', '~/.ssh/id_rsa'],
  ])('flags external data at %s as traversal (high)', (_name, location) => {
    const r = analyze(ext(location));
    expect(r.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['external-data-traversal:high']);
    expect(r.findings[0]!.evidence).toMatchObject({ location });
  });

  it('finds external data in every place a tensor can be: sparse initializers, Constant attributes, nested graphs, training graphs', () => {
    const bad = { ...weight, external: { location: '/etc/shadow' } };
    const places: FixtureModel[] = [
      { sparse: [bad] },
      { nodes: [{ op: 'Constant', tensor: bad }] },
      { nodes: [{ op: 'If', graph: { nodes: [{ op: 'Loop', graph: { initializers: [bad] } }] } }] },
      { training: { initializers: [bad] } },
    ];
    for (const m of places) expect(rules(m)).toEqual(['external-data-traversal:high']);
  });

  it('reports malformed external entries and returns safe references for on-disk checks', () => {
    expect(rules({ initializers: [{ ...weight, external: { offset: '0' } }] })).toEqual(['external-data-invalid:medium']);
    expect(rules(ext('w.bin', { offset: '-1' }))).toEqual(['external-data-invalid:medium']);
    expect(rules(ext('w\u0000.bin'))).toEqual(['external-data-invalid:medium']);
    expect(analyze(ext('weights/w.bin', { offset: '0', length: '16' })).externalRefs).toEqual([
      expect.objectContaining({ location: 'weights/w.bin', tensors: ['W'], end: 16n }),
    ]);
  });

  it('flags custom operator domains once per domain, but not calls of the model\'s own functions', () => {
    const r = analyze({
      nodes: [{ op: 'MyOp', domain: 'com.example.ops' }, { op: 'Other', domain: 'com.example.ops' }, { op: 'Local', domain: 'my.funcs' }],
      functions: [{ name: 'Local', domain: 'my.funcs', nodes: [{ op: 'Evil', domain: 'ai.onnx.contrib' }] }],
    });
    expect(r.findings.map((f) => [f.rule, f.severity, f.evidence?.['domain']])).toEqual([
      ['custom-op-domain', 'medium', 'com.example.ops'],
      ['custom-op-domain', 'medium', 'ai.onnx.contrib'],
    ]);
    expect(r.findings[0]!.evidence).toMatchObject({ ops: ['MyOp', 'Other'], nodes: 2 });
  });

  it('flags raw data whose length does not match type and shape', () => {
    expect(rules({ initializers: [{ ...weight, raw: zeros(3) }] })).toEqual(['onnx-tensor-size-mismatch:medium']);
    expect(rules({ initializers: [{ ...weight, dims: [2n ** 62n, 8], raw: zeros(4) }] })).toEqual(['onnx-tensor-size-mismatch:medium']);
  });

  it('reports truncated protobuf as malformed and incomplete, and deep nesting as a limit', () => {
    const good = buildOnnx({ nodes: [{ op: 'Add' }], initializers: [{ ...weight, raw: zeros(16) }] });
    const r = analyze(good.subarray(0, good.length - 5));
    expect(r.status).toBe('incomplete');
    expect(r.findings.map((f) => f.rule)).toEqual(['onnx-malformed']);
    let graph: FixtureModel = { nodes: [{ op: 'Add' }] };
    for (let i = 0; i < 40; i++) graph = { nodes: [{ op: 'If', graph }] };
    const deep = analyze(graph);
    expect(deep).toMatchObject({ status: 'incomplete', findings: [] });
    expect(deep.message).toMatch(/nested deeper/);
  });

  it('never throws on arbitrary bytes and on mutated models (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void analyze(bytes)));
    const good = buildOnnx({ nodes: [{ op: 'If', graph: { initializers: [{ ...weight, external: { location: 'a.bin' } }] } }] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const copy = good.slice();
        copy[at] = byte;
        const r = analyze(copy);
        expect(['complete', 'incomplete']).toContain(r.status);
      }),
    );
  });
});

describe('checkExternalFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'aisec-onnx-'));
  const dir = join(root, 'model');
  mkdirSync(dir);
  writeFileSync(join(root, 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'w.bin'), zeros(16));
  writeFileSync(join(dir, 'short.bin'), zeros(4));
  symlinkSync(join(root, 'secret.txt'), join(dir, 'link.bin'));
  writeFileSync(join(root, 'other.bin'), zeros(16));
  linkSync(join(root, 'other.bin'), join(dir, 'hard.bin'));
  mkdirSync(join(dir, 'sub'));
  const model = join(dir, 'model.onnx');
  const ref = (location: string, end = 16n) => ({ location, tensors: ['W'], end, offset: 0 });

  it('passes a regular file inside the folder', async () => {
    expect((await checkExternalFiles(model, [ref('w.bin')])).findings).toEqual([]);
  });

  it.each([
    ['a symbolic link out of the folder (CVE-2026-27489)', 'link.bin', 'external-data-traversal:high'],
    ['a hard link (CVE-2026-34446)', 'hard.bin', 'external-data-hardlink:medium'],
    ['a missing file', 'gone.bin', 'external-data-missing:low'],
    ['a folder', 'sub', 'external-data-invalid:medium'],
    ['a range past the end', 'short.bin', 'external-data-out-of-bounds:medium'],
  ])('flags %s', async (_name, location, expected) => {
    const { findings } = await checkExternalFiles(model, [ref(location)]);
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([expected]);
  });
});
