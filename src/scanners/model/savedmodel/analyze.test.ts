import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bufferSource } from '../_shared/protobuf-wire-source.js';
import { buildOnnx } from '../onnx/fixtures.js';
import { analyzeSavedModel } from './analyze.js';
import { buildFrozenGraph, buildKerasMetadata, buildSavedModel, type FixtureSavedModel } from './fixtures.js';
import { looksLikeFrozenGraph, looksLikeSavedModel, tfFileKind } from './sniff.js';

const analyze = (m: FixtureSavedModel | Uint8Array) => analyzeSavedModel(bufferSource(m instanceof Uint8Array ? m : buildSavedModel(m)));
const rules = (m: FixtureSavedModel) => analyze(m).findings.map((f) => `${f.rule}:${f.severity}`).sort();

// The saver subgraph every TF2 SavedModel has: its path comes from a placeholder, not a constant.
const saver = [
  { name: 'saver_filename', op: 'Placeholder' },
  { name: 'SaveV2/tensor_names', op: 'Const', attrs: { value: 'dense/kernel/.ATTRIBUTES/VARIABLE_VALUE' } },
  { name: 'RestoreV2/tensor_names', op: 'Const', attrs: { value: 'dense/kernel/.ATTRIBUTES/VARIABLE_VALUE' } },
  { name: 'StringJoin', op: 'StringJoin', inputs: ['saver_filename', 'StringJoin/inputs_1'] },
  { name: 'SaveV2', op: 'SaveV2', inputs: ['StringJoin:output:0', 'SaveV2/tensor_names'] },
  { name: 'MergeV2Checkpoints', op: 'MergeV2Checkpoints', inputs: ['StringJoin:output:0', 'saver_filename'] },
  { name: 'RestoreV2', op: 'RestoreV2', inputs: ['saver_filename', 'RestoreV2/tensor_names'] },
  { name: 'vocab', op: 'Const', attrs: { value: 'assets/vocab.txt' } },
  { name: 'table_init', op: 'InitializeTableFromTextFileV2', inputs: ['table', 'vocab'] },
];

describe('analyzeSavedModel', () => {
  it('passes an ordinary graph with the standard saver and a vocabulary asset', () => {
    const file = buildSavedModel({ nodes: [{ name: 'x', op: 'Placeholder' }, { name: 'MatMul', op: 'MatMul', inputs: ['x', 'w'] }, ...saver], assets: ['vocab.txt'] });
    expect(looksLikeSavedModel(file)).toBe(true);
    expect(looksLikeSavedModel(buildSavedModel({ noVersion: true }))).toBe(true);
    expect(analyze(file)).toEqual({ findings: [], status: 'complete' });
  });

  it('does not take an ONNX model for a SavedModel, nor the reverse', () => {
    expect(looksLikeSavedModel(buildOnnx({ nodes: [{ op: 'Add' }] }))).toBe(false);
  });

  it('flags Python ops, in the graph and in functions', () => {
    expect(rules({ nodes: [{ name: 'p', op: 'PyFunc', attrs: { token: 'pyfunc_0' } }] })).toEqual(['python-op:high']);
    expect(rules({ functions: [{ name: '__inference_call_12', nodes: [{ name: 'e', op: 'EagerPyFunc' }] }] })).toEqual(['python-op:high']);
  });

  it('flags file reads and writes with the constant path they use', () => {
    const r = analyze({ nodes: [{ name: 'path', op: 'Const', attrs: { value: '/etc/passwd' } }, { name: 'read', op: 'ReadFile', inputs: ['path'] }, { name: 'write', op: 'WriteFile', inputs: ['path', 'x'] }] });
    expect(r.findings.map((f) => [f.rule, f.severity, f.evidence?.['paths']])).toEqual([
      ['file-read-op', 'high', ['/etc/passwd']],
      ['file-write-op', 'high', ['/etc/passwd']],
    ]);
    expect(rules({ nodes: [{ name: 'm', op: 'ImmutableConst', attrs: { memory_region_name: '/dev/shm/x' } }] })).toEqual(['file-read-op:high']);
    expect(rules({ nodes: [{ name: 'p', op: 'PrintV2', attrs: { output_stream: 'file:///root/.bashrc' } }] })).toEqual(['file-write-op:high']);
  });

  it('flags a checkpoint op whose path is baked into the graph, and debug ops that stream to a URL', () => {
    expect(rules({ nodes: [{ name: 'c', op: 'Const', attrs: { value: '/tmp/../root/.ssh/authorized_keys' } }, { name: 's', op: 'SaveV2', inputs: ['c', 'names'] }] })).toEqual(['checkpoint-fixed-path:high']);
    expect(rules({ nodes: [{ name: 'd', op: 'DebugIdentity', attrs: { debug_urls: ['grpc://collector.invalid:6064'] } }] })).toEqual(['debug-op-url:high']);
    expect(rules({ nodes: [{ name: 'd', op: 'DebugIdentity' }] })).toEqual([]);
  });

  it('flags readers and datasets at medium, and a vocabulary file outside the model at high', () => {
    expect(rules({ nodes: [{ name: 'r', op: 'TFRecordDatasetV2' }] })).toEqual(['file-reader-op:medium']);
    expect(rules({ nodes: [{ name: 'v', op: 'Const', attrs: { value: '/etc/shadow' } }, { name: 't', op: 'InitializeTableFromTextFileV2', inputs: ['table', 'v'] }] })).toEqual(['file-read-op:high']);
    expect(rules({ nodes: [{ name: 'w', op: 'CreateSummaryFileWriter' }] })).toEqual(['summary-writer-op:medium']);
  });

  it('flags asset names that leave assets/', () => {
    expect(rules({ assets: ['../../../etc/passwd'] })).toEqual(['asset-path-traversal:high']);
    expect(rules({ assets: ['/etc/passwd'] })).toEqual(['asset-path-traversal:high']);
  });

  it('applies the Keras rules to Keras metadata in the object graph: a Lambda is critical', () => {
    const lambda = JSON.stringify({ class_name: 'Lambda', config: { name: 'l', function: ['4wEAAAAA', null, null], function_type: 'lambda' } });
    expect(rules({ kerasMetadata: [lambda, '{"class_name": "Dense", "config": {}}'] })).toEqual(['lambda-layer:critical']);
  });

  it('reads a frozen GraphDef too', () => {
    const frozen = buildFrozenGraph([{ name: 'x', op: 'Placeholder' }, { name: 'p', op: 'PyFuncStateless' }]);
    expect(looksLikeFrozenGraph(frozen)).toBe(true);
    expect(looksLikeSavedModel(frozen)).toBe(false);
    expect(looksLikeFrozenGraph(buildSavedModel({}))).toBe(false);
    expect(analyzeSavedModel(bufferSource(frozen), 'frozen-graph').findings.map((f) => f.rule)).toEqual(['python-op']);
  });

  it('reads keras_metadata.pb and applies the Keras rules (a tf.keras Lambda runs on load)', () => {
    const lambda = JSON.stringify({ class_name: 'Lambda', config: { name: 'l', function: ['4wEAAAAA', null, null], function_type: 'lambda' } });
    const file = buildKerasMetadata(['{"class_name": "Dense", "config": {"units": 2}}', lambda]);
    expect(tfFileKind(file)).toBe('keras-metadata');
    expect(tfFileKind(buildFrozenGraph([{ name: 'x', op: 'Placeholder' }]))).toBe('frozen-graph');
    expect(analyzeSavedModel(bufferSource(file), 'keras-metadata').findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['lambda-layer:critical']);
    expect(analyzeSavedModel(bufferSource(buildKerasMetadata(['{"class_name": "Dense", "config": {}}'])), 'keras-metadata')).toEqual({ findings: [], status: 'complete' });
  });

  it('reports truncated data as malformed and incomplete', () => {
    const file = buildSavedModel({ nodes: saver });
    const r = analyze(file.subarray(0, file.length - 7));
    expect(r.status).toBe('incomplete');
    expect(r.findings.map((f) => f.rule)).toEqual(['savedmodel-malformed']);
  });

  it('never throws on arbitrary or mutated bytes (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void analyze(bytes)));
    const good = buildSavedModel({ nodes: [...saver, { name: 'p', op: 'PyFunc' }], assets: ['a'] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const copy = good.slice();
        copy[at] = byte;
        expect(['complete', 'incomplete']).toContain(analyze(copy).status);
      }),
    );
  });
});
