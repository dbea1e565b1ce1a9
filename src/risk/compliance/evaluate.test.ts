import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../../core/errors.js';
import { iso42001, nistAiRmf, taxonomyEntry } from '../../taxonomy/index.js';
import { creditSystem } from '../test-support/descriptors.js';
import { evaluateCompliance, frameworkMappings, parseFramework, complianceStatuses } from './evaluate.js';
import { evidenceKinds, type EvidenceKind } from './evidence.js';
import { gatherEvidence, type AssessmentView, type EndpointFacts, type GatherInput } from './gather.js';
import { frameworkIds } from './mapping.js';
import { complianceJson, renderCompliance } from './render.js';

const gatewayEndpoint = (over: Partial<EndpointFacts> = {}): EndpointFacts => ({
  endpoint: 'api',
  source: 'gateway',
  routeKind: 'predict',
  auth: 'api-key',
  requestsPerMinute: 60,
  tokensPerMinute: null,
  outputDetail: 'label',
  hardening: 'label-only',
  extractionMonitor: true,
  auditLog: true,
  guards: undefined,
  killSwitch: true,
  review: true,
  ...over,
});

const cleanAssessment: AssessmentView = {
  id: 'a-1',
  finishedAt: '2026-01-02T03:04:05.000Z',
  findings: [{ ruleId: 'signature/signature-verified', severity: 'info', location: { path: '/x/data/train.csv' }, evidence: { signed: 'data' } }],
  targets: [
    { path: '/x/models/scorer.onnx', key: 'models/scorer.onnx', kind: 'model', status: 'complete', scanners: ['integrity', 'model:onnx', 'signature'] },
    { path: '/x/data/train.csv', key: 'data/train.csv', kind: 'dataset', status: 'complete', scanners: ['data-validate', 'data-label-noise', 'data-duplicates', 'data-diff'] },
    { path: '/x/data/eval.csv', key: 'data/eval.csv', kind: 'dataset', status: 'complete', scanners: ['data-validate', 'data-label-noise', 'data-duplicates'] },
  ],
  evaluations: ['robustness', 'privacy', 'extraction'].map((kind) => ({ kind, model: 'scorer', status: 'complete', headline: `${kind} ran` })),
  incomplete: 0,
};

const input = (over: Partial<GatherInput> = {}): GatherInput => ({
  system: 'credit',
  descriptor: creditSystem(),
  assessment: null,
  endpoints: [],
  register: [],
  controls: [],
  playbooks: ['data-poisoning', 'model-extraction'],
  readAt: null,
  ...over,
});

describe('mapping tables', () => {
  it('use only ids of the vendored frameworks and known evidence kinds, each row with a rationale', () => {
    for (const id of frameworkIds) {
      for (const r of frameworkMappings[id].rows) {
        expect(taxonomyEntry(r.item), `${id} ${r.item}`).toBeDefined();
        expect(r.rationale.length, r.item).toBeGreaterThan(20);
        for (const k of r.requires) expect(Object.keys(evidenceKinds), `${r.item} ${k}`).toContain(k);
        if (r.outside) expect(r.requires).toEqual([]);
        else expect(r.requires.length, r.item).toBeGreaterThan(0);
      }
    }
  });

  it('cover the whole framework: all 72 NIST subcategories, all 38 ISO controls, EU AI Act Arts. 9 to 15', () => {
    const evidence = gatherEvidence(input());
    expect(evaluateCompliance('nist-ai-rmf', evidence).items.map((i) => i.id)).toEqual(nistAiRmf().subcategories.map((s) => s.id));
    expect(evaluateCompliance('iso-42001', evidence).items.map((i) => i.id)).toEqual(iso42001().controls.map((c) => c.id));
    const eu = new Set(evaluateCompliance('eu-ai-act', evidence).items.map((i) => i.id.replace(/\(\d+\)$/, '')));
    expect([...eu]).toEqual([9, 10, 11, 12, 13, 14, 15].map((n) => `eu-ai-act:Art.${n}`));
  });

  it('give MAP, MEASURE and MANAGE rows that aisec informs, and report the rest of NIST as outside its view', () => {
    const rows = frameworkMappings['nist-ai-rmf'].rows.map((r) => r.item);
    for (const id of ['MAP 1.1', 'MAP 5.1', 'MEASURE 2.7', 'MEASURE 2.10', 'MANAGE 2.4', 'MANAGE 4.1']) expect(rows).toContain(id);
    const govern = evaluateCompliance('nist-ai-rmf', gatherEvidence(input())).items.find((i) => i.id === 'GOVERN 2.2')!;
    expect(govern.status).toBe('not-assessed');
    expect(govern.rationale).toMatch(/Outside aisec's view/);
  });
});

describe('statuses', () => {
  it('a system with nothing assessed and no gateway: nothing covered, every gap has an action', () => {
    const evidence = gatherEvidence(input());
    expect(evidence.observed).toEqual([]);
    for (const f of frameworkIds) {
      const result = evaluateCompliance(f, evidence);
      expect(result.counts.covered, f).toBe(0);
      expect(result.counts.gap, f).toBeGreaterThan(0);
      for (const i of result.items.filter((x) => x.status === 'gap')) {
        expect(i.actions.length, i.id).toBeGreaterThan(0);
        expect(i.missing.length, i.id).toBeGreaterThan(0);
      }
    }
  });

  it('a descriptor that declares a rate limit and authentication claims them; the gateway enforcing them covers them', () => {
    const declared = gatherEvidence(input({ assessment: cleanAssessment, endpoints: [gatewayEndpoint({ source: 'descriptor', killSwitch: false, review: undefined })] }));
    expect(declared.claims.filter((c) => c.kind === 'gateway.auth' || c.kind === 'gateway.rate-limit').map((c) => c.source)).toEqual(['aisec.yaml', 'aisec.yaml']);
    expect(declared.observed.some((o) => o.kind.startsWith('gateway.'))).toBe(false);
    const item = (e: ReturnType<typeof gatherEvidence>) => evaluateCompliance('iso-42001', e).items.find((i) => i.id === 'iso-42001:A.6.2.5')!;
    expect(item(declared).status).toBe('gap'); // not fronted by the gateway: neither observed nor claimed
    const enforced = gatherEvidence(input({ assessment: cleanAssessment, endpoints: [gatewayEndpoint()] }));
    expect(item(enforced).status).toBe('covered');
    expect(item(enforced).observed.map((o) => o.source)).toEqual(['gateway configuration', 'gateway configuration']);
  });

  it('a control recorded as implemented, or claimed in the register, stays claimed and never covers', () => {
    const base = { assessment: cleanAssessment, endpoints: [gatewayEndpoint({ requestsPerMinute: null, auditLog: false })] };
    const without = evaluateCompliance('eu-ai-act', gatherEvidence(input(base))).items.find((i) => i.id === 'eu-ai-act:Art.12')!;
    expect(without.status).toBe('gap');
    const recorded = gatherEvidence(input({ ...base, controls: [{ id: 'AML.M0024', status: 'implemented', note: 'central logging' }] }));
    const art12 = evaluateCompliance('eu-ai-act', recorded).items.find((i) => i.id === 'eu-ai-act:Art.12')!;
    expect(art12.status).toBe('claimed');
    expect(art12.claimed[0]).toMatchObject({ kind: 'gateway.audit-log', source: 'store (controls)' });
    expect(art12.actions.join('\n')).toMatch(/audit\.dir/);
    const planned = gatherEvidence(input({ ...base, controls: [{ id: 'AML.M0024', status: 'planned' }] }));
    expect(evaluateCompliance('eu-ai-act', planned).items.find((i) => i.id === 'eu-ai-act:Art.12')!.status).toBe('gap');
    const register = gatherEvidence(input({ ...base, register: [{ riskId: 'R-1', status: 'open', owner: 'o', level: 'medium', accepted: false, controls: [{ id: 'AML.M0004', state: 'claimed' }] }] }));
    expect(register.claims).toContainEqual({ kind: 'gateway.rate-limit', detail: 'AML.M0004 claimed for R-1', source: 'risk register' });
  });

  it('descriptor facts are claims before an assessment and documented evidence after one', () => {
    expect(gatherEvidence(input()).claims.map((c) => c.kind)).toContain('descriptor.owner');
    const after = gatherEvidence(input({ assessment: cleanAssessment }));
    expect(after.observed.find((o) => o.kind === 'descriptor.owner')).toMatchObject({ detail: 'owner: Risk Team', source: 'aisec.yaml, recorded by assessment a-1' });
  });

  it('what a gateway configuration enforces is a claim until the system is assessed', () => {
    const before = gatherEvidence(input({ endpoints: [gatewayEndpoint()] }));
    expect(before.observed).toEqual([]);
    expect(before.claims.filter((c) => c.kind === 'gateway.audit-log')).toEqual([{ kind: 'gateway.audit-log', detail: 'api: tamper-evident audit log', source: 'gateway configuration (not yet assessed)' }]);
    for (const f of frameworkIds) expect(evaluateCompliance(f, before).counts.covered).toBe(0);
  });

  it('a clean assessment behind a full gateway covers Art. 15(5); an open critical finding or an unsafe model file does not', () => {
    const full = input({ assessment: cleanAssessment, endpoints: [gatewayEndpoint()], register: [{ riskId: 'R-1', status: 'open', owner: 'o', level: 'low', accepted: false, controls: [] }] });
    const eu = evaluateCompliance('eu-ai-act', gatherEvidence(full));
    const art155 = eu.items.filter((i) => i.id === 'eu-ai-act:Art.15(5)');
    expect(art155.map((i) => [i.aspect, i.status])).toEqual([
      ['data poisoning', 'covered'],
      ['model poisoning', 'gap'], // the model is not signed
      ['adversarial examples, evasion', 'covered'], // red team and guards do not apply: no LLM
      ['confidentiality attacks', 'covered'],
      ['model flaws', 'covered'],
      ['respond and resolve', 'covered'],
    ]);
    expect(eu.items.find((i) => i.id === 'eu-ai-act:Art.14')?.status).toBe('covered'); // review mode and kill switch at the gateway
    expect(eu.items.find((i) => i.id === 'eu-ai-act:Art.9')?.status).toBe('covered');
    const noReview = evaluateCompliance('eu-ai-act', gatherEvidence({ ...full, endpoints: [gatewayEndpoint({ review: false })] }));
    expect(noReview.items.find((i) => i.id === 'eu-ai-act:Art.14')?.status).toBe('claimed'); // automation: human-review in aisec.yaml only
    const unsafe = { ...cleanAssessment, findings: [...cleanAssessment.findings, { ruleId: 'model:onnx/external-data', severity: 'critical', location: { path: '/x/models/scorer.onnx' } }] };
    const worse = gatherEvidence({ ...full, assessment: unsafe });
    expect(worse.observed.map((o) => o.kind)).not.toContain('model.scanned');
    expect(worse.observed.map((o) => o.kind)).not.toContain('assessment.clean');
    const suppressed = { ...unsafe, findings: unsafe.findings.map((f) => (f.severity === 'critical' ? { ...f, suppression: { reason: 'accepted' } } : f)) };
    expect(gatherEvidence({ ...full, assessment: suppressed }).observed.map((o) => o.kind)).toContain('assessment.clean');
  });

  it('a test that ran on only some models, or did not finish, is not evidence', () => {
    const partial = { ...cleanAssessment, evaluations: [{ kind: 'robustness', model: 'scorer', status: 'incomplete' }] };
    expect(gatherEvidence(input({ assessment: partial })).observed.map((o) => o.kind)).not.toContain('test.robustness');
  });
});

describe('what applies', () => {
  it('asks an LLM system for the red team and guards, and a system without one does not', () => {
    const llm = creditSystem({ llm: [{ name: 'bot', provider: 'openai', model: 'gpt', tools: [], retrieval: [] }] });
    const evasion = (descriptor: unknown) => evaluateCompliance('eu-ai-act', gatherEvidence(input({ descriptor, assessment: cleanAssessment }))).items.find((i) => i.aspect === 'adversarial examples, evasion')!;
    expect(evasion(llm).status).toBe('gap');
    expect(evasion(llm).missing).toContain('test.red-team');
    expect(evasion(creditSystem()).requires).toEqual(['test.robustness']);
    const none = evasion(creditSystem({ models: [] }));
    expect(none.status).toBe('not-assessed');
    expect(none.rationale).toMatch(/Does not apply here: the system declares no model; the system has no LLM part/);
  });
});

describe('output', () => {
  it('is the same bytes whatever the order of the input', () => {
    const a = input({ assessment: cleanAssessment, endpoints: [gatewayEndpoint(), gatewayEndpoint({ endpoint: 'b', source: 'descriptor' })], controls: [{ id: 'AML.M0004', status: 'implemented' }, { id: 'AML.M0024', status: 'verified' }] });
    const b = { ...a, endpoints: [...a.endpoints].reverse(), controls: [...a.controls].reverse(), assessment: { ...cleanAssessment, targets: [...cleanAssessment.targets].reverse(), findings: [...cleanAssessment.findings].reverse() } };
    for (const f of frameworkIds) {
      const [ea, eb] = [gatherEvidence(a), gatherEvidence(b)];
      expect(renderCompliance(evaluateCompliance(f, eb), { dir: 'x' })).toBe(renderCompliance(evaluateCompliance(f, ea), { dir: 'x' }));
      expect(complianceJson(evaluateCompliance(f, eb), eb, { dir: 'x' })).toBe(complianceJson(evaluateCompliance(f, ea), ea, { dir: 'x' }));
    }
  });

  it('prints the counts first, then the items, then the gaps with the folder named in their actions', () => {
    const text = renderCompliance(evaluateCompliance('eu-ai-act', gatherEvidence(input())), { dir: 'my-system' });
    const lines = text.split('\n');
    expect(lines.slice(3, 9).map((l) => l.split(/\s+/)[0])).toEqual(['status', ...complianceStatuses, 'total']);
    expect(text.indexOf('Gaps (')).toBeGreaterThan(text.indexOf('eu-ai-act:Art.15(4)'));
    expect(text).toMatch(/do {8}risk\.register: run `aisec risk list my-system`/);
    expect(text).not.toMatch(/\bDIR\b/);
  });
});

describe('parseFramework', () => {
  it('reads the three names and refuses anything else with the choices', () => {
    expect(frameworkIds.map((f) => parseFramework(f.toUpperCase()))).toEqual(frameworkIds);
    for (const bad of ['iso-27001', '', 'eu-ai-act ; rm -rf /', 42, null, { framework: 'eu-ai-act' }]) {
      try {
        parseFramework(bad);
        expect.unreachable(String(bad));
      } catch (error) {
        expect(isAisecError(error) && error.code).toBe('ERR_USAGE');
        expect((error as Error).message).toMatch(/choose one of eu-ai-act, nist-ai-rmf, iso-42001/);
      }
    }
  });

  it('never echoes more than a short, escaped part of a hostile name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (name) => {
        if (frameworkIds.includes(name.trim().toLowerCase() as never)) return;
        try {
          parseFramework(name);
          return false;
        } catch (error) {
          const message = (error as Error).message;
          return message.length < 200 && ![...message].some((ch) => ch.charCodeAt(0) < 0x20);
        }
      }),
    );
  });
});

describe('evidence kinds', () => {
  it('each says what it shows and how to obtain it', () => {
    for (const [kind, v] of Object.entries(evidenceKinds) as [EvidenceKind, { shows: string; obtain: string }][]) {
      expect(v.shows.length, kind).toBeGreaterThan(10);
      expect(v.obtain.length, kind).toBeGreaterThan(10);
    }
  });
});
