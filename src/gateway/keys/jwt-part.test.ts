import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadGatewayConfig, parseGatewayConfig } from '../config/load.js';
import type { GatewayEvent } from '../pipeline/part.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { startTestUpstream, type TestUpstream } from '../test-support/upstream.js';
import { authRequiredMessage } from './authenticator.js';
import { hmacWithPublicKey, jwksOf, makeSigner, signToken, unsignedToken, type TestSigner } from './test-support/tokens.js';

// JWT verification through the gateway over real HTTP on loopback (keys off: no store needed).
const dir = mkdtempSync(path.join(tmpdir(), 'aisec-jwt-part-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

const rsa = makeSigner('RS256', 'rsa-1');
const ec = makeSigner('ES256', 'ec-1');
const ed = makeSigner('EdDSA', 'ed-1');
const issuer = 'https://idp.example/realms/ai';

let n = 0;
function configText(upstreamUrl: string, jwks: string, extra = ''): string {
  return `
listen: { port: 0 }
upstreams:
  - name: llm
    url: ${upstreamUrl}/v1
routes:
  - id: chat
    kind: openai
    upstream: llm
    endpoints: [chat/completions]
    models: [small, big]
auth:
  keys: false
  refreshMs: 100
  jwt:
    jwks: ${jwks}
    issuer: ${issuer}
    audience: aisec-gateway
    ${extra}
`;
}

interface Setup {
  gw: Gateway;
  up: TestUpstream;
  file: string;
  jwks: string;
  events: GatewayEvent[];
  logs: string[];
}

async function setup(jwksText = jwksOf(rsa, ec, ed), extra = ''): Promise<Setup> {
  const up = await startTestUpstream();
  cleanups.push(() => up.close());
  const folder = path.join(dir, `gw-${++n}`);
  const jwks = path.join(folder, 'keys', 'jwks.json');
  mkdirSync(path.dirname(jwks), { recursive: true });
  writeFileSync(jwks, jwksText);
  const file = path.join(folder, 'gateway.yaml');
  writeFileSync(file, configText(up.url, 'keys/jwks.json', extra));
  const events: GatewayEvent[] = [];
  const logs: string[] = [];
  const gw = await startGateway({
    loaded: await loadGatewayConfig(file),
    log: (line) => {
      logs.push(line);
      const m = /^gateway: event (.*)$/.exec(line);
      if (m) events.push(JSON.parse(m[1]!) as GatewayEvent);
    },
  });
  cleanups.push(() => gw.close(100));
  return { gw, up, file, jwks, events, logs };
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({ iss: issuer, aud: 'aisec-gateway', sub: 'alice@example.com', exp: now() + 300, iat: now(), scope: 'route:chat', ...extra });

async function chat(gw: Gateway, token: string, model = 'small'): Promise<{ status: number; body: string }> {
  const res = await request(`${gw.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: res.statusCode, body: await res.body.text() };
}

async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('JWT authentication through the gateway', () => {
  it('passes valid RS256, ES256 and EdDSA tokens and refuses every forgery with the same 401', async () => {
    const s = await setup();
    for (const signer of [rsa, ec, ed]) expect((await chat(s.gw, signToken(signer, claims()))).status, signer.alg).toBe(200);
    const good = signToken(rsa, claims());
    const [h, p, sig] = good.split('.') as [string, string, string];
    const stranger: TestSigner = makeSigner('ES256', 'ec-1');
    const forged: Record<string, string> = {
      tampered: `${h}.${Buffer.from(JSON.stringify(claims({ scope: '*' }))).toString('base64url')}.${sig}`,
      'alg none': unsignedToken(claims(), 'AAAA'),
      'HS256 with the public key': hmacWithPublicKey(rsa, claims(), 'pem'),
      expired: signToken(ec, claims({ exp: now() - 120 })),
      'wrong audience': signToken(ec, claims({ aud: 'another-app' })),
      'wrong issuer': signToken(ec, claims({ iss: 'https://evil.example' })),
      'unknown kid': signToken(ec, claims(), { kid: 'rotated-away' }),
      'other key, same kid': signToken(stranger, claims()),
      oversized: signToken(ed, claims({ pad: 'x'.repeat(9000) })),
      'PS256 not allowed': signToken(rsa, claims(), { alg: 'PS256' }),
      truncated: good.slice(0, -10),
      'signature of another token': `${h}.${p}.${signToken(rsa, claims({ sub: 'bob' })).split('.')[2]}`,
    };
    const bodies = new Set<string>();
    for (const [name, token] of Object.entries(forged)) {
      const reply = await chat(s.gw, token);
      expect(reply.status, name).toBe(401);
      bodies.add(reply.body);
    }
    expect([...bodies]).toEqual([JSON.stringify({ error: { message: authRequiredMessage, type: 'authentication_error', code: 'ERR_AUTH_REQUIRED' } })]);
    expect(s.up.seen).toHaveLength(3);
    expect(s.up.seen.every((r) => r.headers.authorization === undefined)).toBe(true);
    const checks = new Set(s.events.filter((e) => e.type === 'auth.failed').map((e) => e.detail.check));
    for (const c of ['signature', 'algorithm', 'audience', 'issuer', 'unknown-kid', 'too-large']) expect(checks, c).toContain(c);
    expect(s.logs.join('\n')).not.toContain(sig);
  });

  it('takes scopes from the claim (string or array, with a prefix when configured) and names the principal jwt:<iss>:<sub>', async () => {
    const s = await setup(undefined, 'scopePrefix: "aisec:"');
    expect((await chat(s.gw, signToken(ed, claims({ scope: 'aisec:model:big other:thing' })), 'big')).status).toBe(200);
    expect((await chat(s.gw, signToken(ed, claims({ scope: ['aisec:model:big'] })), 'small')).status).toBe(403);
    // Without the prefix a scope grants nothing here, even "*" or "admin".
    expect((await chat(s.gw, signToken(ed, claims({ scope: '* route:chat admin' })))).status).toBe(403);
    const forbidden = s.events.find((e) => e.type === 'auth.failed' && e.detail.reason === 'forbidden')!;
    expect(forbidden.principal).toBe(`jwt:${issuer}:alice@example.com`);
  });

  it('follows a rotated JWKS file, keeps the old keys when the new file is broken', async () => {
    const s = await setup(jwksOf(rsa));
    const oldToken = signToken(rsa, claims());
    expect((await chat(s.gw, oldToken)).status).toBe(200);
    expect((await chat(s.gw, signToken(ec, claims()))).status).toBe(401);
    writeFileSync(s.jwks, '{"keys": [{"kty": "oct", "k": "c2VjcmV0"}]}');
    await eventually(async () => s.events.some((e) => e.type === 'auth.jwks-rejected'));
    expect((await chat(s.gw, oldToken)).status).toBe(200);
    expect(String(s.events.find((e) => e.type === 'auth.jwks-rejected')!.detail.problem)).toMatch(/secret key material/);
    writeFileSync(s.jwks, jwksOf(ec));
    await eventually(async () => (await chat(s.gw, signToken(ec, claims()))).status === 200);
    expect((await chat(s.gw, oldToken)).status).toBe(401);
  });

  it('keeps the old keys when a reload points at a broken JWKS file, and uses a good one', async () => {
    const s = await setup(jwksOf(rsa));
    const token = signToken(rsa, claims());
    expect((await chat(s.gw, token)).status).toBe(200);
    const folder = path.dirname(s.file);
    writeFileSync(path.join(folder, 'broken.json'), 'not json at all');
    writeFileSync(s.file, configText(s.up.url, 'broken.json'));
    expect(await s.gw.reload()).toMatchObject({ ok: true, changed: true });
    expect((await chat(s.gw, token)).status).toBe(200);
    await eventually(async () => s.events.some((e) => e.type === 'auth.jwks-rejected' && e.detail.previousKeysKept === true));
    expect((await chat(s.gw, token)).status).toBe(200);
    writeFileSync(path.join(folder, 'good.json'), jwksOf(ed));
    writeFileSync(s.file, configText(s.up.url, 'good.json'));
    expect(await s.gw.reload()).toMatchObject({ ok: true, changed: true });
    await eventually(async () => (await chat(s.gw, signToken(ed, claims()))).status === 200);
    expect((await chat(s.gw, token)).status).toBe(401);
  });

  it('refuses to start with a JWKS file that is missing, not JSON, huge, of the wrong shape or with unsupported keys', async () => {
    const up = await startTestUpstream();
    cleanups.push(() => up.close());
    const cases: Record<string, string | undefined> = {
      missing: undefined,
      'not JSON': '{"keys": [',
      huge: JSON.stringify({ keys: [ed.publicJwk], pad: 'x'.repeat(400 * 1024) }),
      'wrong types': '{"keys": "all of them"}',
      'symmetric key': '{"keys": [{"kty": "oct", "kid": "a"}]}',
      'unknown type': '{"keys": [{"kty": "PQC", "kid": "a"}]}',
    };
    for (const [name, text] of Object.entries(cases)) {
      const folder = path.join(dir, `bad-${++n}`);
      mkdirSync(folder, { recursive: true });
      if (text !== undefined) writeFileSync(path.join(folder, 'jwks.json'), text);
      const file = path.join(folder, 'gateway.yaml');
      const loaded = parseGatewayConfig(file, configText(up.url, 'jwks.json'));
      await expect(startGateway({ loaded, log: () => undefined }), name).rejects.toMatchObject({ code: 'ERR_GATEWAY_CONFIG', message: expect.stringContaining(path.join(folder, 'jwks.json')) });
    }
  });

  it('refuses HS256 and none in the configuration', () => {
    expect(() => parseGatewayConfig('gateway.yaml', configText('http://127.0.0.1:1', 'jwks.json', 'algorithms: [RS256, HS256]'))).toThrow(/algorithms\[1\]: "HS256" is not one of RS256/);
    expect(() => parseGatewayConfig('gateway.yaml', configText('http://127.0.0.1:1', 'jwks.json', 'algorithms: [none]'))).toThrow(/"none" is not one of/);
  });
});
