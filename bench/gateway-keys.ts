/**
 * What identity costs per request: `npx tsx bench/gateway-keys.ts`.
 *
 * 1. In process (no HTTP), CPU time per call: the keys part's authenticate + authorise stages with 1000 keys in
 *    the cache (a real SQLite store), for an API key with a route scope and one with a model
 *    scope; a JWT seen before (the verified-token cache); a JWT verified from scratch for each
 *    of RS256, ES256 and EdDSA; and the refusals (wrong secret, unknown id). Baseline: one
 *    SHA-256 of a key's secret, the floor of any hashed-key check.
 * 2. End to end on loopback: sequential chat requests through a gateway without auth and with
 *    an API key (median per-request latency, the two interleaved in rounds).
 *
 * Prints one line per figure; short by design (a few seconds per part).
 */
import { hash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { parseGatewayConfig } from '../src/gateway/config/load.js';
import { issueApiKey } from '../src/gateway/keys/issue.js';
import { createKeysPart } from '../src/gateway/keys/part.js';
import { jwksOf, makeSigner, signToken } from '../src/gateway/keys/test-support/tokens.js';
import type { GatewayPart, PartContext } from '../src/gateway/pipeline/part.js';
import type { GatewayRequest } from '../src/gateway/pipeline/stages.js';
import { startGateway } from '../src/gateway/server/gateway.js';
import { openStore } from '../src/store/index.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (label: string, value: string): void => console.log(`${label.padEnd(64)} ${value}`);
const dir = mkdtempSync(path.join(tmpdir(), 'aisec-bench-keys-'));

const issuer = 'https://idp.example';
const signers = { RS256: makeSigner('RS256', 'rs'), ES256: makeSigner('ES256', 'es'), EdDSA: makeSigner('EdDSA', 'ed') };
writeFileSync(path.join(dir, 'jwks.json'), jwksOf(...Object.values(signers)));

function configText(upstream: string, auth: string): string {
  return `
listen: { port: 0 }
upstreams: [{ name: llm, url: "${upstream}/v1" }]
routes: [{ id: chat, kind: openai, upstream: llm, models: [small, big] }]
state: { database: bench.db }
${auth}`;
}

const authYaml = `auth:
  jwt: { jwks: jwks.json, issuer: "${issuer}", audience: gw, algorithms: [RS256, ES256, EdDSA] }`;

/**
 * CPU ns per call of `fn` (user + system time of this process, which a busy machine inflates
 * less than wall time), median of 5 runs of `n` after a warm-up.
 */
function nsPerCall(n: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(n, 2000); i++) fn(i);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = process.cpuUsage();
    for (let i = 0; i < n; i++) fn(i);
    const used = process.cpuUsage(t);
    runs.push(((used.user + used.system) * 1000) / n);
  }
  return median(runs);
}

async function inProcess(): Promise<void> {
  const file = path.join(dir, 'gateway.yaml');
  const loaded = parseGatewayConfig(file, configText('http://127.0.0.1:9', authYaml));
  const store = await openStore({ sqlitePath: path.join(dir, 'bench.db') });
  let routeKey = '';
  let modelKey = '';
  for (let i = 0; i < 1000; i++) {
    const issued = await issueApiKey(store, { owner: `owner-${i % 50}`, scopes: i % 2 === 0 ? ['route:chat'] : ['model:small', 'model:other'], expiresAt: null });
    if (i === 500) routeKey = issued.key;
    if (i === 501) modelKey = issued.key;
  }
  const ctx: PartContext = { config: loaded.config, configFile: file, log: () => undefined, emit: () => undefined, store: () => Promise.resolve(store), redis: undefined, now: Date.now };
  const part = (await createKeysPart(ctx)) as GatewayPart;
  const stages = part.stages!;
  const route = loaded.config.routes[0]!;
  const reqOf = (authorization: string): GatewayRequest => ({
    id: 'r', method: 'POST', path: '/v1/chat/completions', headers: { authorization }, route, config: loaded.config, endpoint: 'chat/completions',
    body: Buffer.alloc(0), json: () => ({}), model: 'small', principal: undefined, startedAt: 0, verdicts: [],
  });
  const run = (authorization: string) => () => {
    const req = reqOf(authorization);
    req.principal = stages.authenticate!(req) as GatewayRequest['principal'];
    stages.authorise!(req);
  };
  const refused = (authorization: string) => () => {
    try {
      stages.authenticate!(reqOf(authorization));
    } catch {
      // expected
    }
  };
  const secret = routeKey.slice(19);
  line('baseline: one SHA-256 of a 43-character secret', `${nsPerCall(50_000, () => hash('sha256', secret, 'buffer')).toFixed(0)} ns`);
  line('API key, route scope (authenticate + authorise, 1000 keys cached)', `${nsPerCall(50_000, run(`Bearer ${routeKey}`)).toFixed(0)} ns`);
  line('API key, model scope', `${nsPerCall(50_000, run(`Bearer ${modelKey}`)).toFixed(0)} ns`);
  const claims = { iss: issuer, aud: 'gw', sub: 'alice', exp: Math.floor(Date.now() / 1000) + 3600, scope: 'route:chat' };
  line('JWT seen before (ES256, verified-token cache)', `${nsPerCall(50_000, run(`Bearer ${signToken(signers.ES256, claims)}`)).toFixed(0)} ns`);
  for (const [alg, signer] of Object.entries(signers)) {
    // Every call sees a token it has not seen (warm-up 300 + 5 runs of 300).
    const tokens = Array.from({ length: 1800 }, (_, i) => `Bearer ${signToken(signer, { ...claims, sub: `user-${i}` })}`);
    let k = 0;
    line(`JWT verified from scratch (${alg})`, `${(nsPerCall(300, () => run(tokens[k++]!)()) / 1000).toFixed(1)} µs  (first sight of each token)`);
  }
  const wrong = `${routeKey.slice(0, -2)}${routeKey.endsWith('AA') ? 'BB' : 'AA'}`;
  line('refused: wrong secret (401 error made, event rate-limited)', `${nsPerCall(20_000, refused(`Bearer ${wrong}`)).toFixed(0)} ns`);
  line('refused: unknown key id', `${nsPerCall(20_000, refused(`Bearer aisec_zzzzzzzzzzzz_${secret}`)).toFixed(0)} ns`);
  await part.close?.();
  await store.close();
}

async function endToEnd(): Promise<void> {
  const body = Buffer.from('{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"ok"}}]}');
  const upstream = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', () => r()));
  const up = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const plainFile = path.join(dir, 'plain.yaml');
  const authFile = path.join(dir, 'auth.yaml');
  const plain = await startGateway({ loaded: parseGatewayConfig(plainFile, configText(up, '')), log: () => undefined });
  const withAuth = await startGateway({ loaded: parseGatewayConfig(authFile, configText(up, 'auth: {}')), log: () => undefined });
  const store = await openStore({ sqlitePath: path.join(dir, 'bench.db') });
  const { key } = await issueApiKey(store, { owner: 'bench', scopes: ['route:chat'], expiresAt: null });
  await store.close();
  await new Promise((r) => setTimeout(r, 1200));
  const payload = JSON.stringify({ model: 'small', messages: [{ role: 'user', content: 'hi' }] });
  const once = async (url: string, auth: boolean): Promise<number> => {
    const t = performance.now();
    const res = await request(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${key}` } : {}) }, body: payload });
    await res.body.arrayBuffer();
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
    return performance.now() - t;
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (let i = 0; i < 200; i++) a.push(await once(plain.url, false));
    for (let i = 0; i < 200; i++) b.push(await once(withAuth.url, true));
  }
  line('end to end, sequential: gateway without auth (median)', `${(median(a) * 1000).toFixed(0)} µs`);
  line('end to end, sequential: gateway with an API key (median)', `${(median(b) * 1000).toFixed(0)} µs  (+${((median(b) - median(a)) * 1000).toFixed(0)} µs)`);
  await plain.close(100);
  await withAuth.close(100);
  upstream.closeAllConnections();
  upstream.close();
}

try {
  await inProcess();
  await endToEnd();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
