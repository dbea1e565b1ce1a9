import http from 'node:http';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config/load.js';
import { startTestUpstream, type TestUpstream } from '../test-support/upstream.js';
import { startGateway, type Gateway } from './gateway.js';
import { watchConfigFile } from './watch-config.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

const text = (url: string, models: string) => `
listen: { port: 0 }
upstreams: [{ name: llm, url: "${url}/v1" }]
routes: [{ id: chat, kind: openai, upstream: llm, models: [${models}] }]
`;

async function setup(): Promise<{ gw: Gateway; up: TestUpstream; file: string; logs: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-gw-reload-'));
  const file = path.join(dir, 'gateway.yaml');
  const up = await startTestUpstream();
  await writeFile(file, text(up.url, 'a'));
  const logs: string[] = [];
  const gw = await startGateway({ loaded: await loadGatewayConfig(file), log: (l) => logs.push(l) });
  cleanups.push(() => rm(dir, { recursive: true, force: true }), () => up.close(), () => gw.close(100));
  return { gw, up, file, logs };
}

function post(url: string, body: string, onFirstChunk?: () => void): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let out = '';
      let first = true;
      res.on('data', (c: Buffer) => {
        out += c.toString();
        if (first) onFirstChunk?.();
        first = false;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: out }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const chat = (model: string, stream = false) => JSON.stringify({ model, stream, messages: [] });

describe('gateway hot reload', () => {
  it('swaps a valid configuration in for new requests while a stream in flight finishes on the old one', async () => {
    const { gw, up, file } = await setup();
    up.behaviour.gated = true;
    up.behaviour.chunks = 2;
    const before = gw.configVersion;
    let firstChunk!: () => void;
    const started = new Promise<void>((r) => (firstChunk = r));
    const stream = post(`${gw.url}/v1/chat/completions`, chat('a', true), () => firstChunk());
    await started;
    await writeFile(file, text(up.url, 'b'));
    const result = await gw.reload();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(gw.configVersion).not.toBe(before);
    expect((await post(`${gw.url}/v1/chat/completions`, chat('a'))).status).toBe(404);
    up.behaviour.gated = false;
    up.release();
    up.release();
    const finished = await stream;
    expect(finished.status).toBe(200);
    expect(finished.body).toContain('data: [DONE]');
    expect((await post(`${gw.url}/v1/chat/completions`, chat('b'))).status).toBe(200);
  });

  it('keeps the old configuration when the new one is invalid, and logs the problem with its line', async () => {
    const { gw, up, file, logs } = await setup();
    const before = gw.configVersion;
    await writeFile(file, `${text(up.url, 'b')}limits: { maxBodyBites: 1 }\n`);
    const result = await gw.reload();
    expect(result.ok).toBe(false);
    expect(gw.configVersion).toBe(before);
    expect(logs.join('\n')).toMatch(/not reloaded, version \w+ stays active: .*gateway\.yaml:5:\d+ {2}limits\.maxBodyBites: unknown key/s);
    expect((await post(`${gw.url}/v1/chat/completions`, chat('a'))).status).toBe(200);
    const metrics = await new Promise<string>((resolve) => http.get(`${gw.url}/metrics`, (res) => {
      let out = '';
      res.on('data', (c: Buffer) => (out += c.toString()));
      res.on('end', () => resolve(out));
    }));
    expect(metrics).toContain('aisec_gateway_reloads_total{result="rejected"} 1');
    expect(metrics).toContain(`aisec_gateway_config_info{version="${before}"} 1`);
  });

  it('answers every request sent during repeated reloads', async () => {
    const { gw, up, file } = await setup();
    await writeFile(file, text(up.url, 'a, b'));
    const requests: Promise<{ status: number }>[] = [];
    for (let i = 0; i < 10; i++) {
      requests.push(post(`${gw.url}/v1/chat/completions`, chat('a')));
      await writeFile(file, text(up.url, i % 2 === 0 ? 'a' : 'a, c'));
      requests.push(post(`${gw.url}/v1/chat/completions`, chat('a')));
      await gw.reload();
    }
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it('notices a file replaced by rename', async () => {
    const { gw, up, file } = await setup();
    let fired!: () => void;
    const changed = new Promise<void>((r) => (fired = r));
    const stop = watchConfigFile(file, () => fired(), 20);
    cleanups.push(async () => stop());
    await writeFile(`${file}.tmp`, text(up.url, 'z'));
    await rename(`${file}.tmp`, file);
    await changed;
    expect((await gw.reload()).ok).toBe(true);
    expect((await post(`${gw.url}/v1/chat/completions`, chat('z'))).status).toBe(200);
  });
});

describe('gateway health', () => {
  it('reports version and upstream reachability without URLs or secrets', async () => {
    const { gw, up } = await setup();
    const get = () => new Promise<Record<string, unknown>>((resolve) => http.get(`${gw.url}/healthz`, (res) => {
      let out = '';
      res.on('data', (c: Buffer) => (out += c.toString()));
      res.on('end', () => resolve(JSON.parse(out) as Record<string, unknown>));
    }));
    const healthy = await get();
    expect(healthy).toMatchObject({ status: 'ok', configVersion: gw.configVersion, upstreams: [{ name: 'llm', reachable: true }] });
    expect(JSON.stringify(healthy)).not.toContain('127.0.0.1');
    await up.close();
    await new Promise((r) => setTimeout(r, 2100)); // past the probe cache
    expect(await get()).toMatchObject({ status: 'degraded', upstreams: [{ name: 'llm', reachable: false }] });
  });
});
