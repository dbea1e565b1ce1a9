// An incident opened from the model-extraction playbook disables the model at a running
// gateway and revokes the key that queried it; the change shows in the gateway's answers, its
// audit log and the stores' audit trails. On SQLite and PostgreSQL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { issueApiKey, loadGatewayConfig, startGateway } from '../gateway/index.js';
import { openStore, type Store } from '../store/index.js';
import { testBackends } from '../store/test-support/backends.js';
import { classifierGatewayYaml, eventually } from '../../test/helpers/classifier-gateway.js';
import { startClassifierUpstream, type ClassifierUpstream } from '../../test/helpers/classifier-upstream.js';
import { actOnIncident, getIncident, openIncident } from './index.js';

const backends = await testBackends();
let up: ClassifierUpstream;
const dir = mkdtempSync(path.join(tmpdir(), 'aisec-incident-e2e-'));
beforeAll(async () => {
  up = await startClassifierUpstream();
});
afterAll(async () => {
  await up.close();
  for (const backend of backends) await backend.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(backends.map((b) => [b.name, b] as const))('incident against a running gateway (%s)', (_name, backend) => {
  it('disables the model and revokes the key for real, idempotently, with the audit trail', async () => {
    const caseDir = mkdtempSync(path.join(dir, `${backend.name}-`));
    const gatewayDb = backend.name === 'sqlite' ? path.join(caseDir, 'gateway.db') : (await backend.location()).where;
    const configFile = path.join(caseDir, 'gateway.yaml');
    writeFileSync(configFile, classifierGatewayYaml(up.url, gatewayDb, 'audit: { dir: audit-log, fsyncMs: 100 }\n'));
    const systemStore: Store = backend.name === 'sqlite' ? await openStore({ sqlitePath: path.join(caseDir, 'system.db') }) : await (await backend.location()).open();
    const loaded = await loadGatewayConfig(configFile);
    const gatewayStore = await openStore(backend.name === 'sqlite' ? { sqlitePath: gatewayDb } : { url: gatewayDb, sqlitePath: '' });
    const partner = await issueApiKey(gatewayStore, { owner: 'partner-a', scopes: ['model:credit-model'], expiresAt: null });
    const gw = await startGateway({ loaded, log: () => undefined });
    let closed = false;
    try {
      const predict = async (key = partner.key) => {
        const res = await fetch(`${gw.url}/predict/credit-model`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ p: [0.7, 0.2, 0.1] }) });
        return { status: res.status, body: (await res.json()) as { error?: { code?: string } } };
      };
      expect((await predict()).status).toBe(200);
      const incident = await openIncident(systemStore, { playbook: 'model-extraction', system: null, subjects: { model: 'credit-model', key: partner.record.id, gatewayConfig: configFile }, actor: 'test:ana' });

      // Destructive steps need confirmation.
      const refused = await actOnIncident(systemStore, incident.id, 'disable-model', { actor: 'test:ana', confirmed: false }).catch((e: unknown) => e);
      expect(isAisecError(refused, 'ERR_USAGE') && refused.message).toMatch(/--yes/);
      expect((await predict()).status).toBe(200);

      const acted = await actOnIncident(systemStore, incident.id, 'disable-model', { actor: 'test:ana', confirmed: true });
      expect(acted.entry).toMatchObject({ outcome: 'changed', step: 'disable-model', action: 'gateway.disable-model' });
      expect(acted.incident.status).toBe('contained');
      const refusedCall = await eventually(() => predict(), (r) => r.status === 503);
      expect(refusedCall).toMatchObject({ status: 503, body: { error: { code: 'ERR_MODEL_DISABLED' } } });

      // Acting again changes nothing at the gateway.
      const versionBefore = await gatewayStore.gatewayControlVersion();
      const again = await actOnIncident(systemStore, incident.id, 'disable-model', { actor: 'test:ana', confirmed: true });
      expect(again.entry.outcome).toBe('unchanged');
      expect(await gatewayStore.gatewayControlVersion()).toBe(versionBefore);

      const keysAnswer = await actOnIncident(systemStore, incident.id, 'keys-that-queried', { actor: 'test:ana', confirmed: false });
      expect(keysAnswer.entry.outcome).toBe('answered');
      expect(keysAnswer.entry.text).toContain(partner.record.id);

      const revoked = await actOnIncident(systemStore, incident.id, 'revoke-key', { actor: 'test:ana', confirmed: true });
      expect(revoked.entry.outcome).toBe('changed');
      expect((await gatewayStore.getApiKey(partner.record.id))?.revokedBy).toBe('test:ana');
      expect((await eventually(() => predict(), (r) => r.status === 401)).status).toBe(401);
      expect((await actOnIncident(systemStore, incident.id, 'revoke-key', { actor: 'test:ana', confirmed: true })).entry.outcome).toBe('unchanged');

      // The gateway store's audit trail has the control change, made by the incident's actor.
      const gatewayAudit = await gatewayStore.listAudit();
      expect(gatewayAudit.filter((e) => e.action === 'gateway.control')).toEqual([expect.objectContaining({ actor: 'test:ana', subject: 'gateway:model:credit-model', detail: expect.objectContaining({ state: 'disabled', reason: `incident ${incident.id}: disable-model` }) })]);
      // The system store's audit trail has the incident's acts, each on the timeline.
      const systemAudit = (await systemStore.listAudit()).filter((e) => e.subject === `incident:${incident.id}`);
      expect(systemAudit.map((e) => e.action)).toEqual(['incident.open', 'incident.act', 'incident.act', 'incident.act', 'incident.act', 'incident.act']);
      const stored = await getIncident(systemStore, incident.id);
      expect(stored.detail.timeline.map((t) => t.outcome ?? t.kind)).toEqual(['opened', 'changed', 'unchanged', 'answered', 'changed', 'unchanged']);

      // The gateway's own audit log recorded the control change it applied.
      await gw.close(1000);
      closed = true;
      const entries = readFileSync(path.join(caseDir, 'audit-log', 'entries.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line.slice(65)) as Record<string, unknown>);
      expect(entries.some((e) => e.kind === 'event' && e.type === 'control.changed' && (e.detail as { state?: string }).state === 'disabled')).toBe(true);
      expect(entries.some((e) => e.kind === 'request' && e.error === 'ERR_MODEL_DISABLED')).toBe(true);
    } finally {
      if (!closed) await gw.close(100);
      await gatewayStore.close();
      await systemStore.close();
    }
  });
});
