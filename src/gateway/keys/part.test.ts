import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../config/load.js';
import type { GatewayEvent } from '../pipeline/part.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { startTestUpstream, type TestUpstream } from '../test-support/upstream.js';
import type { Store } from '../../store/index.js';
import { testBackends, type TestLocation } from '../../store/test-support/backends.js';
import { authRequiredMessage } from './authenticator.js';
import { issueApiKey } from './issue.js';

// The keys part over real HTTP on loopback, against the store on every backend (SQLite always,
// PostgreSQL when reachable; required in CI).
const backends = await testBackends();
const dir = mkdtempSync(path.join(tmpdir(), 'aisec-keys-part-'));
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

let n = 0;
function configText(upstreamUrl: string, database: string, auth: string): string {
  return `
listen: { port: 0 }
upstreams:
  - name: llm
    url: ${upstreamUrl}/v1
    timeouts: { connectMs: 500, headersMs: 2000, bodyMs: 2000 }
routes:
  - id: chat
    kind: openai
    upstream: llm
    endpoints: [chat/completions, models]
    models: [small, big]
  - id: embed
    kind: openai
    upstream: llm
    endpoints: [embeddings]
  - id: sum
    kind: predict
    model: sum
    upstream: llm
    path: /predict
    request: { from: /inputs, to: /instances }
state: { database: ${JSON.stringify(database)} }
auth: ${auth}
`;
}

interface Setup {
  gw: Gateway;
  up: TestUpstream;
  store: Store;
  logs: string[];
  events: GatewayEvent[];
  key(scopes: string[], extra?: { expiresAt?: string | null; owner?: string }): Promise<{ key: string; id: string }>;
}

async function setup(location: TestLocation, auth = '{ refreshMs: 100 }'): Promise<Setup> {
  const up = await startTestUpstream();
  cleanups.push(() => up.close());
  const store = await location.open();
  cleanups.push(() => store.close());
  const file = path.join(dir, `gateway-${++n}.yaml`);
  const text = configText(up.url, location.where, auth);
  writeFileSync(file, text);
  const logs: string[] = [];
  const events: GatewayEvent[] = [];
  // A key made after the start reaches the gateway with its next refresh; wait for that.
  const key = async (scopes: string[], extra: { expiresAt?: string | null; owner?: string } = {}) => {
    const issued = await issueApiKey(store, { owner: extra.owner ?? 'team-a', scopes, expiresAt: extra.expiresAt ?? null });
    await eventually(async () => ((gw.parts.find((p) => p.id === 'keys')!.health!().detail.keys as { version: number }).version >= issued.record.version));
    return { key: issued.key, id: issued.record.id };
  };
  // Keys made before the start are read at start; later ones by the refresh.
  const gw: Gateway = await startGateway({
    loaded: parseGatewayConfig(file, text),
    log: (line) => {
      logs.push(line);
      const m = /^gateway: event (.*)$/.exec(line);
      if (m) events.push(JSON.parse(m[1]!) as GatewayEvent);
    },
  });
  cleanups.push(() => gw.close(100));
  return { gw, up, store, logs, events, key };
}

interface Reply {
  status: number;
  body: string;
}

async function call(gw: Gateway, pathName: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> {
  const res = await request(`${gw.url}${pathName}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.statusCode, body: await res.body.text() };
}

const chat = (model = 'small') => ({ model, messages: [{ role: 'user', content: 'hi' }] });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Poll until `check` passes (at most `ms`). */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

for (const backend of backends) {
  describe(`keys part (${backend.name})`, () => {
    it('lets a valid key through (Bearer and x-api-key) to the upstream, without forwarding the key', async () => {
      const s = await setup(await backend.location());
      const { key } = await s.key(['route:chat']);
      const viaBearer = await call(s.gw, '/v1/chat/completions', bearer(key), chat());
      expect(viaBearer.status).toBe(200);
      const viaHeader = await call(s.gw, '/v1/chat/completions', { 'x-api-key': key }, chat());
      expect(viaHeader.status).toBe(200);
      expect(s.up.seen).toHaveLength(2);
      for (const seen of s.up.seen) {
        expect(seen.headers.authorization).toBeUndefined();
        expect(seen.headers['x-api-key']).toBeUndefined();
      }
    });

    it('answers every bad credential with the same 401 body, and tells operators the reason', async () => {
      const s = await setup(await backend.location());
      const good = await s.key(['*']);
      const revoked = await s.key(['*']);
      await s.store.revokeApiKey(revoked.id, { by: 'test', reason: 'leaked' });
      const expiring = await s.key(['*'], { expiresAt: new Date(Date.now() + 1500).toISOString() });
      // The revocation and the expiring key reach the cache within the refresh.
      await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(revoked.key), chat())).status === 401);
      await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(expiring.key), chat())).status === 200);
      await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(expiring.key), chat())).status === 401);
      const secret = good.key.slice(19);
      const wrongSecret = `${good.key.slice(0, 19)}${secret.slice(0, -2)}${secret.endsWith('AA') ? 'BB' : 'AA'}`;
      const unknownId = `aisec_zzzzzzzzzzzz_${secret}`;
      const cases: Record<string, Record<string, string>> = {
        'no credential': {},
        'wrong secret': bearer(wrongSecret),
        'unknown id': bearer(unknownId),
        revoked: bearer(revoked.key),
        expired: bearer(expiring.key),
        malformed: bearer('aisec_short'),
        'not a key': bearer('sk-live-1234'),
        'empty bearer': { authorization: 'Bearer ' },
        'empty x-api-key': { 'x-api-key': '' },
        'basic auth': { authorization: 'Basic dXNlcjpwYXNz' },
        'huge header': bearer(`aisec_${'a'.repeat(3000)}`),
        'two different credentials': { ...bearer(good.key), 'x-api-key': revoked.key },
      };
      const bodies = new Set<string>();
      const reached = s.up.seen.length;
      for (const [name, headers] of Object.entries(cases)) {
        const reply = await call(s.gw, '/v1/chat/completions', headers, chat());
        expect(reply.status, name).toBe(401);
        bodies.add(reply.body);
      }
      expect([...bodies]).toEqual([JSON.stringify({ error: { message: authRequiredMessage, type: 'authentication_error', code: 'ERR_AUTH_REQUIRED' } })]);
      expect(s.up.seen.length).toBe(reached);
      expect((await call(s.gw, '/v1/chat/completions', bearer(good.key), chat())).status).toBe(200);
      // Operators see the reasons, rate-limited per reason, and never a secret.
      const reasons = new Set(s.events.filter((e) => e.type === 'auth.failed').map((e) => e.detail.reason));
      for (const r of ['missing', 'wrong-secret', 'unknown-key', 'revoked', 'expired', 'malformed', 'ambiguous']) expect(reasons, r).toContain(r);
      const wrong = s.events.find((e) => e.detail.reason === 'wrong-secret')!;
      expect(wrong.principal).toBe(good.id);
      const metrics = await call(s.gw, '/metrics');
      expect(metrics.body).toMatch(/aisec_gateway_auth_total\{result="wrong-secret"\} 1/);
      expect(metrics.body).toMatch(/aisec_gateway_auth_keys\{state="active"\} 1/);
      const health = await call(s.gw, '/healthz');
      expect(JSON.parse(health.body).parts.keys.detail.keys).toMatchObject({ active: 1, revoked: 1, storeReachable: true });
      for (const text of [s.logs.join('\n'), JSON.stringify(s.events), metrics.body, health.body]) {
        for (const k of [good.key, revoked.key, expiring.key, wrongSecret]) {
          expect(text).not.toContain(k.slice(19));
        }
      }
    });

    it('enforces scopes: route, model, route/model, *, none, and admin only with admin', async () => {
      const s = await setup(await backend.location());
      const keys = {
        all: await s.key(['*']),
        chat: await s.key(['route:chat']),
        small: await s.key(['model:small']),
        pair: await s.key(['route:embed/model:emb-1']),
        sum: await s.key(['model:sum']),
        none: await s.key(['route:no-such-route']),
        admin: await s.key(['admin']),
      };
      const requests = {
        chatSmall: ['/v1/chat/completions', chat('small')],
        chatBig: ['/v1/chat/completions', chat('big')],
        embed1: ['/v1/embeddings', { model: 'emb-1', input: 'x' }],
        embed2: ['/v1/embeddings', { model: 'emb-2', input: 'x' }],
        predict: ['/predict/sum', { inputs: [[1, 2]] }],
        models: ['/v1/models', undefined],
      } as const;
      const expected: Record<keyof typeof keys, Record<keyof typeof requests, number>> = {
        all: { chatSmall: 200, chatBig: 200, embed1: 200, embed2: 200, predict: 200, models: 200 },
        chat: { chatSmall: 200, chatBig: 200, embed1: 403, embed2: 403, predict: 403, models: 200 },
        small: { chatSmall: 200, chatBig: 403, embed1: 403, embed2: 403, predict: 403, models: 200 },
        pair: { chatSmall: 403, chatBig: 403, embed1: 200, embed2: 403, predict: 403, models: 403 },
        sum: { chatSmall: 403, chatBig: 403, embed1: 403, embed2: 403, predict: 200, models: 403 },
        none: { chatSmall: 403, chatBig: 403, embed1: 403, embed2: 403, predict: 403, models: 403 },
        admin: { chatSmall: 403, chatBig: 403, embed1: 403, embed2: 403, predict: 403, models: 403 },
      };
      const forbiddenBodies = new Set<string>();
      for (const [who, { key }] of Object.entries(keys)) {
        for (const [what, [p, body]] of Object.entries(requests)) {
          const reply = await call(s.gw, p, bearer(key), body);
          expect(reply.status, `${who} → ${what}`).toBe(expected[who as keyof typeof keys][what as keyof typeof requests]);
          if (reply.status === 403) forbiddenBodies.add(reply.body);
        }
      }
      expect(forbiddenBodies.size).toBe(1);
      expect([...forbiddenBodies][0]).toContain('ERR_AUTH_FORBIDDEN');
      // The admin API: an admin key reaches it (no part answers this path: 404); others are refused.
      expect((await call(s.gw, '/admin/nothing', bearer(keys.admin.key))).status).toBe(404);
      expect((await call(s.gw, '/admin/nothing', bearer(keys.all.key))).status).toBe(403);
      expect((await call(s.gw, '/admin/nothing', bearer('aisec_zzzzzzzzzzzz_' + 'A'.repeat(43)))).status).toBe(401);
      expect((await call(s.gw, '/admin/nothing')).status).toBe(401);
      expect(s.events.some((e) => e.type === 'auth.failed' && e.detail.reason === 'forbidden')).toBe(true);
    });

    it('takes a revocation by another store handle (another replica, the CLI) within about a second, without restart', async () => {
      const location = await backend.location();
      const s = await setup(location, '{ refreshMs: 200 }');
      const made = await s.key(['route:chat']);
      await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(made.key), chat())).status === 200);
      const other = await location.open();
      try {
        await other.revokeApiKey(made.id, { by: 'ops', reason: 'rotated' });
      } finally {
        await other.close();
      }
      await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(made.key), chat())).status === 401, 3000);
    });

    it('keeps the keys in force while the store cannot be read, says so in health, metrics and events, and recovers', async () => {
      const location = await backend.location();
      const s = await setup(location);
      const made = await s.key(['route:chat']);
      await location.query('ALTER TABLE api_keys RENAME TO api_keys_away');
      await eventually(async () => s.events.some((e) => e.type === 'auth.store-unreachable'));
      expect((await call(s.gw, '/v1/chat/completions', bearer(made.key), chat())).status).toBe(200);
      expect(JSON.parse((await call(s.gw, '/healthz')).body).parts.keys).toMatchObject({ ready: true, detail: { keys: { active: 1, storeReachable: false } } });
      expect((await call(s.gw, '/metrics')).body).toMatch(/aisec_gateway_auth_store_up 0/);
      await location.query('ALTER TABLE api_keys_away RENAME TO api_keys');
      await eventually(async () => s.events.some((e) => e.type === 'auth.store-reachable'));
      expect((await call(s.gw, '/metrics')).body).toMatch(/aisec_gateway_auth_store_up 1/);
      expect(s.events.filter((e) => e.type === 'auth.store-unreachable')).toHaveLength(1);
    });

    it('writes last use in batches on close, and refuses to start when the store cannot be read', async () => {
      const location = await backend.location();
      const s = await setup(location);
      const made = await s.key(['route:chat']);
      await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(made.key), chat())).status === 200);
      expect((await s.store.getApiKey(made.id))?.lastUsedAt).toBeNull();
      await s.gw.close(100);
      expect((await s.store.getApiKey(made.id))?.lastUsedAt).not.toBeNull();
      if (backend.name === 'postgres') {
        const up = await startTestUpstream();
        cleanups.push(() => up.close());
        const text = configText(up.url, 'postgres://postgres@127.0.0.1:1/nowhere', '{}');
        await expect(startGateway({ loaded: parseGatewayConfig(path.join(dir, 'down.yaml'), text), log: () => undefined })).rejects.toMatchObject({ code: 'ERR_GATEWAY_STATE' });
      }
    });
  });
}

describe('keys part without a store key list', () => {
  it('lets anonymous requests through when auth.required is false, but still refuses a bad key', async () => {
    const location = await backends[0]!.location();
    const s = await setup(location, '{ required: false }');
    expect((await call(s.gw, '/v1/chat/completions', {}, chat())).status).toBe(200);
    expect((await call(s.gw, '/v1/chat/completions', bearer('aisec_zzzzzzzzzzzz_' + 'A'.repeat(43)), chat())).status).toBe(401);
    const { key } = await s.key(['model:big']);
    await eventually(async () => (await call(s.gw, '/v1/chat/completions', bearer(key), chat('big'))).status === 200);
    expect((await call(s.gw, '/v1/chat/completions', bearer(key), chat('small'))).status).toBe(403);
  });

  it('refuses an auth section that enables nothing', () => {
    expect(() => parseGatewayConfig('gateway.yaml', configText('http://127.0.0.1:1', 'x.db', '{ keys: false }'))).toThrow(/auth needs keys: true or a jwt section/);
  });
});
