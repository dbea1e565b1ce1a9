// Every route of the table, called with each role's token: refused with 403 ERR_AUTH_FORBIDDEN
// exactly when the role is below the route's, and never with 401/403 otherwise; missing,
// expired and revoked tokens get 401 everywhere, a key without a role scope 403.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRoles, roleAllows, roleOfScopes, type Role } from './roles.js';
import { apiRoutes, type ApiRoute } from './route-table.js';
import { call, serveSeeded, tempRoot, type Served } from './test-support/fixture.js';

const root = tempRoot('roles');
let s: Served;
beforeAll(async () => {
  s = await serveSeeded(root);
});
afterAll(async () => {
  await s.close();
  rmSync(root, { recursive: true, force: true });
});

/** The route's path with real parameters, and a body every handler refuses after the role check (so the walk changes nothing). */
function request(route: ApiRoute): { path: string; body?: unknown } {
  const values: Record<string, string> = { system: 'credit', assessment: s.seeded.assessmentId, finding: s.seeded.findingIds[0]!, risk: s.seeded.riskId, incident: s.seeded.incidentId, model: 'credit-model', key: s.tokens.ids.viewer };
  const path = route.path.replace(/:([a-z]+)/g, (_, name: string) => encodeURIComponent(values[name]!));
  return route.method === 'POST' ? { path, body: { notAField: true } } : { path };
}

describe('roles', () => {
  it('reads the strongest role scope of a key, and none from gateway scopes', () => {
    expect(roleOfScopes(['role:viewer', 'role:admin', 'route:chat'])).toBe('admin');
    expect(roleOfScopes(['role:analyst'])).toBe('analyst');
    expect(roleOfScopes(['*', 'admin', 'role:root', 42])).toBeUndefined();
    expect(roleAllows('admin', 'viewer') && roleAllows('analyst', 'analyst') && !roleAllows('viewer', 'analyst') && !roleAllows('analyst', 'admin')).toBe(true);
  });

  it('the table names each method and path once, and every route but health and sign-in needs a role', () => {
    const keys = apiRoutes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(apiRoutes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/health', 'POST /api/v1/session']);
  });

  it('docs/dashboard.md lists every route with its role, in the table\'s order', () => {
    const doc = readFileSync(new URL('../../docs/dashboard.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- routes:start -->'), doc.indexOf('<!-- routes:end -->'));
    const rows = [...table.matchAll(/^\| (GET|POST|DELETE) \| `([^`]+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toEqual(apiRoutes.map((r) => `${r.method} ${r.path} ${r.access}`));
  });

  for (const role of dashboardRoles) {
    it(`walks the whole table as ${role}: allowed routes pass the role check, the others are 403`, async () => {
      const outcomes: string[] = [];
      for (const route of apiRoutes) {
        const { path, body } = request(route);
        const answer = await call(s.server, route.method, path, { token: s.tokens[role as Role], ...(body ? { body } : {}) });
        const allowed = route.access === 'public' || roleAllows(role, route.access);
        if (allowed) {
          if (answer.status === 401 || answer.status === 403) outcomes.push(`${route.method} ${route.path}: ${answer.status} ${JSON.stringify(answer.json)}`);
        } else if (answer.status !== 403 || answer.json.error.code !== 'ERR_AUTH_FORBIDDEN' || !answer.json.error.message.includes(`needs the ${route.access} role`)) {
          outcomes.push(`${route.method} ${route.path}: expected 403, got ${answer.status}`);
        }
      }
      expect(outcomes).toEqual([]);
    });
  }

  it('allowed calls really answer: a viewer reads systems, findings, risks, incidents, lineage', async () => {
    const t = s.tokens.viewer;
    const systems = await call(s.server, 'GET', '/api/v1/systems', { token: t });
    expect(systems.status).toBe(200);
    expect(systems.json.systems).toEqual([expect.objectContaining({ name: 'credit', latest: expect.objectContaining({ id: s.seeded.assessmentId, counts: expect.objectContaining({ critical: 1, high: 1, low: 1 }), exitCode: 1 }), openIncidents: 1 })]);
    expect((await call(s.server, 'GET', '/api/v1/systems/credit/findings', { token: t })).json.total).toBe(3);
    expect((await call(s.server, 'GET', '/api/v1/systems/credit/risks', { token: t })).json.risks.length).toBeGreaterThan(0);
    expect((await call(s.server, 'GET', '/api/v1/incidents', { token: t })).json.incidents.map((i: { id: string }) => i.id)).toEqual([s.seeded.incidentId]);
    const lineage = await call(s.server, 'GET', '/api/v1/systems/credit/lineage', { token: t });
    expect(lineage.json.lineage).toEqual([{ dataset: 'train', model: 'credit-model', endpoints: ['scoring-api'], gateways: [] }]);
    const report = await call(s.server, 'GET', `/api/v1/systems/credit/assessments/${s.seeded.assessmentId}`, { token: t });
    expect(report.json.schema).toBe('aisec.report/v1');
  });

  it('without a token every non-public route is 401; public ones answer', async () => {
    for (const route of apiRoutes) {
      const { path, body } = request(route);
      const answer = await call(s.server, route.method, path, body ? { body } : {});
      if (route.access === 'public') expect(answer.status, `${route.method} ${route.path}`).not.toBe(401);
      else expect([answer.status, answer.json.error?.code], `${route.method} ${route.path}`).toEqual([401, 'ERR_AUTH_REQUIRED']);
    }
  });

  it('an expired, a revoked, a wrong-secret or a malformed token is 401 with one message; a key without a role is 403', async () => {
    const wrongSecret = s.tokens.admin.slice(0, -4) + (s.tokens.admin.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const messages = new Set<string>();
    for (const token of [s.tokens.expired, s.tokens.revoked, wrongSecret, 'aisec_zzzzzzzzzzzz_' + 'A'.repeat(43), 'not-a-key']) {
      const answer = await call(s.server, 'GET', '/api/v1/systems', { token });
      expect(answer.status).toBe(401);
      expect(answer.json.error.code).toBe('ERR_AUTH_REQUIRED');
      messages.add(answer.json.error.message);
    }
    expect(messages.size).toBe(1);
    const noRole = await call(s.server, 'GET', '/api/v1/systems', { token: s.tokens.noRole });
    expect([noRole.status, noRole.json.error.code]).toEqual([403, 'ERR_AUTH_FORBIDDEN']);
    expect(noRole.json.error.message).toMatch(/--scope role:viewer/);
  });

  it('a token from a system\'s own store opens that system only, not the server-wide routes', async () => {
    const { issueTokens } = await import('./test-support/fixture.js');
    const local = await issueTokens((await s.stores.system('credit')).store, 'local');
    expect((await call(s.server, 'GET', '/api/v1/systems/credit/findings', { token: local.viewer })).status).toBe(200);
    expect((await call(s.server, 'GET', '/api/v1/systems', { token: local.viewer })).json.systems.map((x: { name: string }) => x.name)).toEqual(['credit']);
    const keys = await call(s.server, 'GET', '/api/v1/keys', { token: local.admin });
    expect([keys.status, keys.json.error.code]).toEqual([403, 'ERR_AUTH_FORBIDDEN']);
    expect(keys.json.error.message).toMatch(/--keys store/);
  });
});
