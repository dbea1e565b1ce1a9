import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bufferSource } from '../_shared/protobuf-wire-source.js';
import { analyzeGguf } from './analyze.js';
import { benignTemplates } from './benign-templates.js';
import { buildGguf, type GgufFixture } from './fixtures.js';
import { looksLikeGguf, parseGguf } from './reader.js';

const analyze = (f: GgufFixture | Uint8Array) => analyzeGguf(bufferSource(f instanceof Uint8Array ? f : buildGguf(f)));
const rules = (f: GgufFixture | Uint8Array) => analyze(f).findings.map((x) => `${x.rule}:${x.severity}`).sort();
const SSTI = "{{ lipsum.__globals__['os'].popen('true').read() }}";
const tensor = { name: 'token_embd.weight', dims: [2, 2], type: 0, offset: 0 };
const base = (template: string): GgufFixture => ({
  kv: [['general.architecture', 'llama'], ['general.alignment', 32], ['tokenizer.chat_template', template]],
  tensors: [tensor],
  data: new Uint8Array(16),
});

describe('analyzeGguf', () => {
  it('passes a benign model with a ChatML template, in every version and byte order', () => {
    for (const version of [1, 2, 3] as const) {
      for (const bigEndian of [false, true]) {
        const file = buildGguf({ ...base(benignTemplates.chatml!), version, bigEndian });
        expect(looksLikeGguf(file)).toBe(true);
        expect(analyze(file)).toEqual({ findings: [], status: 'complete' });
      }
    }
  });

  it('flags a code-execution template as critical with the key and offset (CVE-2024-34359)', () => {
    const r = analyze(base(SSTI));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['chat-template-code-execution', 'critical']]);
    expect(r.findings[0]!.evidence).toMatchObject({ key: 'tokenizer.chat_template' });
    expect(r.findings[0]!.location?.offset).toBeGreaterThan(0);
  });

  it('analyses every tokenizer.chat_template* value, named templates and arrays included', () => {
    const f: GgufFixture = {
      kv: [
        ['tokenizer.chat_template', benignTemplates.llama3!],
        ['tokenizer.chat_template.tool_use', SSTI],
        ['tokenizer.chat_templates', { strings: ['default', "{{ ''.__class__ }}"] }],
        ['tokenizer.chat_template.nested', { nested: [['{{ cycler.__init__ }}']] }],
      ],
    };
    const keys = analyze(f).findings.map((x) => `${x.evidence?.['key']}:${x.rule}`).sort();
    expect(keys).toEqual([
      'tokenizer.chat_template.nested:chat-template-dunder-access',
      'tokenizer.chat_template.nested:chat-template-gadget-global',
      'tokenizer.chat_template.tool_use:chat-template-code-execution',
      'tokenizer.chat_templates:chat-template-dunder-access',
    ]);
  });

  it('reports impossible header counts at medium, still reads the template that is there, and is incomplete', () => {
    const r = analyze({ ...base(SSTI), kvCount: 2n ** 63n - 1n });
    expect(r.findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual(['chat-template-code-execution:critical', 'gguf-header-count-overflow:medium']);
    expect(r.status).toBe('incomplete');
    const tensors = analyze({ kv: [], tensorCount: 10n ** 12n });
    expect(tensors.findings.map((f) => f.rule)).toEqual(['gguf-header-count-overflow']);
  });

  it('never allocates from declared lengths: a 2^60-byte string or array ends the parse as malformed', () => {
    const file = buildGguf({ kv: [['general.name', 'x']] });
    const view = new DataView(file.buffer);
    // general.name's value length sits after magic, version, counts, key (8 + 12) and type (4).
    view.setBigUint64(24 + 8 + 12 + 4, 2n ** 60n, true);
    const r = analyze(file);
    expect(r.findings.map((f) => f.rule)).toEqual(['gguf-malformed-metadata']);
    expect(r.status).toBe('incomplete');
  });

  it('stops at the array nesting limit and reports incomplete without a finding', () => {
    const r = analyzeGguf(bufferSource(buildGguf({ kv: [['x', { nested: [['a']] }]] })), { maxKv: 10, maxTensors: 10, maxElements: 100, maxArrayDepth: 1, maxKeptString: 100 });
    expect(r.status).toBe('incomplete');
    expect(r.message).toMatch(/nested deeper/);
    expect(r.findings).toEqual([]);
  });

  it('reports duplicate metadata keys', () => {
    expect(rules({ kv: [['tokenizer.chat_template', 'a'], ['tokenizer.chat_template', 'b']] })).toEqual(['gguf-duplicate-key:medium']);
  });

  it('checks tensor infos: dimensions, overflow, alignment, bounds and overlaps', () => {
    expect(rules({ tensors: [{ ...tensor, dims: [1, 1, 1, 1, 1] }], data: new Uint8Array(4) })).toEqual(['gguf-tensor-info-invalid:medium']);
    expect(rules({ tensors: [{ ...tensor, dims: [2n ** 40n, 2n ** 40n] }], data: new Uint8Array(4) })).toEqual(['gguf-tensor-info-invalid:medium']);
    expect(rules({ tensors: [{ ...tensor, offset: 3 }], data: new Uint8Array(64) })).toEqual(['gguf-tensor-info-invalid:medium']);
    expect(rules({ tensors: [{ ...tensor, dims: [1024, 1024] }], data: new Uint8Array(16) })).toEqual(['gguf-tensor-out-of-bounds:medium']);
    const two = [tensor, { ...tensor, name: 'b', dims: [16], offset: 0 }];
    expect(rules({ tensors: two, data: new Uint8Array(64) })).toEqual(['gguf-overlapping-tensors:medium']);
    expect(rules({ kv: [['general.alignment', 3]], tensors: [tensor], data: new Uint8Array(16), alignment: 32 })).toEqual(['gguf-tensor-info-invalid:medium']);
    // Q4_0 blocks of 32: a 64 x 2 tensor takes 4 blocks of 18 bytes.
    expect(rules({ tensors: [{ name: 'q', dims: [64, 2], type: 2, offset: 0 }], data: new Uint8Array(72) })).toEqual([]);
  });

  it('returns incomplete for an unsupported version instead of guessing', () => {
    const file = buildGguf({});
    new DataView(file.buffer).setUint32(4, 99, true);
    expect(analyze(file)).toMatchObject({ status: 'incomplete', findings: [] });
    expect(parseGguf(bufferSource(file))).toEqual({ error: 'unsupported GGUF version 99' });
  });

  it('never throws on arbitrary bytes after the magic, and never passes a truncated file clean (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(1, 2, 3), (tail, version) => {
        const bytes = Uint8Array.from([0x47, 0x47, 0x55, 0x46, version, 0, 0, 0, ...tail]);
        const r = analyze(bytes);
        expect(['complete', 'incomplete']).toContain(r.status);
      }),
    );
    const good = buildGguf(base(benignTemplates.gemma!));
    fc.assert(
      fc.property(fc.integer({ min: 8, max: good.length - 17 }), (cut) => {
        const r = analyze(good.subarray(0, cut));
        expect(r.status === 'incomplete' || r.findings.some((f) => f.rule === 'gguf-tensor-out-of-bounds')).toBe(true);
      }),
    );
  });
});
