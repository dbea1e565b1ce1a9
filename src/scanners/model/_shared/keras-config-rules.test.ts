import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kerasConfigFindings, parseKerasJson, type KerasRuleContext } from './keras-config-rules.js';
import { bytecodeNames } from './keras-config-lambda.js';

const V3: KerasRuleContext = { source: 'keras-v3', where: 'config.json', kerasVersion: '3.8.0' };
const H5: KerasRuleContext = { source: 'h5', where: 'model_config attribute' };
const layer = (module: string | null, class_name: string, config: unknown = {}, registered_name: string | null = null) => ({ module, class_name, config, registered_name });
const model = (...layers: unknown[]) => ({ module: 'keras', class_name: 'Sequential', config: { name: 'seq', layers }, registered_name: null });
const rules = (config: unknown, ctx = V3) => kerasConfigFindings(config, ctx).findings.map((f) => `${f.rule}:${f.severity}`).sort();
// marshal of `lambda x: x` (CPython 3.11), as Keras writes it: harmless.
const IDENTITY = '4wEAAAAAAAAAAAAAAAEAAAADAAAB8wYAAACXAHwAUwApAU6pACkB2gF4cwEAAAAg+gg8bGFtYmRhPvoIPGxhbWJkYT5yBQAAAAEAAABzBgAAAIAAiCGAAPMAAAAA';
const lambda3 = (code = IDENTITY) => layer('keras.layers', 'Lambda', { name: 'lambda', function: { class_name: '__lambda__', config: { code, defaults: null, closure: null } } });
const dense = layer('keras.layers', 'Dense', { name: 'd', units: 2, activation: { module: 'keras.activations', class_name: 'function', config: 'relu', registered_name: 'relu' } });

describe('Keras configuration rules', () => {
  it('pass an ordinary model with Keras modules and built-in functions', () => {
    expect(rules(model(layer('keras.layers', 'InputLayer', { batch_shape: [null, 4] }), dense))).toEqual([]);
    expect(rules(model(layer('keras_hub.src.models.gemma', 'GemmaBackbone', {}, 'keras_hub>GemmaBackbone')))).toEqual([]);
  });

  it('flag a Lambda in a .keras file as high (safe mode blocks it by default) and in .h5 as critical', () => {
    expect(rules(model(lambda3()))).toEqual(['lambda-layer:high']);
    const keras2 = { class_name: 'Sequential', config: { layers: [{ class_name: 'Lambda', config: { name: 'l', function: [IDENTITY, null, null], function_type: 'lambda', module: '__main__' } }] } };
    expect(rules(keras2, H5)).toEqual(['lambda-layer:critical']);
  });

  it('flag Lambda bytecode that names os or system as critical even in a .keras file', () => {
    const code = Buffer.concat([Buffer.from([0xe3, 0, 0, 0, 0x7a, 2]), Buffer.from('os'), Buffer.from([0x7a, 6]), Buffer.from('system')]).toString('base64');
    const f = kerasConfigFindings(model(lambda3(code)), V3).findings;
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]!.evidence).toMatchObject({ names: ['os', 'system'] });
  });

  it('flag __lambda__ functions outside Lambda layers (an activation, a loss)', () => {
    const act = layer('keras.layers', 'Dense', { name: 'd', activation: { class_name: '__lambda__', config: { code: IDENTITY } } });
    expect(rules(model(act))).toEqual(['lambda-layer:high']);
  });

  it('raise a Lambda to critical when the same file enables unsafe deserialization (CVE-2025-9906)', () => {
    const enable = layer('keras.config', 'function', 'enable_unsafe_deserialization');
    expect(rules(model(enable, lambda3()))).toEqual(['lambda-layer:critical', 'unsafe-deserialization:critical']);
    const stringOnly = model(layer('keras.layers', 'Dense', { name: 'keras.src.saving.serialization_lib.enable_unsafe_deserialization' }));
    expect(rules(stringOnly)).toEqual(['unsafe-deserialization:critical']);
  });

  it('flag modules outside Keras (CVE-2025-1550): critical for code-running modules, high otherwise', () => {
    expect(rules(model(layer('os', 'system', { command: 'true' })))).toEqual(['foreign-module:critical']);
    expect(rules(model(layer('builtins', 'function', 'exec')))).toEqual(['foreign-module:critical']);
    expect(rules(model(layer('subprocess.run', 'function', 'x')))).toEqual(['foreign-module:critical']);
    expect(rules(model(layer('my_company.layers', 'Attention', {}, 'MyCo>Attention')))).toEqual(['foreign-module:high']);
    const f = kerasConfigFindings(model(layer('os', 'system')), V3).findings[0]!;
    expect(f.message).toMatch(/claims Keras 3\.8\.0/);
  });

  it('flag get_file downloads (CVE-2025-8747), TFSMLayer (CVE-2026-1462), vocabulary paths and risky TFOpLambda calls', () => {
    expect(rules(model(layer('keras.utils', 'function', 'get_file')))).toEqual(['remote-download:high']);
    expect(rules(model(layer('keras.src.utils.file_utils', 'get_file', { origin: 'https://x.invalid/a', fname: '/root/.bashrc' })))).toEqual(['remote-download:high']);
    expect(rules(model(layer('keras.layers', 'TFSMLayer', { filepath: '/tmp/../other_model', call_endpoint: 'serve' })))).toEqual(['tfsm-layer:high']);
    expect(rules(model(layer('keras.layers', 'StringLookup', { vocabulary: '/etc/passwd' })))).toEqual(['vocabulary-file:high']);
    expect(rules(model(layer('keras.layers', 'StringLookup', { vocabulary: ['a', 'b'] })))).toEqual([]);
    expect(rules({ class_name: 'Model', config: { layers: [{ class_name: 'TFOpLambda', config: { function: 'io.write_file' } }] } }, H5)).toEqual(['tf-op-lambda:high']);
    expect(rules({ class_name: 'Model', config: { layers: [{ class_name: 'TFOpLambda', config: { function: 'math.add' } }] } }, H5)).toEqual([]);
  });

  it('list registered custom objects at low severity', () => {
    expect(rules(model(layer('keras.layers', 'Dense', {}, 'Custom>Dense')))).toEqual(['custom-object:low']);
  });

  it('parse Python-style NaN and Infinity but not NaN inside strings', () => {
    const r = parseKerasJson('{"a": NaN, "b": -Infinity, "c": "NaN stays"}');
    expect(r).toEqual({ ok: true, value: { a: null, b: null, c: 'NaN stays' } });
    expect(parseKerasJson('{"a": }').ok).toBe(false);
  });

  it('walk very deep configurations without overflowing the stack', () => {
    let deep: unknown = lambda3();
    for (let i = 0; i < 100_000; i++) deep = { config: deep };
    expect(rules(deep)).toEqual(['lambda-layer:high']);
  });

  it('never throw on arbitrary JSON values (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void kerasConfigFindings(value, V3)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void bytecodeNames(bytes)));
  });
});
