import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.js';
import { testBackends, type TestBackend } from '../../store/test-support/backends.js';
import { parseGatewayConfig } from '../config/load.js';
import type { GatewayEvent, GatewayPartFactory } from '../pipeline/part.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { stateLocation } from '../server/part-context.js';
import { createControlPart } from './part.js';
import { setModelControl } from './set-control.js';
import { startClassifierUpstream, type ClassifierUpstream } from '../../../test/helpers/classifier-upstream.js';
import { testIdentityPart } from './test-support/identity-part.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are read field by field
type Json = any;

const backends = await testBackends();
let up: ClassifierUpstream;
beforeAll(async () => {
  up = await startClassifierUpstream();
});
afterAll(async () => {
  await up.close();
  for (const backend of backends) await backend.dispose();
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
});

function yaml(database: string, extra = ''): string {
  return `
listen: { port: 0 }
upstreams:
  - { name: model, url: "${up.url}" }
  - { name: llm, url: "${up.url}/v1" }
routes:
  - { id: chat, kind: openai, upstream: llm, models: [small, big] }
  - id: credit-route
    kind: predict
    model: credit
    upstream: model
    path: /classify
    outputs: { probabilities: /probabilities, label: /label, classes: [approve, deny, refer] }
    review: { minConfidence: 0.8, highImpactClasses: [deny], holdTtl: 1h }
  - id: plain
    kind: predict
    model: plain
    upstream: model
    path: /classify
    outputs: { probabilities: /probabilities, classes: [approve, deny, refer] }
    review: { minConfidence: 0.6, holdTtl: 10m, onExpiry: release }
  - { id: raw, kind: predict, model: raw, upstream: model, path: /classify }
state: { database: "${database}" }
control: { pollMs: 100 }
${extra}`;
}

interface Started {
  gw: Gateway;
  events: GatewayEvent[];
  clock: { now: number };
}

async function start(database: string, extra = '', options: { clock?: { now: number }; parts?: GatewayPartFactory[] } = {}): Promise<Started> {
  const events: GatewayEvent[] = [];
  const clock = options.clock ?? { now: Date.now() };
  const gw = await startGateway({
    loaded: parseGatewayConfig('/tmp/aisec-control/gateway.yaml', yaml(database, extra)),
    parts: options.parts ?? [testIdentityPart, createControlPart],
    now: () => clock.now,
    log: (line) => {
      const m = /^gateway: event (.*)$/.exec(line);
      if (m) events.push(JSON.parse(m[1]!) as GatewayEvent);
    },
  });
  cleanups.push(() => gw.close(100));
  return { gw, events, clock };
}

async function call(gw: Gateway, method: string, path: string, body?: unknown, principal?: string): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${gw.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(principal ? { authorization: `Bearer ${principal}` } : {}) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

/** A call with the path sent exactly as written (fetch would resolve dot segments first). */
function raw(gw: Gateway, method: string, path: string, principal: string): Promise<{ status: number; json: Json }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(gw.url);
    const req = http.request({ hostname, port, path, method, agent: false, headers: { authorization: `Bearer ${principal}`, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

const predict = (gw: Gateway, model: string, p: unknown, principal = 'alice') => call(gw, 'POST', `/predict/${model}`, { p }, principal);
const chat = (gw: Gateway, extra: Record<string, unknown> = {}, model = 'small') => call(gw, 'POST', '/v1/chat/completions', { model, messages: [{ role: 'user', content: 'hi' }], ...extra }, 'alice');

async function eventually(check: () => Promise<boolean> | boolean, limitMs = 5000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function openShared(database: string): Promise<Store> {
  const store = await openStore({ ...stateLocation(parseGatewayConfig('/tmp/aisec-control/gateway.yaml', yaml(database)).config, '/tmp/aisec-control/gateway.yaml') });
  cleanups.push(() => store.close());
  return store;
}

for (const backend of backends) {
  describe(`control part (${backend.name})`, () => {
    let database: string;
    let store: Store;
    const fresh = async (b: TestBackend) => {
      database = (await b.location()).where;
      store = await openShared(database);
    };

    it('disables a model on every route that serves it, and enables it again', async () => {
      await fresh(backend);
      const { gw, events } = await start(database);
      expect((await predict(gw, 'credit', [0.9, 0.05, 0.05])).status).toBe(200);
      await setModelControl(store, undefined, 'credit', 'disabled', { actor: 'test', reason: 'incident 7: secret-ish operator note' });
      await setModelControl(store, undefined, 'small', 'disabled', { actor: 'test' });
      await eventually(async () => (await predict(gw, 'credit', [0.9, 0.05, 0.05])).status === 503);
      const refused = await predict(gw, 'credit', [0.9, 0.05, 0.05]);
      expect(refused.json.error.code).toBe('ERR_MODEL_DISABLED');
      expect(JSON.stringify(refused.json)).not.toContain('incident 7');
      await eventually(async () => (await chat(gw)).status === 503);
      // What it must let through: other models and routes.
      expect((await chat(gw, {}, 'big')).status).toBe(200);
      expect((await predict(gw, 'plain', [0.9, 0.05, 0.05])).status).toBe(200);
      const calls = up.calls;
      await predict(gw, 'credit', [0.9, 0.05, 0.05]);
      expect(up.calls).toBe(calls);
      await setModelControl(store, undefined, 'credit', 'enabled', { actor: 'test' });
      await eventually(async () => (await predict(gw, 'credit', [0.9, 0.05, 0.05])).status === 200);
      expect(events.filter((e) => e.type === 'control.changed').map((e) => [e.model, e.detail.state, e.detail.previous])).toEqual([
        ['credit', 'disabled', 'enabled'],
        ['small', 'disabled', 'enabled'],
        ['credit', 'enabled', 'disabled'],
      ]);
    });

    it('disables a route by its id, and keeps the state across a restart', async () => {
      await fresh(backend);
      const first = await start(database);
      await call(first.gw, 'POST', '/admin/models/chat/disable', { reason: 'maintenance' }, 'admin');
      expect((await chat(first.gw, {}, 'big')).status).toBe(503);
      await first.gw.close(100);
      const second = await start(database);
      expect((await chat(second.gw, {}, 'big')).json.error.code).toBe('ERR_MODEL_DISABLED');
      expect((await call(second.gw, 'GET', '/admin/models', undefined, 'admin')).json.models.find((m: { name: string }) => m.name === 'chat')).toMatchObject({ state: 'disabled', reason: 'maintenance', actor: 'admin:admin', routes: ['route:chat'] });
    });

    it('restricts predict answers to labels and LLM requests to plain ones', async () => {
      await fresh(backend);
      const { gw } = await start(database);
      for (const name of ['credit', 'plain', 'raw', 'small']) await call(gw, 'POST', `/admin/models/${name}/restrict`, {}, 'admin');
      expect((await predict(gw, 'credit', [0.7, 0.2, 0.1])).json).toEqual({ label: 'approve' });
      expect((await predict(gw, 'credit', [[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]])).json).toEqual({ label: ['approve', 'refer'] });
      expect((await predict(gw, 'plain', [0.2, 0.7, 0.1])).json).toEqual({ label: 'deny', probabilities: [0, 1, 0] });
      // No outputs declared: the answer cannot be reduced, so it is refused rather than leaked.
      expect((await predict(gw, 'raw', [0.2, 0.7, 0.1])).json.error.code).toBe('ERR_MODEL_DISABLED');
      expect((await chat(gw)).status).toBe(200);
      expect((await chat(gw, { stream: false, max_tokens: 5 })).status).toBe(200);
      for (const knob of [{ logprobs: true }, { top_logprobs: 5 }, { logit_bias: { '50256': -100 } }, { n: 3 }]) {
        const refused = await chat(gw, knob);
        expect(refused.status, JSON.stringify(knob)).toBe(503);
        expect(refused.json.error.message).toContain(Object.keys(knob)[0]);
      }
      expect((await chat(gw, { logprobs: false, n: 1, logit_bias: {} })).status).toBe(200);
      expect((await call(gw, 'POST', '/v1/embeddings', { model: 'small', input: 'x' }, 'alice')).status).toBe(503);
      expect((await chat(gw, { logprobs: true }, 'big')).status).toBe(200);
    });

    it('holds low-confidence and high-impact decisions, lets confident ones through, and releases them once approved', async () => {
      await fresh(backend);
      const { gw, events } = await start(database);
      await call(gw, 'POST', '/admin/models/credit/review', { reason: 'new model version' }, 'admin');
      const confident = await predict(gw, 'credit', [0.9, 0.05, 0.05]);
      expect(confident).toMatchObject({ status: 200, json: { label: 'approve', probabilities: [0.9, 0.05, 0.05] } });
      const unsure = await predict(gw, 'credit', [0.5, 0.1, 0.4]);
      expect(unsure.status).toBe(202);
      expect(unsure.json.review).toMatchObject({ status: 'pending', poll: `/v1/reviews/${unsure.json.review.id}` });
      expect(JSON.stringify(unsure.json)).not.toContain('approve');
      const impact = await predict(gw, 'credit', [0.01, 0.98, 0.01]);
      expect(impact.status).toBe(202);
      const idA = unsure.json.review.id as string;
      const idB = impact.json.review.id as string;

      expect(await call(gw, 'GET', `/v1/reviews/${idA}`, undefined, 'alice')).toEqual({ status: 202, json: { review: { id: idA, status: 'pending', poll: `/v1/reviews/${idA}` } } });
      // Another principal, or nobody, sees nothing: the same answer as for an id that does not exist.
      const other = await call(gw, 'GET', `/v1/reviews/${idA}`, undefined, 'mallory');
      expect(other).toMatchObject({ status: 404, json: { error: { code: 'ERR_REVIEW_NOT_FOUND' } } });
      expect((await call(gw, 'GET', `/v1/reviews/${idA}`)).status).toBe(404);
      expect((await call(gw, 'GET', '/v1/reviews/rv_AAAAAAAAAAAAAAAAAAAAAA', undefined, 'alice')).json).toEqual(other.json);
      expect((await call(gw, 'GET', '/v1/reviews/..%2F..%2Fetc', undefined, 'alice')).status).toBe(404);

      const listed = await call(gw, 'GET', '/admin/reviews?status=pending&model=credit', undefined, 'admin');
      expect(listed.json.reviews.map((r: { id: string }) => r.id).sort()).toEqual([idA, idB].sort());
      const byId = (id: string) => listed.json.reviews.find((r: { id: string }) => r.id === id);
      expect(byId(idA)).toMatchObject({ principal: 'alice', route: 'credit-route', decision: { label: 'approve', confidence: 0.5, reason: 'low-confidence' }, answer: { status: 200, body: { label: 'approve', probabilities: [0.5, 0.1, 0.4] } } });
      expect(byId(idB).decision).toMatchObject({ label: 'deny', reason: 'high-impact' });

      const approved = await call(gw, 'POST', `/admin/reviews/${idA}/approve`, { note: 'checked by hand' }, 'admin');
      expect(approved.json).toMatchObject({ status: 'approved', decidedBy: 'admin:admin', note: 'checked by hand' });
      expect(await call(gw, 'GET', `/v1/reviews/${idA}`, undefined, 'alice')).toEqual({ status: 200, json: { label: 'approve', probabilities: [0.5, 0.1, 0.4] } });
      await call(gw, 'POST', `/admin/reviews/${idB}/reject`, {}, 'admin');
      const rejected = await call(gw, 'GET', `/v1/reviews/${idB}`, undefined, 'alice');
      expect(rejected).toMatchObject({ status: 403, json: { error: { code: 'ERR_REVIEW_REJECTED' } } });
      expect(JSON.stringify(rejected.json)).not.toContain('deny');
      expect((await call(gw, 'POST', `/admin/reviews/${idB}/approve`, {}, 'admin')).json.error.code).toBe('ERR_REVIEW_NOT_FOUND');
      expect(events.filter((e) => e.type === 'review.held')).toHaveLength(2);

      const audit = await store.listAudit();
      expect(audit.map((e) => [e.action, e.actor])).toEqual([
        ['gateway.control', 'admin:admin'],
        ['gateway.review.approved', 'admin:admin'],
        ['gateway.review.rejected', 'admin:admin'],
      ]);
    });

    it('expires held answers: refused or released as the route says', async () => {
      await fresh(backend);
      const clock = { now: Date.now() };
      const { gw } = await start(database, '', { clock });
      await setModelControl(store, undefined, 'credit', 'review', { actor: 'test' });
      await setModelControl(store, undefined, 'plain', 'review', { actor: 'test' });
      await eventually(async () => (await predict(gw, 'credit', [0.4, 0.3, 0.3])).status === 202);
      const a = (await predict(gw, 'credit', [0.4, 0.3, 0.3])).json.review.id as string;
      const b = (await predict(gw, 'plain', [0.4, 0.3, 0.3])).json.review.id as string;
      expect((await predict(gw, 'plain', [0.65, 0.3, 0.05])).status).toBe(200);
      clock.now += 11 * 60_000;
      expect((await call(gw, 'GET', `/v1/reviews/${a}`, undefined, 'alice')).status).toBe(202);
      expect(await call(gw, 'GET', `/v1/reviews/${b}`, undefined, 'alice')).toEqual({ status: 200, json: { label: 'approve', probabilities: [0.4, 0.3, 0.3] } });
      clock.now += 60 * 60_000;
      expect((await call(gw, 'GET', `/v1/reviews/${a}`, undefined, 'alice')).json.error.code).toBe('ERR_REVIEW_REJECTED');
      expect((await call(gw, 'POST', `/admin/reviews/${a}/approve`, {}, 'admin')).json.error.code).toBe('ERR_REVIEW_NOT_FOUND');
      const listed = await call(gw, 'GET', '/admin/reviews?status=expired', undefined, 'admin');
      expect(listed.json.reviews.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([a, b]));
      expect((await call(gw, 'GET', '/admin/reviews?status=pending', undefined, 'admin')).json.reviews).toEqual([]);
    });

    it('refuses LLM requests to a model in review mode (set with force), and serves the other models', async () => {
      await fresh(backend);
      const { gw } = await start(database);
      await call(gw, 'POST', '/admin/models/small/review', { force: true }, 'admin');
      expect((await chat(gw)).json.error.code).toBe('ERR_MODEL_DISABLED');
      expect((await chat(gw, {}, 'big')).status).toBe(200);
    });
  });
}

describe('control part: admin API against hostile input', () => {
  let gw: Gateway;
  beforeAll(async () => {
    const database = (await backends[0]!.location()).where;
    gw = (await start(database)).gw;
    cleanups.length = 0;
  });
  afterAll(async () => {
    await gw.close(100);
  });

  it('needs an admin principal', async () => {
    expect((await call(gw, 'GET', '/admin/models')).status).toBe(401);
    expect((await call(gw, 'GET', '/admin/models', undefined, 'alice')).status).toBe(403);
    expect((await call(gw, 'POST', '/admin/models/credit/disable', {}, 'alice')).status).toBe(403);
  });

  it('answers bad paths, bodies and methods with a clear 4xx and stays up', async () => {
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', '/admin/models/credit/disable', { reason: 5 }, 400, 'reason'],
      ['POST', '/admin/models/credit/disable', { reason: 'x', extra: true }, 400, 'extra'],
      ['POST', '/admin/models/credit/disable', [1, 2], 400, 'object'],
      ['POST', '/admin/models/credit/disable', '{"reason":', 400, 'JSON'],
      ['POST', '/admin/models/credit/disable', `{"reason":${'['.repeat(5000)}${']'.repeat(5000)}}`, 400, 'nests'],
      ['POST', '/admin/models/credit/disable', { reason: 'r'.repeat(3000) }, 400, 'reason'],
      ['POST', '/admin/models/credit/disable', { reason: 'x'.repeat(70_000) }, 413, ''],
      ['POST', '/admin/models/creditt/disable', {}, 400, 'did you mean'],
      ['POST', '/admin/models/..%2F..%2Fetc%2Fpasswd/disable', {}, 400, 'No route'],
      ['POST', '/admin/models/%E0%A4%A/disable', {}, 400, '%-escape'],
      ['POST', '/admin/models/a%00b/disable', {}, 400, 'control characters'],
      ['POST', '/admin/models/..//disable', {}, 404, 'ERR_ROUTE_NOT_FOUND'],
      ['POST', `/admin/models/${'m'.repeat(300)}/disable`, {}, 400, 'at most 256'],
      ['GET', '/admin/models/credit/disable', undefined, 400, 'takes POST'],
      ['POST', '/admin/models/credit/explode', {}, 404, ''],
      ['GET', '/admin/reviews/rv_x', undefined, 400, 'not a review id'],
      ['GET', '/admin/reviews/rv_AAAAAAAAAAAAAAAAAAAAAA', undefined, 404, 'ERR_REVIEW_NOT_FOUND'],
      ['POST', '/admin/reviews/rv_AAAAAAAAAAAAAAAAAAAAAA/approve', { note: ['x'] }, 400, 'note'],
      ['GET', '/admin/reviews?status=everything', undefined, 400, 'status'],
      ['GET', '/admin/reviews?limit=-1', undefined, 400, 'limit'],
      ['GET', '/admin/reviews?limit=99999999999999999999', undefined, 400, 'limit'],
      ['GET', `/admin/reviews?model=${'x'.repeat(400)}`, undefined, 400, 'at most 256'],
    ];
    for (const [method, path, body, status, text] of cases) {
      const reply = await call(gw, method, path, body, 'admin');
      expect(reply.status, `${method} ${path.slice(0, 80)}`).toBe(status);
      if (text) expect(JSON.stringify(reply.json), path.slice(0, 80)).toContain(text);
    }
    for (const path of ['/admin/models/../disable', '/admin/models/%2E%2E/disable', '/admin/reviews/../../../etc/passwd', '/admin/reviews/%2e%2e/approve']) {
      const reply = await raw(gw, 'POST', path, 'admin');
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.status, path).toBeLessThan(500);
    }
    expect((await raw(gw, 'POST', '/admin/models/%2E%2E/disable', 'admin')).json.error.message).toContain('not a model name');
    expect((await call(gw, 'GET', '/admin/models', undefined, 'admin')).json.models.every((m: { state: string }) => m.state === 'enabled')).toBe(true);
    expect((await predict(gw, 'credit', [0.9, 0.05, 0.05])).status).toBe(200);
  });
});

describe('control part: replicas', () => {
  const redisUrl = 'redis://127.0.0.1:6379/0';

  it('two replicas sharing a store and Redis converge through pub/sub, well before their store poll', async () => {
    const database = (await backends.at(-1)!.location()).where;
    const prefix = `aisec:test:${randomBytes(6).toString('hex')}:`;
    const extra = `redis: { url: "${redisUrl}", keyPrefix: "${prefix}" }`;
    const slow = (text: string) => text.replace('control: { pollMs: 100 }', 'control: { pollMs: 10000 }');
    const mk = async () => {
      const events: GatewayEvent[] = [];
      const gw = await startGateway({
        loaded: parseGatewayConfig('/tmp/aisec-control/gateway.yaml', slow(yaml(database, extra))),
        parts: [testIdentityPart, createControlPart],
        log: (line) => {
          const m = /^gateway: event (.*)$/.exec(line);
          if (m) events.push(JSON.parse(m[1]!) as GatewayEvent);
        },
      });
      cleanups.push(() => gw.close(100));
      return gw;
    };
    const [a, b] = [await mk(), await mk()];
    const health = (gw: Gateway) => gw.parts.find((p) => p.id === 'control')!.health!().detail;
    await eventually(() => health(a).redis === 'subscribed' && health(b).redis === 'subscribed');
    await call(a, 'POST', '/admin/models/credit/disable', { reason: 'drill' }, 'admin');
    expect((await predict(a, 'credit', [1, 0, 0])).status).toBe(503);
    // Bounded well below the 10 s poll: only the Redis message can bring it this soon.
    await eventually(async () => (await predict(b, 'credit', [1, 0, 0])).status === 503, 3000);
    // A change written by another process (the CLI) reaches both.
    const store = await openShared(database);
    const redis = new Redis(redisUrl, { lazyConnect: true });
    await redis.connect();
    cleanups.push(async () => void redis.disconnect());
    await setModelControl(store, { redis, keyPrefix: prefix }, 'credit', 'enabled', { actor: 'cli:test' });
    await eventually(async () => (await predict(a, 'credit', [1, 0, 0])).status === 200 && (await predict(b, 'credit', [1, 0, 0])).status === 200, 3000);
  });

  for (const backend of backends) {
    it(`two replicas without Redis converge by polling the store (${backend.name})`, async () => {
      const database = (await backend.location()).where;
      const [a, b] = [(await start(database)).gw, (await start(database)).gw];
      await call(a, 'POST', '/admin/models/plain/restrict', {}, 'admin');
      await eventually(async () => JSON.stringify((await predict(b, 'plain', [0.2, 0.7, 0.1])).json) === JSON.stringify({ label: 'deny', probabilities: [0, 1, 0] }));
      const health = b.parts.find((p) => p.id === 'control')!.health!();
      expect(health).toMatchObject({ ready: true, detail: { inForce: 1, store: 'ok', redis: 'off' } });
    });
  }
});

describe('control part: incidents', () => {
  it('opens one incident per event type, model and principal within the cooldown', async () => {
    const location = await backends[0]!.location();
    const clock = { now: Date.parse('2026-03-01T10:00:00Z') };
    const { gw } = await start(location.where, '', { clock });
    await gw.close(100);
    // Same store, with incidents configured.
    const text = yaml(location.where).replace('control: { pollMs: 100 }', 'control: { pollMs: 100, incidents: { from: [extraction.alarm], minSeverity: warning, cooldown: 10m } }');
    const gw2 = await startGateway({ loaded: parseGatewayConfig('/tmp/aisec-control/gateway.yaml', text), parts: [testIdentityPart, createControlPart], now: () => clock.now, log: () => undefined });
    cleanups.push(() => gw2.close(100));
    const alarm = (principal: string, severity: GatewayEvent['severity'] = 'warning', type = 'extraction.alarm') => gw2.emit({ type, severity, at: new Date(clock.now).toISOString(), principal, model: 'credit', detail: { signal: 'prada' } });
    alarm('k1');
    alarm('k1');
    alarm('k2');
    alarm('k3', 'info');
    alarm('k4', 'critical', 'guard.blocked');
    clock.now += 11 * 60_000;
    alarm('k1');
    const store = await openShared(location.where);
    await eventually(async () => (await store.listIncidents()).length === 3);
    const incidents = await store.listIncidents();
    expect(incidents.map((i) => i.title).sort()).toEqual([
      'Gateway extraction.alarm on credit (principal k1)',
      'Gateway extraction.alarm on credit (principal k1)',
      'Gateway extraction.alarm on credit (principal k2)',
    ]);
    expect(incidents[0]).toMatchObject({ status: 'open', severity: 'medium', detail: { source: 'gateway', event: { type: 'extraction.alarm', model: 'credit', detail: { signal: 'prada' } } } });
  });
});
