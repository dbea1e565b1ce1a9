import { describe, expect, it } from 'vitest';
import { buildThreatModel } from './threat-model.js';
import { builtinThreatRules } from './rules/builtin-threat-rules.js';
import { assistantSystem, baseSystem, creditSystem } from './test-support/descriptors.js';
import type { Threat } from './threat.js';

const threats = (d: unknown): Threat[] => [...buildThreatModel(d).threats];
const kinds = (d: unknown): string[] => threats(d).map((t) => `${t.kind}@${t.asset.kind}:${t.asset.name}`);
const find = (d: unknown, kind: string): Threat | undefined => threats(d).find((t) => t.kind === kind);

describe('threat rules', () => {
  it('lists every rule once with a condition and what it yields', () => {
    const ids = builtinThreatRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of builtinThreatRules) {
      expect(rule.condition.length).toBeGreaterThan(20);
      expect(rule.yields.length).toBeGreaterThan(0);
    }
  });

  describe('untrusted-training-data', () => {
    it('raises poisoning for third-party, scraped and user-generated training data', () => {
      for (const source of ['third-party', 'scraped', 'user-generated']) {
        const d = creditSystem({ datasets: [{ name: 'train', path: 'd.csv', role: 'train', source, personalData: false }] });
        const t = find(d, 'data-poisoning');
        expect(t, source).toMatchObject({ asset: { kind: 'model', name: 'scorer' }, certainty: 'stated', rules: ['untrusted-training-data'] });
        expect(t!.taxonomy.atlas).toContain('AML.T0020');
      }
    });
    it('lets internal training data through', () => {
      const d = creditSystem({ datasets: [{ name: 'train', path: 'd.csv', role: 'train', source: 'internal', personalData: false }] });
      expect(find(d, 'data-poisoning')).toBeUndefined();
    });
    it('marks a model without training data as unknown, worst case', () => {
      const d = creditSystem({ models: [{ name: 'scorer', path: 'm.onnx', format: 'onnx', deployedAt: ['api'] }] });
      expect(find(d, 'data-poisoning')).toMatchObject({ certainty: 'unknown', unknown: ['models[].trainingData'], likelihood: 4 });
    });
  });

  describe('exposed-model-scores', () => {
    it('raises extraction and membership inference for a public endpoint with probabilities', () => {
      const d = creditSystem();
      expect(find(d, 'model-extraction')?.taxonomy.atlas).toContain('AML.T0024.002');
      expect(find(d, 'membership-inference')?.taxonomy.atlas).toContain('AML.T0024.000');
      expect(find(d, 'model-extraction')?.endpoints).toEqual(['api']);
    });
    it('lets a label-only endpoint and an internal system through', () => {
      expect(find(creditSystem({ endpoints: [{ name: 'api', auth: 'api-key', outputDetail: 'label' }] }), 'model-extraction')).toBeUndefined();
      expect(find(creditSystem({ exposure: 'internal' }), 'membership-inference')).toBeUndefined();
    });
    it('assumes probabilities when the endpoint does not say', () => {
      const t = find(creditSystem({ endpoints: [{ name: 'api', auth: 'api-key' }] }), 'model-extraction');
      expect(t).toMatchObject({ certainty: 'unknown', unknown: ['endpoints[api].outputDetail'] });
    });
  });

  describe('reachable-model', () => {
    it('raises evasion for a model served to partners or the public', () => {
      expect(find(creditSystem({ exposure: 'partner' }), 'evasion')).toMatchObject({ certainty: 'stated', taxonomy: { atlas: ['AML.T0015', 'AML.T0043'] } });
    });
    it('lets an internal system through and marks a model with no endpoint as unknown', () => {
      expect(find(creditSystem({ exposure: 'internal' }), 'evasion')).toBeUndefined();
      const d = creditSystem({ endpoints: [], models: [{ name: 'scorer', path: 'm.onnx', format: 'onnx', trainingData: ['train'] }] });
      expect(find(d, 'evasion')).toMatchObject({ certainty: 'unknown', unknown: ['models[scorer].deployedAt'] });
    });
  });

  describe('outside-artifacts', () => {
    it('raises supply chain and tampering for a pickle model and supply chain for third-party data', () => {
      const d = creditSystem({ models: [{ name: 'scorer', path: 'm.pkl', format: 'pickle', trainingData: ['train'], deployedAt: ['api'] }] });
      expect(kinds(d)).toEqual(expect.arrayContaining(['supply-chain@model:scorer', 'model-tampering@model:scorer', 'supply-chain@dataset:train']));
      expect(find(d, 'supply-chain')!.taxonomy.atlas).toEqual(['AML.T0010.003', 'AML.T0011.000']);
    });
    it('lets an ONNX model and internal data through', () => {
      const d = creditSystem({ datasets: [{ name: 'train', path: 'd.csv', role: 'train', source: 'internal', personalData: false }] });
      expect(kinds(d).filter((k) => k.startsWith('supply-chain'))).toEqual([]);
    });
    it('assumes a code-running format when none is stated', () => {
      const d = creditSystem({ models: [{ name: 'scorer', path: 'm.bin', trainingData: ['train'] }] });
      expect(threats(d).find((t) => t.kind === 'supply-chain' && t.asset.kind === 'model')).toMatchObject({ certainty: 'unknown' });
    });
  });

  describe('stored-model-artifact', () => {
    it('raises tampering for a stored model, less likely when signed', () => {
      expect(find(creditSystem(), 'model-tampering')).toMatchObject({ likelihood: 3, rules: ['stored-model-artifact'] });
      const signed = creditSystem({ models: [{ name: 'scorer', path: 'm.onnx', format: 'onnx', trainingData: ['train'], signature: { publicKey: 'k.pem' } }] });
      expect(find(signed, 'model-tampering')).toMatchObject({ likelihood: 2 });
    });
    it('lets a model with no file through', () => {
      expect(find(creditSystem({ models: [{ name: 'scorer', format: 'onnx', trainingData: ['train'], deployedAt: ['api'] }] }), 'model-tampering')).toBeUndefined();
    });
  });

  describe('acting-tools', () => {
    it('raises excessive agency for a tool that sends or writes', () => {
      expect(find(assistantSystem({ tools: [{ name: 'send', permissions: ['messaging'] }] }), 'excessive-agency')?.taxonomy.owasp).toEqual(['LLM06:2025']);
    });
    it('lets read-only tools through and marks tools without permissions as unknown', () => {
      expect(find(assistantSystem({ tools: [{ name: 'search', permissions: ['read'] }] }), 'excessive-agency')).toBeUndefined();
      expect(find(assistantSystem({ tools: [{ name: 'thing' }] }), 'excessive-agency')).toMatchObject({ certainty: 'unknown' });
    });
  });

  describe('untrusted-retrieval', () => {
    it('raises indirect prompt injection for web, e-mail and untrusted sources', () => {
      for (const source of [{ name: 's', kind: 'web', trust: 'trusted' }, { name: 's', kind: 'email', trust: 'trusted' }, { name: 's', kind: 'documents', trust: 'untrusted' }]) {
        expect(find(assistantSystem({ retrieval: [source] }), 'indirect-prompt-injection')?.taxonomy.atlas, source.kind).toContain('AML.T0051.001');
      }
    });
    it('lets a trusted vector store through', () => {
      expect(find(assistantSystem({ retrieval: [{ name: 'kb', kind: 'vector-store', trust: 'trusted' }] }), 'indirect-prompt-injection')).toBeUndefined();
    });
  });

  describe('llm-part', () => {
    it('raises direct injection, system-prompt leakage and disclosure for any LLM part', () => {
      expect(kinds(assistantSystem())).toEqual(['direct-prompt-injection@llm:bot', 'system-prompt-leakage@llm:bot', 'sensitive-information-disclosure@llm:bot']);
    });
    it('raises nothing for a system without LLM parts', () => {
      expect(kinds(baseSystem())).toEqual([]);
    });
  });

  describe('consequential-decisions', () => {
    it('raises harmful decisions with EU AI Act hints for credit, health and employment', () => {
      for (const criticality of ['credit', 'health', 'employment', 'education', 'essential-services']) {
        const t = find(baseSystem({ criticality }), 'harmful-decisions');
        expect(t, criticality).toMatchObject({ asset: { kind: 'system', name: 'demo' } });
        expect(t!.hints[0]).toContain('Annex III');
        expect(t!.taxonomy.euAiAct).toContain('eu-ai-act:Art.14');
      }
    });
    it('lets content and internal tooling through; unknown criticality is assumed high impact', () => {
      expect(find(baseSystem({ criticality: 'internal-tooling' }), 'harmful-decisions')).toBeUndefined();
      expect(find(baseSystem({ criticality: undefined }), 'harmful-decisions')).toMatchObject({ certainty: 'unknown', unknown: ['criticality'] });
    });
  });

  describe('personal-training-data', () => {
    it('raises model inversion for personal training data', () => {
      expect(find(creditSystem(), 'model-inversion')?.taxonomy.owasp).toEqual(['ML03:2023']);
    });
    it('lets non-personal data through and marks an unstated one as unknown', () => {
      const d = (personalData: unknown) => creditSystem({ datasets: [{ name: 'train', path: 'd.csv', role: 'train', source: 'internal', personalData }] });
      expect(find(d(false), 'model-inversion')).toBeUndefined();
      expect(find(d(undefined), 'model-inversion')).toMatchObject({ certainty: 'unknown', unknown: ['datasets[train].personalData'] });
    });
  });
});
