// Hostile requests get a clear error with a stable code and never change what is stored: huge
// and deeply nested bodies, wrong types, bad ids, path tricks, unknown routes, wrong content
// types. Every answer carries the security headers.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from './server.js';
import { call, raw, serveSeeded, tempRoot, type Json, type Served } from './test-support/fixture.js';

const root = tempRoot('hostile');
let s: Served;
beforeAll(async () => {
  s = await serveSeeded(root);
});
afterAll(async () => {
  await s.close();
  rmSync(root, { recursive: true, force: true });
});

/** Everything a refused request could have changed. */
async function snapshot(): Promise<string> {
  const system = await s.stores.system('credit');
  const row = (await system.store.getSystem('credit'))!;
  const findings = await system.store.listFindings(row.id);
  const keys = await s.stores.keySources[0]!.store.listApiKeys({ includeRevoked: true });
  return JSON.stringify({
    findings: findings.map((f) => [f.finding.fingerprint, f.suppression]),
    register: (await system.store.listRegister(row.id)).map((e) => [e.riskId, e.status]),
    incidents: (await system.store.listIncidents()).map((i) => [i.id, i.status, (i.detail as { timeline: unknown[] }).timeline.length]),
    keys: keys.map((k) => [k.id, k.revokedAt]),
    audit: (await system.store.listAudit()).length,
  });
}

describe('hostile input', () => {
  it('refuses bad requests with named errors and changes nothing stored', async () => {
    const before = await snapshot();
    const auth = { authorization: `Bearer ${s.tokens.admin}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const f = s.seeded.findingIds[0]!;
    const suppress = `/api/v1/systems/credit/findings/${f}/suppress`;
    const accept = `/api/v1/systems/credit/risks/${s.seeded.riskId}/accept`;
    const cases: [string, Promise<{ status: number; json: Json }>, number, string, RegExp?][] = [
      ['huge body', raw(s.server, 'POST', suppress, json, `{"reason":"${'x'.repeat(maxBodyBytes)}"}`), 413, 'ERR_REQUEST_TOO_LARGE'],
      ['huge declared length', raw(s.server, 'POST', suppress, { ...json, 'content-length': String(50 * 1024 * 1024) }, '{}'), 413, 'ERR_REQUEST_TOO_LARGE'],
      ['deep JSON', raw(s.server, 'POST', suppress, json, '['.repeat(5000) + ']'.repeat(5000)), 400, 'ERR_USAGE', /nests deeper/],
      ['truncated JSON', raw(s.server, 'POST', suppress, json, '{"reason": "x'), 400, 'ERR_USAGE', /not valid JSON/],
      ['array body', raw(s.server, 'POST', suppress, json, '[1,2]'), 400, 'ERR_USAGE', /JSON object/],
      ['wrong type', raw(s.server, 'POST', suppress, json, '{"reason": 42}'), 400, 'ERR_USAGE', /body\.reason/],
      ['unknown field', raw(s.server, 'POST', suppress, json, '{"reason": "r", "owner": "someone else"}'), 400, 'ERR_USAGE', /body/],
      ['form body', raw(s.server, 'POST', suppress, { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, 'reason=x'), 400, 'ERR_USAGE', /application\/json/],
      ['past expiry', raw(s.server, 'POST', suppress, json, '{"reason": "r", "expiresAt": "2001-01-01"}'), 400, 'ERR_USAGE', /future/],
      ['bad finding id', raw(s.server, 'POST', '/api/v1/systems/credit/findings/f-xyz/suppress', json, '{"reason":"r"}'), 400, 'ERR_USAGE', /finding/],
      ['unknown finding', raw(s.server, 'POST', `/api/v1/systems/credit/findings/f-000000000000/suppress`, json, '{"reason":"r"}'), 404, 'ERR_FINDING_NOT_FOUND'],
      ['acceptance without approver', raw(s.server, 'POST', accept, json, '{"rationale": "r", "expiresAt": "2027-01-01"}'), 400, 'ERR_USAGE', /approver/],
      ['acceptance wrong type', raw(s.server, 'POST', accept, json, '{"rationale": ["r"], "approver": "a", "expiresAt": "2027-01-01"}'), 400, 'ERR_USAGE', /body\.rationale/],
      ['unknown risk', raw(s.server, 'POST', '/api/v1/systems/credit/risks/R-0000000000/accept', json, '{"rationale":"r","approver":"a","expiresAt":"2027-01-01"}'), 404, 'ERR_RISK_NOT_FOUND'],
      ['bad risk id', raw(s.server, 'POST', '/api/v1/systems/credit/risks/..%2f..%2fetc/accept', json, '{}'), 400, 'ERR_USAGE'],
      ['dot-dot segment', raw(s.server, 'GET', '/api/v1/systems/../keys', auth), 400, 'ERR_USAGE', /"\.\." segment/],
      ['encoded dot-dot', raw(s.server, 'GET', '/api/v1/systems/%2e%2e/findings', auth), 400, 'ERR_USAGE', /"\.\." segment/],
      ['encoded slash', raw(s.server, 'GET', '/api/v1/systems/credit%2f..%2f..%2fetc/findings', auth), 400, 'ERR_USAGE', /slashes/],
      ['control character', raw(s.server, 'GET', '/api/v1/systems/cr%00edit/findings', auth), 400, 'ERR_USAGE'],
      ['bad encoding', raw(s.server, 'GET', '/api/v1/systems/%E0%A4%A/findings', auth), 400, 'ERR_USAGE', /percent-encoding/],
      ['long parameter', raw(s.server, 'GET', `/api/v1/systems/${'a'.repeat(300)}/findings`, auth), 400, 'ERR_USAGE'],
      ['long path', raw(s.server, 'GET', `/api/v1/${'a/'.repeat(2000)}`, auth), 400, 'ERR_USAGE'],
      ['unknown system', raw(s.server, 'GET', '/api/v1/systems/other/findings', auth), 404, 'ERR_ASSET_NOT_FOUND', /"credit"/],
      ['unknown route', raw(s.server, 'GET', '/api/v1/secrets', auth), 404, 'ERR_ROUTE_NOT_FOUND', /GET \/api\/v1\/secrets/],
      ['wrong method', raw(s.server, 'PUT', '/api/v1/systems', auth), 404, 'ERR_ROUTE_NOT_FOUND', /answers GET, not PUT/],
      ['bad assessment id', raw(s.server, 'GET', '/api/v1/systems/credit/assessments/a;b', auth), 400, 'ERR_USAGE'],
      ['unknown assessment', raw(s.server, 'GET', '/api/v1/systems/credit/assessments/nope', auth), 404, 'ERR_ASSET_NOT_FOUND'],
      ['bad incident id', raw(s.server, 'GET', '/api/v1/incidents/INC-1', auth), 400, 'ERR_USAGE'],
      ['unknown incident', raw(s.server, 'GET', '/api/v1/incidents/inc-zzzz', auth), 404, 'ERR_INCIDENT_NOT_FOUND'],
      ['unknown step', raw(s.server, 'POST', `/api/v1/incidents/${s.seeded.incidentId}/act`, json, '{"step":"format-disk"}'), 400, 'ERR_USAGE', /no step/],
      ['evidence file on the server', raw(s.server, 'POST', `/api/v1/incidents/${s.seeded.incidentId}/act`, json, '{"step":"export-audit"}'), 400, 'ERR_USAGE', /--out/],
      ['bad key id', raw(s.server, 'POST', '/api/v1/keys/..%2F/revoke', json, '{}'), 400, 'ERR_USAGE'],
      ['unknown key', raw(s.server, 'POST', '/api/v1/keys/aaaaaaaaaaaa/revoke', json, '{}'), 404, 'ERR_ASSET_NOT_FOUND'],
      ['bad limit', raw(s.server, 'GET', '/api/v1/systems/credit/findings?limit=1e9', auth), 400, 'ERR_USAGE', /limit/],
      ['bad severity', raw(s.server, 'GET', '/api/v1/systems/credit/findings?severity=urgent', auth), 400, 'ERR_USAGE', /severity/],
      ['long text filter', raw(s.server, 'GET', `/api/v1/systems/credit/findings?text=${'x'.repeat(500)}`, auth), 400, 'ERR_USAGE'],
      ['gateway not configured', raw(s.server, 'GET', '/api/v1/gateway/controls', auth), 404, 'ERR_CONFIG_NOT_FOUND', /--gateway-config/],
      ['two credentials', raw(s.server, 'GET', '/api/v1/systems', { ...auth, 'x-api-key': s.tokens.viewer }), 401, 'ERR_AUTH_REQUIRED'],
      ['basic auth', raw(s.server, 'GET', '/api/v1/systems', { authorization: 'Basic YTpi' }), 401, 'ERR_AUTH_REQUIRED'],
      ['static dot-dot', raw(s.server, 'GET', '/%2e%2e/%2e%2e/etc/passwd'), 400, 'ERR_USAGE'],
      ['static unknown', raw(s.server, 'GET', '/assets/app.js'), 404, 'ERR_ROUTE_NOT_FOUND', /not built/],
      ['static post', raw(s.server, 'POST', '/index.html', {}, '{}'), 404, 'ERR_ROUTE_NOT_FOUND'],
    ];
    const problems: string[] = [];
    for (const [name, pending, status, code, message] of cases) {
      const answer = await pending;
      const error = answer.json?.error;
      if (answer.status !== status || error?.code !== code || (message && !message.test(error.message))) problems.push(`${name}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
    expect(await snapshot()).toBe(before);
    // The server still answers after all of it.
    expect((await call(s.server, 'GET', '/api/v1/health')).json.status).toBe('ok');
  });

  it('every answer carries the security headers; API answers are not cached', async () => {
    for (const path of ['/api/v1/health', '/api/v1/nope', '/']) {
      const answer = await raw(s.server, 'GET', path);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['cache-control'], path).toBe('no-store');
    }
  });

  it('answers / with a page saying the dashboard is not built and how to build it', async () => {
    const res = await fetch(`${s.server.url}/`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toMatch(/dashboard is not built[\s\S]*npm run build:web[\s\S]*dist\/web/);
  });
});
