// The main flows over real HTTP, on SQLite (a system store and a --keys store) and on
// PostgreSQL (one database): an analyst suppresses a finding and accepts a risk, reads them
// back filtered and paged, works an incident; what needs admin stays refused.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-support/backends.js';
import { call, serveSeeded, tempRoot } from './test-support/fixture.js';

const backends = await testBackends();
const roots: string[] = [];
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe.each(backends.map((b) => [b.name, b] as const))('aisec serve flows (%s)', (name, backend) => {
  it('an analyst suppresses a finding and accepts a risk; both are stored with the audit trail and read back', async () => {
    const databaseUrl = name === 'postgres' ? (await backend.location()).where : undefined;
    const root = tempRoot(`flows-${name}`);
    roots.push(root);
    const s = await serveSeeded(root, databaseUrl ? { databaseUrl } : {});
    try {
      const t = s.tokens.analyst;
      const sys = '/api/v1/systems/credit';
      // Filters and paging.
      const critical = await call(s.server, 'GET', `${sys}/findings?severity=critical,high&limit=1`, { token: t });
      expect(critical.json).toMatchObject({ total: 2, offset: 0, limit: 1 });
      expect(critical.json.findings[0].finding.severity).toBe('critical');
      expect((await call(s.server, 'GET', `${sys}/findings?severity=critical,high&limit=1&offset=1`, { token: t })).json.findings[0].finding.severity).toBe('high');
      expect((await call(s.server, 'GET', `${sys}/findings?text=TRAIN.CSV`, { token: t })).json.total).toBe(1);
      expect((await call(s.server, 'GET', `${sys}/findings?scanner=test-scanner`, { token: t })).json.total).toBe(3);
      expect((await call(s.server, 'GET', `${sys}/findings?scanner=pickle`, { token: t })).json.total).toBe(0);

      const id = s.seeded.findingIds[0]!;
      const suppressed = await call(s.server, 'POST', `${sys}/findings/${id}/suppress`, { token: t, body: { reason: 'sandboxed until Q3', expiresAt: '2099-01-01' } });
      expect(suppressed.status).toBe(200);
      expect(suppressed.json).toMatchObject({ id, expiresAt: '2099-01-01T00:00:00.000Z' });
      const open = await call(s.server, 'GET', `${sys}/findings?status=open`, { token: t });
      expect(open.json.findings.map((f: { finding: { id: string } }) => f.finding.id)).not.toContain(id);
      const sup = await call(s.server, 'GET', `${sys}/findings?status=suppressed`, { token: s.tokens.viewer });
      expect(sup.json.findings).toEqual([expect.objectContaining({ suppression: expect.objectContaining({ reason: 'sandboxed until Q3', owner: `dashboard:credit-analyst (key ${s.tokens.ids.analyst})` }) })]);

      // Acceptance: the same validation as aisec risk accept.
      const risk = s.seeded.riskId;
      const refused = await call(s.server, 'POST', `${sys}/risks/${risk}/accept`, { token: t, body: { rationale: 'contract caps queries' } });
      expect([refused.status, refused.json.error.code]).toEqual([400, 'ERR_USAGE']);
      expect(refused.json.error.message).toMatch(/an approver.*an expiry.*Nothing was recorded/);
      const accepted = await call(s.server, 'POST', `${sys}/risks/${risk}/accept`, { token: t, body: { rationale: 'contract caps queries', approver: 'Head of Credit Risk', expiresAt: '2027-03-31' } });
      expect(accepted.status).toBe(200);
      expect(accepted.json).toMatchObject({ id: risk, status: 'accepted', acceptance: { approver: 'Head of Credit Risk', rationale: 'contract caps queries', recordedBy: `dashboard:credit-analyst (key ${s.tokens.ids.analyst})` } });
      const risks = await call(s.server, 'GET', `${sys}/risks`, { token: s.tokens.viewer });
      expect(risks.json.risks.find((r: { id: string }) => r.id === risk)).toMatchObject({ status: 'accepted' });

      // The store has both, with their audit and history events.
      const system = await s.stores.system('credit');
      const row = (await system.store.getSystem('credit'))!;
      expect((await system.store.listAudit()).filter((e) => e.action === 'finding.suppress')).toEqual([expect.objectContaining({ actor: `dashboard:credit-analyst (key ${s.tokens.ids.analyst})` })]);
      expect((await system.store.listRiskHistory(row.id, risk)).at(-1)).toMatchObject({ action: 'accepted' });

      // Incidents: notes and analyst steps yes, steps that change the gateway need admin.
      const inc = `/api/v1/incidents/${s.seeded.incidentId}`;
      const shown = await call(s.server, 'GET', inc, { token: s.tokens.viewer });
      expect(shown.json).toMatchObject({ id: s.seeded.incidentId, system: 'credit', status: 'open' });
      expect(shown.json.steps.find((x: { step: string }) => x.step === 'disable-model')).toMatchObject({ gateway: true, role: 'admin' });
      expect((await call(s.server, 'POST', `${inc}/notes`, { token: t, body: { text: 'partner confirmed' } })).status).toBe(201);
      const lineageStep = await call(s.server, 'POST', `${inc}/act`, { token: t, body: { step: 'endpoints-serving' } });
      expect(lineageStep.status).toBe(200);
      expect(lineageStep.json.entry).toMatchObject({ outcome: 'answered', actor: `dashboard:credit-analyst (key ${s.tokens.ids.analyst})` });
      const gatewayStep = await call(s.server, 'POST', `${inc}/act`, { token: t, body: { step: 'disable-model', confirmed: true } });
      expect([gatewayStep.status, gatewayStep.json.error.code]).toEqual([403, 'ERR_AUTH_FORBIDDEN']);
      const unconfirmed = await call(s.server, 'POST', `${inc}/act`, { token: s.tokens.admin, body: { step: 'disable-model' } });
      expect([unconfirmed.status, unconfirmed.json.error.code]).toEqual([400, 'ERR_USAGE']);
      const closed = await call(s.server, 'POST', `${inc}/close`, { token: t, body: { resolution: 'contained at the partner' } });
      expect(closed.json.status).toBe('resolved');
      expect((await call(s.server, 'GET', '/api/v1/systems', { token: t })).json.systems[0].openIncidents).toBe(0);

      // Keys: listed without digests or secrets.
      const keys = await call(s.server, 'GET', '/api/v1/keys?all=true', { token: s.tokens.admin });
      expect(keys.json.keys.map((k: { state: string; role: string | null }) => `${k.role}:${k.state}`).sort()).toEqual(['admin:active', 'admin:expired', 'admin:revoked', 'analyst:active', 'null:active', 'viewer:active']);
      expect(JSON.stringify(keys.json)).not.toMatch(/digest|aisec_[a-z2-7]{12}_/);
    } finally {
      await s.close();
    }
  });
});
