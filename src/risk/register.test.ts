import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFinding } from '../core/finding.js';
import { testBackends, type TestBackend } from '../store/test-support/backends.js';
import { buildRegister, type Risk } from './register.js';
import { acceptStoredRisk, checkAcceptance, previousOf, syncRegister } from './register-store.js';
import { levelOf } from './scoring.js';
import { buildThreatModel } from './threat-model.js';
import { noEvidence, type ObservedEndpoint, type RiskEvidence } from './evidence.js';
import { creditSystem } from './test-support/descriptors.js';

const now = new Date('2026-06-01T00:00:00Z');
const register = (d: unknown, evidence: RiskEvidence = noEvidence, previous?: Map<string, Pick<Risk, 'owner' | 'acceptance'>>): Risk[] =>
  buildRegister(buildThreatModel(d), d, { evidence, now, ...(previous ? { previous } : {}) });
const byKind = (risks: Risk[], kind: string): Risk => risks.find((r) => r.threat.kind === kind)!;

const gateway = (overrides: Partial<ObservedEndpoint> = {}): ObservedEndpoint => ({
  endpoint: 'api',
  source: 'gateway',
  auth: 'api-key',
  requestsPerMinute: 60,
  outputDetail: 'label',
  hardening: 'label-only',
  extractionMonitor: true,
  auditLog: true,
  guards: undefined,
  ...overrides,
});

describe('scoring', () => {
  it('maps scores to levels on the 5x5 scale', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(levelOf)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('scores impact from criticality, personal data, scale and automation', () => {
    expect(byKind(register(creditSystem()), 'model-extraction').impact.value).toBe(5); // credit 4 + personal data
    expect(byKind(register(creditSystem({ criticality: 'other', automation: 'advisory' })), 'model-extraction').impact.value).toBe(2); // 2 + 1 - 1
    const big = creditSystem({ criticality: 'content', automation: 'fully-automated', users: { scale: { peopleAffected: 1_000_000 } } });
    expect(byKind(register(big), 'model-extraction').impact.value).toBe(5); // 3 + 1 + 1 + 1 clamped
  });

  it('raises likelihood for a matching open finding and lowers it for a clean test', () => {
    const base = byKind(register(creditSystem()), 'model-extraction');
    const finding = completeFinding('deployment', 'endpoint:api', { rule: 'extraction-exposure', title: 't', severity: 'high', message: 'm', why: 'w', fix: 'f', taxonomy: { atlas: ['AML.T0024.002'], owasp: ['ML05:2023'] } });
    const raised = byKind(register(creditSystem(), { ...noEvidence, findings: [finding] }), 'model-extraction');
    expect(raised.likelihood.inherent).toBe(Math.min(5, base.likelihood.inherent + 1));
    expect(raised.findings).toEqual([finding.fingerprint]);
    const suppressed = { ...finding, suppression: { reason: 'r', owner: 'o', expiresAt: null, createdAt: now.toISOString() } };
    expect(byKind(register(creditSystem(), { ...noEvidence, findings: [suppressed] }), 'model-extraction').findings).toEqual([]);
    const evasion = byKind(register(creditSystem(), { ...noEvidence, evaluations: [{ kind: 'robustness', model: 'scorer', status: 'complete' }] }), 'evasion');
    expect(evasion.likelihood.inherent).toBe(byKind(register(creditSystem()), 'evasion').likelihood.inherent - 1);
    expect(evasion.controls.find((c) => c.id === 'controlAdversarialTrainingAndTesting')?.state).toBe('in-place');
  });
});

describe('controls', () => {
  it('shows a control declared in aisec.yaml as claimed, and as in place once a gateway enforces it', () => {
    const declared = creditSystem({ endpoints: [{ name: 'api', auth: 'api-key', rateLimit: 60, outputDetail: 'probabilities' }] });
    const claimed = byKind(register(declared, { ...noEvidence, endpoints: [{ ...gateway({ source: 'descriptor', outputDetail: 'probabilities', hardening: undefined }) }] }), 'model-extraction');
    expect(claimed.controls.find((c) => c.id === 'AML.M0004')).toMatchObject({ state: 'claimed' });
    expect(claimed.likelihood.residual).toBe(claimed.likelihood.inherent);
    const enforced = byKind(register(declared, { ...noEvidence, endpoints: [gateway()] }), 'model-extraction');
    expect(enforced.controls.find((c) => c.id === 'AML.M0004')).toMatchObject({ state: 'in-place', evidence: ['api: 60 requests per minute per caller (gateway configuration)'] });
    expect(enforced.likelihood.residual).toBe(Math.max(1, enforced.likelihood.inherent - 2));
    const none = byKind(register(declared), 'model-extraction');
    expect(none.controls.find((c) => c.id === 'AML.M0004')?.state).toBe('missing');
  });

  it('shows a signature as claimed when declared and in place when an assessment verified it', () => {
    const d = creditSystem({ models: [{ name: 'scorer', path: 'models/scorer.onnx', format: 'onnx', trainingData: ['train'], deployedAt: ['api'], signature: { publicKey: 'k.pem' } }] });
    expect(byKind(register(d), 'model-tampering').controls.find((c) => c.id === 'AML.M0014')?.state).toBe('claimed');
    const verified = completeFinding('signature', 'sys/models/scorer.onnx', { rule: 'signature-verified', title: 'Signature verified', severity: 'info', message: 'ok', evidence: { signed: 'models/scorer.onnx' }, why: 'w', fix: 'f' });
    expect(byKind(register(d, { ...noEvidence, findings: [verified] }), 'model-tampering').controls.find((c) => c.id === 'AML.M0014')?.state).toBe('in-place');
  });

  it('reads a control recorded in the store as claimed, never in place', () => {
    const r = byKind(register(creditSystem(), { ...noEvidence, claims: [{ id: 'controlRiskGovernance', status: 'implemented', note: 'committee' }] }), 'harmful-decisions');
    expect(r.controls.find((c) => c.id === 'controlRiskGovernance')).toMatchObject({ state: 'claimed' });
  });
});

describe('acceptance', () => {
  it('is refused without rationale, approver or expiry, or with an expiry in the past', () => {
    expect(() => checkAcceptance({ rationale: 'ok', expires: '2027-01-01' }, 'me', now)).toThrow(/approver/);
    expect(() => checkAcceptance({ rationale: 'ok', approver: 'CRO' }, 'me', now)).toThrow(/expiry/);
    expect(() => checkAcceptance({ approver: 'CRO', expires: '2027-01-01' }, 'me', now)).toThrow(/rationale/);
    expect(() => checkAcceptance({ rationale: 'ok', approver: 'CRO', expires: '2020-01-01' }, 'me', now)).toThrow(/has passed/);
    expect(() => checkAcceptance({ rationale: 'ok', approver: 'CRO', expires: '2035-01-01' }, 'me', now)).toThrow(/three years/);
    expect(() => checkAcceptance({ rationale: 'ok', approver: 'CRO', expires: 'soon' }, 'me', now)).toThrow(/date like/);
    expect(checkAcceptance({ rationale: 'ok', approver: 'CRO', expires: '2027-01-01' }, 'me', now)).toMatchObject({ approver: 'CRO', expiresAt: '2027-01-01T23:59:59.999Z', recordedBy: 'me' });
  });
});

describe('the register in the store', () => {
  let backends: TestBackend[] = [];
  beforeAll(async () => {
    backends = await testBackends();
  }, 60_000);
  afterAll(async () => {
    for (const b of backends) await b.dispose();
  });

  it('keeps risks by fingerprint across runs, records every change, accepts, lapses and retires', async () => {
    expect(backends.map((b) => b.name)).toContain('sqlite');
    for (const backend of backends) {
      const store = await (await backend.location()).open();
      try {
        const system = await store.upsertSystem('credit', null);
        const d = creditSystem();
        const first = register(d);
        expect(await syncRegister(store, system.id, first, { actor: 'alice', now })).toHaveLength(first.length);
        // Same descriptor again: same ids, nothing changed, nothing recorded.
        const stored = await store.listRegister(system.id);
        const again = buildRegister(buildThreatModel(d), d, { evidence: noEvidence, now, previous: previousOf(stored) });
        expect(again.map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort());
        expect(await syncRegister(store, system.id, again, { actor: 'alice', now })).toEqual([]);

        const extraction = byKind(first, 'model-extraction');
        await expect(acceptStoredRisk(store, system.id, extraction.id, { rationale: 'contract', approver: '' , expires: '2026-07-01' }, { actor: 'bob', now })).rejects.toMatchObject({ code: 'ERR_USAGE' });
        await expect(acceptStoredRisk(store, system.id, 'R-0000000000', { rationale: 'r', approver: 'a', expires: '2026-07-01' }, { actor: 'bob', now })).rejects.toMatchObject({ code: 'ERR_RISK_NOT_FOUND' });
        const accepted = await acceptStoredRisk(store, system.id, extraction.id, { rationale: 'partners under contract', approver: 'CRO', expires: '2026-07-01' }, { actor: 'bob', now });
        expect(accepted.status).toBe('accepted');

        // Still in force a week later: the register keeps the acceptance.
        const week = new Date('2026-06-08T00:00:00Z');
        const during = buildRegister(buildThreatModel(d), d, { evidence: noEvidence, now: week, previous: previousOf(await store.listRegister(system.id)) });
        expect(byKind(during, 'model-extraction')).toMatchObject({ status: 'accepted', acceptance: { approver: 'CRO' } });
        await syncRegister(store, system.id, during, { actor: 'alice', now: week });

        // After the expiry it lapses: open again, recorded once.
        const later = new Date('2026-07-02T00:00:00Z');
        const after = buildRegister(buildThreatModel(d), d, { evidence: noEvidence, now: later, previous: previousOf(await store.listRegister(system.id)) });
        expect(byKind(after, 'model-extraction')).toMatchObject({ status: 'open', acceptance: null, lapsedAcceptance: { approver: 'CRO' } });
        const lapsed = await syncRegister(store, system.id, after, { actor: 'alice', now: later });
        expect(lapsed.map((c) => c.event.action)).toEqual(['acceptance-lapsed']);

        // The endpoint goes label-only: the extraction risks are retired, their history kept.
        const labelOnly = creditSystem({ endpoints: [{ name: 'api', auth: 'api-key', outputDetail: 'label' }] });
        const retired = await syncRegister(store, system.id, buildRegister(buildThreatModel(labelOnly), labelOnly, { evidence: noEvidence, now: later, previous: previousOf(await store.listRegister(system.id)) }), { actor: 'alice', now: later });
        expect(retired.filter((c) => c.event.action === 'retired').map((c) => c.riskId).sort()).toEqual([extraction.id, byKind(first, 'membership-inference').id].sort());

        const history = await store.listRiskHistory(system.id, extraction.id);
        expect(history.map((e) => [e.seq, e.action, e.actor])).toEqual([
          [1, 'created', 'alice'],
          [2, 'accepted', 'bob'],
          [3, 'acceptance-lapsed', 'alice'],
          [4, 'retired', 'alice'],
        ]);
        expect(history[1]!.detail).toMatchObject({ approver: 'CRO', rationale: 'partners under contract' });
        // A retired risk cannot be accepted.
        await expect(acceptStoredRisk(store, system.id, extraction.id, { rationale: 'r', approver: 'a', expires: '2026-12-01' }, { actor: 'bob', now: later })).rejects.toMatchObject({ code: 'ERR_USAGE' });
      } finally {
        await store.close();
      }
    }
  }, 120_000);

  it('refuses to change the history rows', async () => {
    for (const backend of backends) {
      const location = await backend.location();
      const store = await location.open();
      try {
        const system = await store.upsertSystem('credit', null);
        await syncRegister(store, system.id, register(creditSystem()), { actor: 'alice', now });
      } finally {
        await store.close();
      }
      await expect(location.query("UPDATE risk_history SET actor = 'mallory'")).rejects.toThrow(/append-only/);
      await expect(location.query('DELETE FROM risk_history')).rejects.toThrow(/append-only/);
    }
  }, 60_000);
});
