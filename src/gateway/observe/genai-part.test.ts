import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../config/load.js';
import { startGateway } from '../server/gateway.js';
import { startTestUpstream } from '../test-support/upstream.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

describe('GenAI request metrics', () => {
  it('exports gen_ai_server_request_duration_seconds by operation, route and error type', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-genai-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const up = await startTestUpstream();
    cleanups.push(() => up.close());
    const text = `listen: { port: 0 }\nupstreams: [{ name: up, url: "${up.url}/v1" }]\nroutes: [{ id: chat, kind: openai, upstream: up, models: [small] }]\n`;
    const gw = await startGateway({ loaded: parseGatewayConfig(path.join(dir, 'gateway.yaml'), text), log: () => undefined });
    cleanups.push(() => gw.close(100));
    const chat = (model: string) => fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }) });
    expect((await chat('small')).status).toBe(200);
    expect((await chat('small')).status).toBe(200);
    expect((await chat('unknown')).status).toBe(404);
    await new Promise((r) => setTimeout(r, 20));
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metrics).toContain('# TYPE gen_ai_server_request_duration_seconds histogram');
    expect(metrics).toContain('gen_ai_server_request_duration_seconds_count{gen_ai_operation_name="chat",route="chat",error_type=""} 2');
    expect(metrics).toMatch(/gen_ai_server_request_duration_seconds_bucket\{gen_ai_operation_name="chat",route="chat",error_type="",le="81.92"\} 2/);
    // An unknown model never matched a route: no series with a client-chosen label.
    expect(metrics).not.toContain('unknown');
    expect(metrics).not.toMatch(/gen_ai_operation_name="(healthz|metrics)"/);
  });
});
