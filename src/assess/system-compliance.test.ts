import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { openStore } from '../store/index.js';
import { testBackends } from '../store/test-support/backends.js';
import { runAssessment } from './run-assessment.js';
import { systemCompliance } from './system-compliance.js';

const example = fileURLToPath(new URL('../../examples/credit-scoring/', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'aisec-compliance-'));
const assessed = path.join(root, 'credit-scoring');

function copyExample(to: string): void {
  cpSync(example, to, { recursive: true, filter: (src) => !src.split(path.sep).includes('.aisec') });
}

async function refused(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAisecError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  copyExample(assessed);
  await runAssessment({ dir: assessed, out: path.join(root, 'reports'), formats: ['json'], failOn: null, tests: 'none', sqlitePath: path.join(assessed, '.aisec', 'aisec.db') });
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { AISEC_DATABASE_URL: process.env.AISEC_DATABASE_URL };
beforeAll(() => {
  delete process.env.AISEC_DATABASE_URL;
});
afterAll(() => {
  if (env.AISEC_DATABASE_URL !== undefined) process.env.AISEC_DATABASE_URL = env.AISEC_DATABASE_URL;
});

describe('the credit-scoring example after an assessment (tests off)', () => {
  it('covers what its gateway, signed data and scans show, and names the gaps it was built with', async () => {
    const { result, evidence } = await systemCompliance({ dir: assessed, framework: 'eu-ai-act' });
    const status = (id: string, aspect: string | null = null) => result.items.find((i) => i.id === id && i.aspect === aspect)?.status;
    expect(result.assessment?.status).toBe('complete');
    expect(status('eu-ai-act:Art.12')).toBe('covered'); // gateway.yaml: audit.dir, behind the gateway
    expect(status('eu-ai-act:Art.15(5)', 'data poisoning')).toBe('covered'); // data/ signature verified, train scanned
    expect(status('eu-ai-act:Art.15(5)', 'model poisoning')).toBe('gap'); // legacy pickle with a dangerous import, model unsigned
    expect(status('eu-ai-act:Art.14')).toBe('claimed'); // automation: human-review, no review mode at the gateway
    expect(status('eu-ai-act:Art.11')).toBe('not-assessed');
    const confidentiality = result.items.find((i) => i.aspect === 'confidentiality attacks')!;
    expect(confidentiality.status).toBe('gap'); // probabilities, no limit, no monitor; tests were off
    expect(confidentiality.missing).toEqual(expect.arrayContaining(['gateway.output-hardening', 'gateway.extraction-monitor', 'test.extraction']));
    expect(confidentiality.actions.join('\n')).toMatch(/extraction\.monitor/);
    expect(evidence.observed.map((o) => o.kind)).toEqual(expect.arrayContaining(['data.manifest-verified', 'gateway.auth', 'gateway.audit-log', 'gateway.kill-switch', 'incident.playbooks', 'risk.register']));
    expect(evidence.observed.map((o) => o.kind)).not.toContain('model.scanned');
    expect(evidence.observed.map((o) => o.kind)).not.toContain('test.robustness');

    const nist = await systemCompliance({ dir: assessed, framework: 'nist-ai-rmf' });
    expect(nist.result.items.find((i) => i.id === 'MANAGE 2.4')?.status).toBe('covered');
    expect(nist.result.items.find((i) => i.id === 'MEASURE 2.7')?.status).toBe('gap');
    const iso = await systemCompliance({ dir: assessed, framework: 'iso-42001' });
    expect(iso.result.items.find((i) => i.id === 'iso-42001:A.7.5')?.status).toBe('covered');
    expect(iso.result.counts['not-assessed']).toBeGreaterThan(10);

    // Read-only and deterministic: a second roll-up is identical, and the store holds one assessment still.
    expect(JSON.stringify(await systemCompliance({ dir: assessed, framework: 'eu-ai-act' }))).toBe(JSON.stringify({ result, evidence }));
    const store = await openStore({ sqlitePath: path.join(assessed, '.aisec', 'aisec.db') });
    try {
      const system = await store.getSystem('credit-scoring');
      expect((await store.listAssessments(system!.id)).length).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('refuses a corrupt stored report with the assessment and the place of the problem', async () => {
    const copy = path.join(root, 'corrupt');
    cpSync(assessed, copy, { recursive: true });
    const db = new Database(path.join(copy, '.aisec', 'aisec.db'));
    try {
      db.prepare('UPDATE assessments SET report = ?').run(JSON.stringify({ finishedAt: '2026-01-01T00:00:00Z', findings: [{ ruleId: 5 }], targets: [] }));
      const wrongShape = await refused(systemCompliance({ dir: copy, framework: 'iso-42001' }));
      expect(wrongShape.code).toBe('ERR_STORE_CORRUPT');
      expect(wrongShape.message).toMatch(/stored report of assessment [0-9a-f-]+ cannot be read \(findings\[0\]\.ruleId: .*\)\. Run `aisec assess /);
      db.prepare('UPDATE assessments SET report = ?').run('{"findings": [');
      const notJson = await refused(systemCompliance({ dir: copy, framework: 'iso-42001' }));
      expect(notJson.code).toBe('ERR_STORE_CORRUPT');
    } finally {
      db.close();
    }
  });
});

describe('a system with nothing assessed', () => {
  it('is refused without a store, with the command that makes one', async () => {
    const fresh = path.join(root, 'fresh');
    copyExample(fresh);
    const error = await refused(systemCompliance({ dir: fresh, framework: 'eu-ai-act' }));
    expect(error.code).toBe('ERR_ASSET_NOT_FOUND');
    expect(error.message).toMatch(/was never assessed: there is no store at .*aisec\.db\. Run `aisec assess /);
  });

  it('with a store that never assessed it: nothing covered, gaps with actions', async () => {
    const empty = path.join(root, 'empty');
    copyExample(empty);
    const store = await openStore({ sqlitePath: path.join(empty, '.aisec', 'aisec.db') });
    await store.close();
    for (const framework of ['eu-ai-act', 'nist-ai-rmf', 'iso-42001']) {
      const { result, evidence } = await systemCompliance({ dir: empty, framework });
      expect(result.assessment).toBeNull();
      expect(result.items.filter((i) => i.status === 'covered').map((i) => i.id)).toEqual([]);
      expect(result.counts.gap).toBeGreaterThan(0);
      expect(evidence.observed).toEqual([]);
      expect(evidence.claims.map((c) => c.source)).toContain('gateway configuration (not yet assessed)');
    }
  });

  it('refuses an unknown framework and a folder without a descriptor', async () => {
    expect((await refused(systemCompliance({ dir: assessed, framework: 'sox' }))).code).toBe('ERR_USAGE');
    const bare = path.join(root, 'bare');
    mkdirSync(bare);
    writeFileSync(path.join(bare, 'notes.txt'), 'no descriptor here');
    expect((await refused(systemCompliance({ dir: bare, framework: 'eu-ai-act' }))).code).toBe('ERR_CONFIG_NOT_FOUND');
  });
});

describe('on every store backend', () => {
  it('reads controls people recorded as claims, never as evidence, through AISEC_DATABASE_URL or the SQLite file', async () => {
    const dir = path.join(root, 'backends');
    copyExample(dir);
    const backends = await testBackends();
    try {
      for (const backend of backends) {
        const location = await backend.location();
        const store = await location.open();
        try {
          const system = await store.upsertSystem('credit-scoring', null);
          await store.upsertControl({ id: 'AML.M0024', systemId: system.id, title: 'AI Telemetry Logging', status: 'implemented', evidence: { note: 'central SIEM' } });
        } finally {
          await store.close();
        }
        const options = backend.name === 'postgres' ? { databaseUrl: location.where } : {};
        if (backend.name === 'sqlite') {
          rmSync(path.join(dir, '.aisec'), { recursive: true, force: true });
          cpSync(path.dirname(location.where), path.join(dir, '.aisec'), { recursive: true });
        }
        const { result, evidence } = await systemCompliance({ dir, framework: 'eu-ai-act', ...options });
        expect(result.assessment, backend.name).toBeNull();
        expect(evidence.claims, backend.name).toContainEqual({ kind: 'gateway.audit-log', detail: 'AML.M0024 recorded as implemented: central SIEM', source: 'store (controls)' });
        expect(result.items.find((i) => i.id === 'eu-ai-act:Art.12')?.status, backend.name).toBe('claimed');
      }
    } finally {
      for (const backend of backends) await backend.dispose();
    }
  });
});
