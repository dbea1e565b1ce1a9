import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { bytesInput } from '../_shared/chunk-input.js';
import { analyzeBy, createRootContext } from '../_shared/member-dispatch.js';
import { zipAnalyzer } from '../archive/zip/zip-analyzer.js';
import { buildGguf } from '../gguf/fixtures.js';
import { buildOnnx } from '../onnx/fixtures.js';
import { buildSafetensors, f32 } from '../safetensors/fixtures.js';
import { buildSavedModel } from '../savedmodel/fixtures.js';
import { kerasLayer, kerasSequential } from './fixtures.js';

// The non-pickle member analyzers as the archive scanner reaches them: by content, inside a zip.
const h5 = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../test/fixtures/h5', name)));
const scanZip = (files: Record<string, Uint8Array>) => analyzeBy(zipAnalyzer, bytesInput(zipSync(files)), 'archive.zip', createRootContext());
const enc = (text: string) => new TextEncoder().encode(text);
const lambda = kerasLayer('keras.layers', 'Lambda', { name: 'l', function: { class_name: '__lambda__', config: { code: '4wEAAAAA' } } });

describe('non-pickle formats inside archives', () => {
  it('a .keras archive: config.json gets the Keras rules, metadata.json and the weights file pass', () => {
    const r = scanZip({ 'metadata.json': enc('{"keras_version": "3.8.0"}'), 'config.json': enc(JSON.stringify(kerasSequential(lambda))), 'model.weights.h5': h5('weights-only.h5') });
    expect(r.findings.map((f) => [f.rule, f.severity, f.location?.member])).toEqual([['lambda-layer', 'high', 'config.json']]);
    expect(r.status).toBe('complete');
  });

  it('an .h5 model inside a zip is read and its Lambda is critical', () => {
    const r = scanZip({ 'models/legacy.h5': h5('keras2-lambda.h5') });
    expect(r.findings.map((f) => [f.rule, f.severity, f.location?.member])).toEqual([['lambda-layer', 'critical', 'models/legacy.h5']]);
  });

  it('GGUF, safetensors, ONNX and SavedModel members are recognised by content', () => {
    const r = scanZip({
      'a.bin': buildGguf({ kv: [['tokenizer.chat_template', "{{ lipsum.__globals__['os'].popen('x') }}"]] }),
      'b.bin': buildSafetensors({ w: { dtype: 'F32', shape: [1], data: f32(1) } }, { note: "__import__('os')" }),
      'c.bin': buildOnnx({ initializers: [{ name: 'W', dims: [1], external: { location: '/etc/passwd' } }] }),
      'export/saved_model.pb': buildSavedModel({ nodes: [{ name: 'p', op: 'PyFunc' }] }),
    });
    expect(r.findings.map((f) => `${f.location?.member}:${f.rule}`).sort()).toEqual([
      'a.bin:chat-template-code-execution',
      'b.bin:safetensors-metadata-suspicious',
      'c.bin:external-data-traversal',
      'export/saved_model.pb:python-op',
    ]);
    expect(r.status).toBe('complete');
  });
});
