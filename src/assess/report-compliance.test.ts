import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportV1Schema, type ReportV1 } from '../report/index.js';
import { buildRegister, buildThreatModel, noEvidence, type RiskAcceptance } from '../risk/index.js';
import { reportedGaps } from './report-compliance.js';
import { reportRiskOf, storedRiskOf } from './risk-register.js';
import { runAssessment } from './run-assessment.js';
import { systemCompliance } from './system-compliance.js';

const example = fileURLToPath(new URL('../../examples/credit-scoring/', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'aisec-report-compliance-'));
const dir = path.join(root, 'credit-scoring');
const env = { AISEC_DATABASE_URL: process.env.AISEC_DATABASE_URL };
let report: ReportV1;

beforeAll(async () => {
  delete process.env.AISEC_DATABASE_URL;
  cpSync(example, dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('.aisec') });
  report = (await runAssessment({ dir, failOn: null, tests: 'none', sqlitePath: path.join(dir, '.aisec', 'aisec.db') })).report;
}, 240_000);

afterAll(() => {
  if (env.AISEC_DATABASE_URL !== undefined) process.env.AISEC_DATABASE_URL = env.AISEC_DATABASE_URL;
  rmSync(root, { recursive: true, force: true });
});

describe('compliance in the assessment report', () => {
  it('holds every framework with the counts `aisec risk compliance` gives for the stored run', async () => {
    expect(ReportV1Schema.parse(report)).toEqual(report);
    expect(report.compliance?.map((c) => c.framework)).toEqual(['eu-ai-act', 'nist-ai-rmf', 'iso-42001']);
    for (const summary of report.compliance!) {
      const { result } = await systemCompliance({ dir, framework: summary.framework });
      const counts = { covered: result.counts.covered, claimed: result.counts.claimed, gap: result.counts.gap, notAssessed: result.counts['not-assessed'] };
      expect(summary.counts, summary.framework).toEqual(counts);
      const gaps = result.items.filter((i) => i.status === 'gap').slice(0, reportedGaps);
      expect(summary.gaps.map((g) => [g.id, g.aspect]), summary.framework).toEqual(gaps.map((g) => [g.id, g.aspect]));
    }
  });

  it('says what each gap lacks in plain words and what closes it', () => {
    const eu = report.compliance!.find((c) => c.framework === 'eu-ai-act')!;
    expect(eu.gaps.length).toBeLessThanOrEqual(reportedGaps);
    expect(eu.gaps[0]).toMatchObject({ id: 'eu-ai-act:Art.9', title: 'Risk management system', aspect: null });
    const modelPoisoning = eu.gaps.find((g) => g.aspect === 'model poisoning')!;
    expect(modelPoisoning.missing).toContain('a model signature (OpenSSF model signing) was verified by an assessment');
    expect(modelPoisoning.todo).toMatch(/`aisec sign /);
    // Nothing covered by a claim: human oversight is claimed (automation: human-review), not a gap.
    expect(eu.gaps.map((g) => g.id)).not.toContain('eu-ai-act:Art.14');
  });

  it('gives each risk its meaning, owner, status and controls by state', () => {
    expect(report.risks.length).toBeGreaterThan(0);
    for (const r of report.risks) {
      expect(r.meaning, r.id).toMatch(/\w.*; .*\.$/);
      expect(r.owner).toBe('Retail Credit Risk');
      expect(r.status).toBe('open');
      expect(r.acceptance).toBeNull();
      const all = [...r.controls, ...(r.controlsClaimed ?? []), ...(r.controlsMissing ?? [])];
      expect(new Set(all).size, r.id).toBe(all.length);
      expect(Object.keys(r.controlTitles ?? {}).sort(), r.id).toEqual([...all].sort());
    }
    const extraction = report.risks.find((r) => r.title === 'Model extraction: model credit-model')!;
    expect(extraction.asset).toEqual({ kind: 'model', name: 'credit-model' });
    expect(extraction.meaning).toMatch(/copy of the model/);
    expect(extraction.controlsMissing).toContain('AML.M0004');
  });
});

describe('reportRiskOf', () => {
  const descriptor = {
    name: 'credit',
    owner: 'Risk Team',
    purpose: 'Score applicants.',
    criticality: 'credit',
    automation: 'human-review',
    exposure: 'public',
    models: [{ name: 'scorer', path: 'models/scorer.onnx', format: 'onnx', trainingData: ['train'], deployedAt: ['api'] }],
    datasets: [{ name: 'train', path: 'data/train.csv', role: 'train', source: 'third-party', personalData: true }],
    endpoints: [{ name: 'api', url: 'https://x.example/score', auth: 'api-key', outputDetail: 'probabilities' }],
    llm: [],
  };
  const now = new Date('2026-11-25T10:00:00Z');

  it('reports an acceptance in force with approver, reason and expiry, and the inherent level', () => {
    const [first] = buildRegister(buildThreatModel(descriptor), descriptor, { evidence: noEvidence, now });
    const acceptance: RiskAcceptance = { rationale: 'Partner network only until the gateway is live', approver: 'cro@bank.example', expiresAt: '2027-03-01T00:00:00.000Z', acceptedAt: '2026-11-20T00:00:00.000Z', recordedBy: 'ana' };
    const [accepted] = buildRegister(buildThreatModel(descriptor), descriptor, { evidence: noEvidence, now, previous: new Map([[first!.fingerprint, { owner: 'Model Risk', acceptance }]]) });
    const r = reportRiskOf(accepted!);
    expect(r).toMatchObject({ status: 'accepted', owner: 'Model Risk', acceptance: { by: 'cro@bank.example', reason: 'Partner network only until the gateway is live', expiresAt: '2027-03-01T00:00:00.000Z' } });
    expect(r.inherentLevel).toBe(accepted!.inherent.level);
    // The store keeps its own shape: no report-only fields.
    expect(Object.keys(storedRiskOf(accepted!)).sort()).toEqual(['acceptance', 'controls', 'findings', 'id', 'impact', 'level', 'likelihood', 'status', 'taxonomy', 'title']);
  });

  it('reports a lapsed acceptance as none: the risk is open again', () => {
    const [first] = buildRegister(buildThreatModel(descriptor), descriptor, { evidence: noEvidence, now });
    const lapsed: RiskAcceptance = { rationale: 'old', approver: 'cro@bank.example', expiresAt: '2026-01-01T00:00:00.000Z', acceptedAt: '2025-11-20T00:00:00.000Z', recordedBy: 'ana' };
    const [risk] = buildRegister(buildThreatModel(descriptor), descriptor, { evidence: noEvidence, now, previous: new Map([[first!.fingerprint, { owner: 'Model Risk', acceptance: lapsed }]]) });
    expect(reportRiskOf(risk!)).toMatchObject({ status: 'open', acceptance: null });
  });
});
