import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSystemDescriptor } from '../config/index.js';
import { threatModelJson, renderThreatModel } from './render-threats.js';
import { buildThreatModel } from './threat-model.js';
import { assistantSystem, creditSystem } from './test-support/descriptors.js';

const reversed = (d: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(d).reverse()) {
    const v = d[key];
    out[key] = Array.isArray(v) ? [...v].reverse().map((x) => (x && typeof x === 'object' ? reversed(x as Record<string, unknown>) : x)) : v;
  }
  return out;
};

describe('buildThreatModel', () => {
  it('gives byte-identical JSON twice, and with lists and keys reordered', () => {
    const d = creditSystem({
      datasets: [
        { name: 'train', path: 'd.csv', role: 'train', source: 'scraped', personalData: true },
        { name: 'web', path: 'w.csv', role: 'train', source: 'third-party', personalData: false },
      ],
      models: [
        { name: 'scorer', path: 'm.pkl', format: 'pickle', trainingData: ['train', 'web'], deployedAt: ['api', 'api2'] },
        { name: 'other', path: 'o.onnx', format: 'onnx', trainingData: ['web'] },
      ],
      endpoints: [{ name: 'api', auth: 'none', outputDetail: 'scores' }, { name: 'api2', auth: 'api-key' }],
      llm: [{ name: 'bot', tools: [{ name: 'pay', permissions: ['payments', 'read'] }], retrieval: [{ name: 'mail', kind: 'email', trust: 'untrusted' }, { name: 'kb', kind: 'documents' }] }],
    });
    const once = threatModelJson(buildThreatModel(d));
    expect(threatModelJson(buildThreatModel(d))).toBe(once);
    expect(threatModelJson(buildThreatModel(reversed(d)))).toBe(once);
    expect(renderThreatModel(buildThreatModel(reversed(d)))).toBe(renderThreatModel(buildThreatModel(d)));
    expect(once).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('names the threats of the credit-scoring example with their ATLAS ids', async () => {
    const loaded = await loadSystemDescriptor(path.resolve('examples/credit-scoring'));
    const model = buildThreatModel(loaded.descriptor);
    const atlas = (kind: string) => model.threats.filter((t) => t.kind === kind).flatMap((t) => t.taxonomy.atlas);
    expect(atlas('data-poisoning')).toContain('AML.T0020');
    expect(atlas('evasion')).toContain('AML.T0015');
    expect(atlas('model-extraction')).toContain('AML.T0024.002');
    expect(atlas('membership-inference')).toContain('AML.T0024.000');
    expect(atlas('supply-chain')).toContain('AML.T0010.002');
    expect(atlas('model-tampering')).toContain('AML.T0018');
    expect(model.threats.find((t) => t.kind === 'harmful-decisions')?.hints.join(' ')).toContain('Annex III');
    expect(new Set(model.threats.map((t) => t.id)).size).toBe(model.threats.length);
  });

  it('merges two rules raising the same threat on the same asset into one', () => {
    const d = creditSystem({ models: [{ name: 'scorer', path: 'm.pkl', format: 'pickle', trainingData: ['train'], deployedAt: ['api'] }] });
    const tampering = buildThreatModel(d).threats.filter((t) => t.kind === 'model-tampering');
    expect(tampering).toHaveLength(1);
    expect(tampering[0]!.rules).toEqual(['outside-artifacts', 'stored-model-artifact']);
    expect(tampering[0]!.reasons).toHaveLength(2);
  });

  it('never crashes on hostile descriptors: missing facts, wrong types, huge lists', () => {
    for (const d of [undefined, null, 42, 'x', [], {}, { models: 'nope', llm: [null, 1, { name: 7 }], endpoints: [{}], datasets: [{ name: 'd', source: 5 }] }]) {
      expect(() => buildThreatModel(d)).not.toThrow();
    }
    const empty = buildThreatModel({});
    expect(empty.threats.map((t) => `${t.kind}:${t.certainty}`)).toEqual(['harmful-decisions:unknown']);
    const many = 5000;
    const huge = creditSystem({
      models: Array.from({ length: many }, (_, i) => ({ name: `m${i}`, path: `m${i}.onnx`, format: 'onnx', trainingData: ['train', `missing-${i}`], deployedAt: ['api'] })),
      llm: Array.from({ length: 200 }, (_, i) => assistantSystem({ name: `bot${i}`, tools: Array.from({ length: 50 }, (_, j) => ({ name: `t${j}`, permissions: ['write'] })) }).llm as unknown[]).flat(),
    });
    const model = buildThreatModel(huge);
    expect(model.threats.length).toBeGreaterThan(many * 5);
  });

  it('holds for any JSON-like descriptor (property)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.array(fc.record({ name: fc.string(), trainingData: fc.anything(), deployedAt: fc.anything(), path: fc.anything(), format: fc.anything() }), { maxLength: 5 }), (junk, models) => {
        const m = buildThreatModel({ name: 'x', exposure: junk, models, datasets: junk, endpoints: [junk], llm: [{ name: 'b', tools: junk, retrieval: [junk] }] });
        expect(threatModelJson(m)).toBe(threatModelJson(buildThreatModel({ name: 'x', exposure: junk, models, datasets: junk, endpoints: [junk], llm: [{ name: 'b', tools: junk, retrieval: [junk] }] })));
      }),
      { numRuns: 200 },
    );
  });
});
