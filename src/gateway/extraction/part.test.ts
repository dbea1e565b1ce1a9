import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { openStore, type Store } from '../../store/index.js';
import { parseGatewayConfig } from '../config/load.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { createExtractionPart } from './part.js';
import { buildReferenceProfile } from './profile.js';
import { headerIdentity, type HeaderIdentity } from './test-support/header-identity.js';
import { startPredictServer, type PredictServer } from './test-support/predict-server.js';
import { benignStream, syntheticWorld, uniformStream } from './test-support/synthetic.js';

const world = syntheticWorld(16, 5, 1);
let dir: string;
let model: PredictServer;
let gateway: Gateway | undefined;
let identity: HeaderIdentity;
let clock = 1_000_000;
let store: Store | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-extraction-'));
  await writeFile(path.join(dir, 'profile.json'), JSON.stringify(buildReferenceProfile(world.matrix(2000, 2))));
  model = await startPredictServer((row) => world.proba(row));
});

afterAll(async () => {
  await model.close();
  await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  await gateway?.close(0);
  gateway = undefined;
  await store?.close();
  store = undefined;
  model.answer = undefined;
});

/** Start a gateway with one monitored predict route whose extraction section is `extraction` (YAML flow). */
async function start(extraction: string, options: { store?: boolean } = {}): Promise<Gateway> {
  const yaml = `listen: { host: 127.0.0.1, port: 0 }
upstreams: [{ name: model, url: "${model.url}" }]
routes:
  - id: blobs
    kind: predict
    model: blobs
    upstream: model
    request: { from: /inputs, to: /instances }
    outputs: { probabilities: /probabilities, label: /labels }
    extraction: ${extraction}
  - id: plain
    kind: predict
    model: plain
    upstream: model
    request: { from: /inputs, to: /instances }
`;
  identity = headerIdentity();
  clock = 1_000_000;
  if (options.store) store = await openStore({ sqlitePath: path.join(dir, `state-${Date.now()}.db`) });
  gateway = await startGateway({
    loaded: parseGatewayConfig(path.join(dir, 'gateway.yaml'), yaml),
    parts: [identity.factory, createExtractionPart],
    now: () => clock,
    log: () => undefined,
    ...(store ? { store } : {}),
  });
  return gateway;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are read field by field
  json: any;
}

async function send(key: string | undefined, body: unknown, model = 'blobs', raw?: string): Promise<Reply> {
  const response = await request(`${gateway!.url}/predict/${model}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-client-key': key } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

const rows = (stream: Float64Array[]): number[][] => stream.map((r) => Array.from(r));

/** Send `stream` in batches of `size` rows; returns the replies. */
async function sendAll(key: string, stream: Float64Array[], size = 10): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let i = 0; i < stream.length; i += size) replies.push(await send(key, { inputs: rows(stream.slice(i, i + size)) }));
  return replies;
}

const alarms = () => identity.events.filter((e) => e.type === 'extraction.alarm');

describe('extraction part over HTTP', () => {
  it('hardens single and batch answers, and leaves routes without extraction alone', async () => {
    await start('{ hardening: { kind: round, decimals: 1 } }');
    const one = await send('k', { inputs: Array.from(world.sample(() => 0.3)) });
    expect(one.status).toBe(200);
    expect(one.json.probabilities).toHaveLength(5);
    expect(typeof one.json.labels).toBe('number');
    for (const p of one.json.probabilities) expect(Math.round(p * 10) / 10).toBe(p);
    const batch = await send('k', { inputs: rows(benignStream(world, 3, 1, 0)) });
    expect(batch.json.probabilities).toHaveLength(3);
    expect(batch.json.labels).toHaveLength(3);
    const plain = await send('k', { inputs: rows(benignStream(world, 1, 2, 0)) }, 'plain');
    expect(plain.json.probabilities[0].some((p: number) => Math.round(p * 10) / 10 !== p)).toBe(true);
  });

  it('alert: an alarm is an event naming key, model, signal and statistics, without inputs; the key is not limited', async () => {
    await start('{ monitor: { profile: profile.json, ood: { minQueries: 10 } } }');
    const replies = await sendAll('noisy', uniformStream(world, 60, 3));
    expect(replies.every((r) => r.status === 200 && r.json.probabilities)).toBe(true);
    const events = alarms();
    expect(events).toHaveLength(1); // once per cooldown
    const [event] = events;
    expect(event).toMatchObject({ severity: 'warning', principal: 'noisy', model: 'blobs', route: 'blobs', detail: { signal: 'ood', action: 'alert', key: 'noisy', queries: 10, atQuery: 10, maxRate: 0.25 } });
    expect(Object.values(event!.detail).every((v) => typeof v !== 'object' || v === null)).toBe(true);
    expect(JSON.stringify(event)).not.toContain(String(uniformStream(world, 1, 3)[0]![0]));
    await sendAll('calm', benignStream(world, 60, 4));
    expect(alarms()).toHaveLength(1);
    const metrics = await (await request(`${gateway!.url}/metrics`)).body.text();
    expect(metrics).toContain('aisec_gateway_extraction_alarms_total{model="blobs",signal="ood"} 1');
  });

  it('block: 403 ERR_GUARD_BLOCKED for that key only, from the alarming request on, until it expires', async () => {
    await start('{ monitor: { profile: profile.json, windowSeconds: 60, ood: { minQueries: 10, action: { action: block, seconds: 60 } } } }');
    const noise = uniformStream(world, 40, 5);
    expect((await send('thief', { inputs: rows(noise.slice(0, 5)) })).status).toBe(200);
    const alarming = await send('thief', { inputs: rows(noise.slice(5, 15)) });
    expect(alarming.status).toBe(403);
    expect(alarming.json.error.code).toBe('ERR_GUARD_BLOCKED');
    expect(alarming.json.error.message).not.toMatch(/ood|distribution|rate|threshold/i);
    const honest = benignStream(world, 5, 6, 0);
    expect((await send('thief', { inputs: rows(honest) })).status).toBe(403);
    expect((await send('client', { inputs: rows(honest) })).status).toBe(200);
    expect(alarms()[0]).toMatchObject({ severity: 'critical', detail: { action: 'block', until: new Date(clock + 60_000).toISOString() } });
    const before = model.rows;
    await send('thief', { inputs: rows(honest) });
    expect(model.rows).toBe(before); // refused before the model
    clock += 61_000; // the block and the key's statistics (windowSeconds) have expired
    expect((await send('thief', { inputs: rows(honest) })).status).toBe(200);
  });

  it('block: a key whose statistics still alarm when its block ends is blocked again', async () => {
    await start('{ monitor: { profile: profile.json, ood: { minQueries: 10, action: { action: block, seconds: 60 } } } }');
    await sendAll('thief', uniformStream(world, 20, 19));
    clock += 61_000;
    const before = model.rows;
    expect((await send('thief', { inputs: rows(benignStream(world, 1, 20, 0)) })).status).toBe(403);
    expect(model.rows).toBe(before + 1);
    expect((await send('client', { inputs: rows(benignStream(world, 1, 20, 0)) })).status).toBe(200);
  });

  it('restrict: that key gets labels only, others keep their probabilities', async () => {
    await start('{ monitor: { profile: profile.json, ood: { minQueries: 10, action: { action: restrict, seconds: 30 } } } }');
    await sendAll('thief', uniformStream(world, 20, 7));
    const honest = { inputs: rows(benignStream(world, 2, 8, 0)) };
    const restricted = await send('thief', honest);
    expect(restricted.status).toBe(200);
    expect(restricted.json).toEqual({ labels: expect.any(Array) });
    expect(restricted.json.labels).toEqual(honest.inputs.map((r) => world.classOf(r)));
    expect((await send('client', honest)).json.probabilities).toHaveLength(2);
    clock += 31_000;
    expect((await send('thief', honest)).json.probabilities).toHaveLength(2);
  });

  it('throttle: one request per minIntervalMs for that key, 429 with Retry-After in between', async () => {
    await start('{ monitor: { profile: profile.json, ood: { minQueries: 10, action: { action: throttle, seconds: 300, minIntervalMs: 10000 } } } }');
    await sendAll('thief', uniformStream(world, 20, 9));
    const honest = { inputs: rows(benignStream(world, 1, 10, 0)) };
    const limited = await send('thief', honest);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('ERR_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBe(10);
    expect((await send('client', honest)).status).toBe(200);
    clock += 10_000;
    expect((await send('thief', honest)).status).toBe(200);
    expect((await send('thief', honest)).status).toBe(429);
    clock += 301_000;
    expect((await send('thief', honest)).status).toBe(200);
    expect((await send('thief', honest)).status).toBe(200);
  });

  it('opens one incident per key and model per cooldown when openIncident is on', async () => {
    await start('{ monitor: { profile: profile.json, openIncident: true, cooldownSeconds: 600, ood: { minQueries: 10 }, coverage: { maxCells: 30, cellWidth: 0.2 } } }', { store: true });
    await sendAll('thief', uniformStream(world, 60, 11));
    const events = alarms();
    expect(events.map((e) => e.detail.signal).sort()).toEqual(['coverage', 'ood']);
    const ids = events.map((e) => e.detail.incidentId).filter(Boolean);
    expect(ids).toHaveLength(1);
    let incidents = await store!.listIncidents();
    for (let i = 0; i < 50 && incidents.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      incidents = await store!.listIncidents();
    }
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ id: ids[0], status: 'open', severity: 'medium', detail: { key: 'thief', model: 'blobs' } });
    clock += 601_000;
    await sendAll('thief', uniformStream(world, 20, 12));
    expect(alarms().filter((e) => e.detail.incidentId)).toHaveLength(2);
  });

  it('refuses unreadable features with 400 ERR_USAGE naming the place, before the model is called', async () => {
    await start('{ monitor: { dimensions: 16, maxRowsPerRequest: 4 } }');
    const before = model.rows;
    const cases: [unknown, string][] = [
      [{ inputs: 'abc' }, '/inputs must be an array'],
      [{ inputs: [[...new Array(15).fill(0.5), 'x']] }, '/inputs/0/15 is a string'],
      [{ inputs: [[[1], ...new Array(15).fill(0.5)]] }, '/inputs/0/0 is an array'],
      [{ inputs: [1, 2, 3] }, '/inputs has 3 features; this model takes 16'],
      [{ inputs: rows(benignStream(world, 5, 13, 0)) }, 'send at most 4 per request'],
      [{ inputs: new Array(100_000).fill(0.5) }, 'at most 4096 are read'],
      [{ other: 1 }, '/inputs must be an array'],
    ];
    for (const [body, message] of cases) {
      const reply = await send('k', body);
      expect(reply.status).toBe(400);
      expect(reply.json.error.code).toBe('ERR_USAGE');
      expect(reply.json.error.message).toContain(message);
    }
    const infinite = await send('k', undefined, 'blobs', `{"inputs":[${new Array(15).fill('0.5').join(',')},1e400]}`);
    expect(infinite.json.error.message).toContain('/inputs/15 is not a finite number');
    const notJson = await send('k', undefined, 'blobs', '{"inputs": [1, 2');
    expect(notJson.status).toBe(400);
    expect(model.rows).toBe(before);
    expect((await send('k', { inputs: rows(benignStream(world, 2, 14, 0)) })).status).toBe(200);
  });

  it('passes unreadable features unmonitored when unreadable is skip', async () => {
    await start('{ monitor: { dimensions: 16, unreadable: skip } }');
    model.answer = () => ({ probabilities: [1, 0], labels: 0 });
    expect((await send('k', { inputs: [1, 2, 3] })).status).toBe(200);
  });

  it('refuses an answer without probabilities with 502 ERR_UPSTREAM when it must harden it', async () => {
    await start('{ hardening: { kind: reverse-sigmoid, beta: 1, gamma: 0.2 } }');
    model.answer = () => ({ error: 'out of memory' });
    const reply = await send('k', { inputs: rows(benignStream(world, 1, 15, 0)) });
    expect(reply.status).toBe(502);
    expect(reply.json.error.code).toBe('ERR_UPSTREAM');
  });

  it('lets an admin read and clear a key\'s state', async () => {
    await start('{ monitor: { profile: profile.json, ood: { minQueries: 10, action: { action: block, seconds: 600 } } } }');
    await sendAll('thief', uniformStream(world, 20, 16));
    const admin = async (method: string, key: string) => {
      const r = await request(`${gateway!.url}/admin/extraction/blobs/keys/${encodeURIComponent(key)}`, { method, headers: { 'x-client-key': 'admin-1' } });
      return { status: r.statusCode, json: (await r.body.json()) as Record<string, unknown> };
    };
    expect(await admin('GET', 'thief')).toMatchObject({ status: 200, json: { tracked: true, blocked: true, stats: { queries: 10 } } });
    expect((await admin('DELETE', 'thief')).json.cleared).toBe(true);
    expect((await admin('GET', 'thief')).json).toMatchObject({ tracked: false, blocked: false });
    expect((await send('thief', { inputs: rows(benignStream(world, 1, 17, 0)) })).status).toBe(200);
  });

  it('monitors requests without a key as one shared key', async () => {
    await start('{ monitor: { profile: profile.json, ood: { minQueries: 10 } } }');
    await sendAll('', uniformStream(world, 20, 18));
    expect(alarms()[0]?.detail.key).toBe('(anonymous)');
    expect(alarms()[0]?.principal).toBeUndefined();
  });

  it('refuses to start with hardening but no outputs.probabilities, or a missing profile', async () => {
    const bad = async (route: string): Promise<unknown> => {
      try {
        await startGateway({
          loaded: parseGatewayConfig(path.join(dir, 'gateway.yaml'), `upstreams: [{ name: model, url: "${model.url}" }]\nroutes:\n  - ${route}\n`),
          parts: [createExtractionPart],
          log: () => undefined,
        });
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const noOutputs = await bad('{ id: r, kind: predict, model: m, upstream: model, extraction: { hardening: { kind: top1 } } }');
    expect(isAisecError(noOutputs) && noOutputs.code === 'ERR_GATEWAY_CONFIG' && noOutputs.message.includes('outputs.probabilities')).toBe(true);
    const noProfile = await bad('{ id: r, kind: predict, model: m, upstream: model, outputs: { label: /label }, extraction: { monitor: { profile: missing.json } } }');
    expect(isAisecError(noProfile) && noProfile.code === 'ERR_GATEWAY_CONFIG' && noProfile.message.includes('missing.json')).toBe(true);
  });
});
