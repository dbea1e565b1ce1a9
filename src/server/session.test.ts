// Signing in with a token gives an HttpOnly, SameSite=Strict session cookie; state-changing
// requests with the cookie need the server's own Origin; signing out, revoking the key or the
// session's expiry ends it.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionStore, maxSessions, sessionIdOf } from './sessions.js';
import { call, serveSeeded, tempRoot, type Json, type Served } from './test-support/fixture.js';

const root = tempRoot('session');
let s: Served;
let clock = Date.now();
beforeAll(async () => {
  s = await serveSeeded(root, { server: { sessionMs: 60_000, now: () => new Date(clock) } });
});
afterAll(async () => {
  await s.close();
  rmSync(root, { recursive: true, force: true });
});

async function login(token: string): Promise<{ cookie: string; setCookie: string; json: Json }> {
  const answer = await call(s.server, 'POST', '/api/v1/session', { body: { token } });
  expect(answer.status).toBe(201);
  const setCookie = answer.headers.get('set-cookie')!;
  return { cookie: setCookie.split(';')[0]!, setCookie, json: answer.json };
}

const origin = () => s.server.url;

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict cookie (not Secure on plain HTTP) whose session reads as the token did', async () => {
    const { cookie, setCookie, json } = await login(s.tokens.analyst);
    expect(setCookie).toMatch(/^aisec_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=60$/);
    expect(json).toMatchObject({ role: 'analyst', keyId: s.tokens.ids.analyst, owner: 'credit-analyst', systems: 'all' });
    const me = await call(s.server, 'GET', '/api/v1/session', { headers: { cookie } });
    expect(me.json).toMatchObject({ role: 'analyst', via: 'session' });
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect((await call(s.server, 'GET', '/api/v1/systems/credit/findings', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses a state-changing request with the cookie but without the server\'s Origin (CSRF), and lets it through with it', async () => {
    const { cookie } = await login(s.tokens.analyst);
    const path = `/api/v1/incidents/${s.seeded.incidentId}/notes`;
    for (const headers of [{ cookie }, { cookie, origin: 'https://evil.example' }, { cookie, origin: 'null' }, { cookie, origin: origin().replace('127.0.0.1', 'localhost') }] as Record<string, string>[]) {
      const refused = await call(s.server, 'POST', path, { headers, body: { text: 'from elsewhere' } });
      expect([refused.status, refused.json.error.code]).toEqual([403, 'ERR_AUTH_FORBIDDEN']);
      expect(refused.json.error.message).toMatch(/Origin/);
    }
    const before = (await call(s.server, 'GET', `/api/v1/incidents/${s.seeded.incidentId}`, { headers: { cookie } })).json.detail.timeline.length;
    const accepted = await call(s.server, 'POST', path, { headers: { cookie, origin: origin() }, body: { text: 'checked the logs' } });
    expect(accepted.status).toBe(201);
    const after = (await call(s.server, 'GET', `/api/v1/incidents/${s.seeded.incidentId}`, { headers: { cookie } })).json.detail.timeline;
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ kind: 'note', text: 'checked the logs', actor: `dashboard:credit-analyst (key ${s.tokens.ids.analyst})` });
    // Reads need no Origin; Bearer scripts need none either.
    expect((await call(s.server, 'POST', path, { token: s.tokens.analyst, body: { text: 'from a script' } })).status).toBe(201);
  });

  it('signing out ends the session and clears the cookie', async () => {
    const { cookie } = await login(s.tokens.viewer);
    const out = await call(s.server, 'DELETE', '/api/v1/session', { headers: { cookie, origin: origin() } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^aisec_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0$/);
    const after = await call(s.server, 'GET', '/api/v1/session', { headers: { cookie } });
    expect([after.status, after.json.error.code]).toEqual([401, 'ERR_AUTH_REQUIRED']);
  });

  it('revoking the key ends its sessions, whether revoked through the API or in the store', async () => {
    const { issueTokens } = await import('./test-support/fixture.js');
    const global = s.stores.keySources[0]!.store;
    const extra = await issueTokens(global, 'temp');
    const a = await login(extra.viewer);
    const b = await login(extra.analyst);
    const revoked = await call(s.server, 'POST', `/api/v1/keys/${extra.ids.viewer}/revoke`, { token: s.tokens.admin, body: { reason: 'left the team' } });
    expect(revoked.json).toMatchObject({ key: { id: extra.ids.viewer, state: 'revoked', revokeReason: 'left the team' }, sessionsEnded: 1 });
    expect((await call(s.server, 'GET', '/api/v1/session', { headers: { cookie: a.cookie } })).status).toBe(401);
    // Revoked with aisec keys revoke (the store), not through this server: refused on the next request.
    expect((await call(s.server, 'GET', '/api/v1/session', { headers: { cookie: b.cookie } })).status).toBe(200);
    await global.revokeApiKey(extra.ids.analyst, { by: 'cli:ops', reason: 'rotated' });
    expect((await call(s.server, 'GET', '/api/v1/session', { headers: { cookie: b.cookie } })).status).toBe(401);
  });

  it('a session ends at its expiry; a forged or unknown cookie is 401; a bad token cannot sign in', async () => {
    const { cookie } = await login(s.tokens.viewer);
    clock += 61_000;
    expect((await call(s.server, 'GET', '/api/v1/session', { headers: { cookie } })).status).toBe(401);
    for (const forged of ['aisec_session=' + 'A'.repeat(43), 'aisec_session=../../etc', 'aisec_session=' + 'x'.repeat(5000)]) {
      expect((await call(s.server, 'GET', '/api/v1/systems', { headers: { cookie: forged } })).status).toBe(401);
    }
    for (const token of [s.tokens.revoked, s.tokens.expired, 'aisec_nope']) {
      const refused = await call(s.server, 'POST', '/api/v1/session', { body: { token } });
      expect([refused.status, refused.json.error.code]).toEqual([401, 'ERR_AUTH_REQUIRED']);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
    const noRole = await call(s.server, 'POST', '/api/v1/session', { body: { token: s.tokens.noRole } });
    expect(noRole.status).toBe(403);
  });

  it('the session map is bounded and keeps digests, not ids', () => {
    const store = new SessionStore();
    const first = store.create({ keyId: 'k', source: 'global', expiresAtMs: Date.now() + 1000 });
    for (let i = 0; i < maxSessions; i++) store.create({ keyId: `k${i}`, source: 'global', expiresAtMs: Date.now() + 1000 });
    expect(store.size).toBe(maxSessions);
    expect(store.get(first, Date.now())).toBeUndefined();
    expect(sessionIdOf('a=1; aisec_session=abc; b=2')).toBe('abc');
    expect(sessionIdOf(undefined)).toBeUndefined();
  });
});

describe('sessions over TLS', () => {
  it('marks the cookie Secure and checks the https Origin', async () => {
    const { execFileSync } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { Agent } = await import('undici');
    const key = path.join(root, 'tls.key');
    const cert = path.join(root, 'tls.crt');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const { startServer } = await import('./server.js');
    const server = await startServer({ stores: s.stores, port: 0, webRoot: path.join(root, 'no-web'), tls: { key: readFileSync(key), cert: readFileSync(cert) } });
    const dispatcher = new Agent({ connect: { ca: readFileSync(cert) } });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const send = (method: string, p: string, headers: Record<string, string>, body?: unknown) =>
        fetch(`${server.url}${p}`, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body ? { body: JSON.stringify(body) } : {}), dispatcher } as unknown as RequestInit);
      const res = await send('POST', '/api/v1/session', {}, { token: s.tokens.analyst });
      const setCookie = res.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
      const cookie = setCookie.split(';')[0]!;
      const note = `/api/v1/incidents/${s.seeded.incidentId}/notes`;
      expect((await send('POST', note, { cookie, origin: server.url.replace('https', 'http') }, { text: 'x' })).status).toBe(403);
      expect((await send('POST', note, { cookie, origin: server.url }, { text: 'over TLS' })).status).toBe(201);
    } finally {
      await dispatcher.close();
      await server.close(100);
    }
  });
});
