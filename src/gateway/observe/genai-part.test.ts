import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../config/load.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { startTestUpstream, type TestUpstream, type TestUpstreamBehaviour } from '../test-support/upstream.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A gateway on loopback in front of a test upstream; `extra` is appended to the configuration (e.g. a limits section). */
async function setup(extra = '', behaviour: TestUpstreamBehaviour = {}): Promise<{ gw: Gateway; up: TestUpstream }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-genai-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const up = await startTestUpstream(behaviour);
  cleanups.push(() => up.close());
  const text = `listen: { port: 0 }\nupstreams: [{ name: up, url: "${up.url}/v1", retries: 0 }]\nroutes: [{ id: chat, kind: openai, upstream: up, models: [small] }]\n${extra}`;
  const gw = await startGateway({ loaded: parseGatewayConfig(path.join(dir, 'gateway.yaml'), text), log: () => undefined });
  cleanups.push(() => gw.close(100));
  return { gw, up };
}

const post = (gw: Gateway, endpoint: string, body: object): Promise<Response> =>
  fetch(`${gw.url}/v1/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'small', ...body }) });
const chat = (gw: Gateway, stream = false): Promise<Response> => post(gw, 'chat/completions', { messages: [{ role: 'user', content: 'hi' }], ...(stream ? { stream: true } : {}) });

/** The exported metrics, once the last response's close has been recorded. */
async function metricsOf(gw: Gateway): Promise<string> {
  await new Promise((r) => setTimeout(r, 20));
  return (await fetch(`${gw.url}/metrics`)).text();
}

/** The value of one series (undefined when absent). */
function value(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const chatLabels = 'gen_ai_operation_name="chat",route="chat"';
const tokens = (type: 'input' | 'output', suffix: string, le?: string): string =>
  `gen_ai_client_token_usage_${suffix}{${chatLabels},gen_ai_token_type="${type}"${le === undefined ? '' : `,le="${le}"`}}`;
const ttft = (suffix: string, le?: string): string => `gen_ai_server_time_to_first_token_seconds_${suffix}{${chatLabels}${le === undefined ? '' : `,le="${le}"`}}`;
const tokenLimit = 'limits:\n  perKey: { tokensPerMinute: 1000000000 }\n';

describe('GenAI request metrics', () => {
  it('exports gen_ai_server_request_duration_seconds by operation, route and error type', async () => {
    const { gw } = await setup();
    expect((await chat(gw)).status).toBe(200);
    expect((await chat(gw)).status).toBe(200);
    expect((await post(gw, 'chat/completions', { model: 'unknown', messages: [] })).status).toBe(404);
    const metrics = await metricsOf(gw);
    expect(metrics).toContain('# TYPE gen_ai_server_request_duration_seconds histogram');
    expect(metrics).toContain('gen_ai_server_request_duration_seconds_count{gen_ai_operation_name="chat",route="chat",error_type=""} 2');
    expect(metrics).toMatch(/gen_ai_server_request_duration_seconds_bucket\{gen_ai_operation_name="chat",route="chat",error_type="",le="81.92"\} 2/);
    // An unknown model never matched a route: no series with a client-chosen label.
    expect(metrics).not.toContain('unknown');
    expect(metrics).not.toMatch(/gen_ai_operation_name="(healthz|metrics)"/);
  });

  it.each([
    ['without a token limit (this part counts)', ''],
    ['with a token limit (the limits part\'s count is shared)', tokenLimit],
  ])('exports the input and output tokens of the usage the upstream reported, in JSON answers and streams, %s', async (_name, extra) => {
    const { gw, up } = await setup(extra, {
      json: { id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'hello' }, finish_reason: 'stop' }], usage: { prompt_tokens: 300, completion_tokens: 20, total_tokens: 320 } },
      sse: [
        `data: ${JSON.stringify({ id: 'c2', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'hel' } }] })}\n\n`,
        `data: ${JSON.stringify({ id: 'c2', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 70, completion_tokens: 5000, total_tokens: 5070 } })}\n\n`,
        'data: [DONE]\n\n',
      ],
    });
    const json = await chat(gw);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { usage: { total_tokens: number } }).usage.total_tokens).toBe(320);
    const stream = await chat(gw, true);
    expect(stream.status).toBe(200);
    expect(await stream.text()).toContain('[DONE]');
    // Embeddings report input tokens only.
    up.behaviour.json = { object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.5] }], usage: { prompt_tokens: 8, total_tokens: 8 } };
    expect((await post(gw, 'embeddings', { input: 'hello' })).status).toBe(200);
    const metrics = await metricsOf(gw);
    expect(metrics).toContain('# TYPE gen_ai_client_token_usage histogram');
    expect(value(metrics, tokens('input', 'count'))).toBe(2);
    expect(value(metrics, tokens('input', 'sum'))).toBe(370);
    expect(value(metrics, tokens('input', 'bucket', '64'))).toBe(0);
    expect(value(metrics, tokens('input', 'bucket', '256'))).toBe(1);
    expect(value(metrics, tokens('input', 'bucket', '1024'))).toBe(2);
    expect(value(metrics, tokens('input', 'bucket', '67108864'))).toBe(2);
    expect(value(metrics, tokens('input', 'bucket', '+Inf'))).toBe(2);
    expect(value(metrics, tokens('output', 'count'))).toBe(2);
    expect(value(metrics, tokens('output', 'sum'))).toBe(5020);
    expect(value(metrics, tokens('output', 'bucket', '16'))).toBe(0);
    expect(value(metrics, tokens('output', 'bucket', '64'))).toBe(1);
    expect(value(metrics, tokens('output', 'bucket', '4096'))).toBe(1);
    expect(value(metrics, tokens('output', 'bucket', '16384'))).toBe(2);
    expect(metrics).toContain('gen_ai_client_token_usage_sum{gen_ai_operation_name="embeddings",route="chat",gen_ai_token_type="input"} 8');
    expect(metrics).not.toContain('gen_ai_operation_name="embeddings",route="chat",gen_ai_token_type="output"');
  });

  it.each([
    ['without a token limit', ''],
    ['with a token limit', tokenLimit],
  ])('passes a JSON answer on as it arrives when only usage watchers see it, and counts it when it ends, %s', async (_name, extra) => {
    const body = JSON.stringify({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'x'.repeat(2000) } }], usage: { prompt_tokens: 12, completion_tokens: 600, total_tokens: 612 } });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        res.write(body.slice(0, 1000));
        void gate.then(() => res.end(body.slice(1000)));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => upstream.close(() => r())));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-genai-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const port = (upstream.address() as AddressInfo).port;
    const text = `listen: { port: 0 }\nupstreams: [{ name: up, url: "http://127.0.0.1:${port}/v1", retries: 0 }]\nroutes: [{ id: chat, kind: openai, upstream: up, models: [small] }]\n${extra}`;
    const gw = await startGateway({ loaded: parseGatewayConfig(path.join(dir, 'gateway.yaml'), text), log: () => undefined });
    cleanups.push(() => gw.close(100));

    const res = await chat(gw);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    // The first half reaches the client while the upstream still holds the rest back.
    let received = '';
    while (received.length < 1000) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toBe(body.slice(0, 1000));
    expect(value(await metricsOf(gw), tokens('input', 'count'))).toBeUndefined();
    release();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += new TextDecoder().decode(chunk.value);
    expect(received).toBe(body);
    const metrics = await metricsOf(gw);
    expect(value(metrics, tokens('input', 'sum'))).toBe(12);
    expect(value(metrics, tokens('output', 'sum'))).toBe(600);
  });

  it('observes no tokens for answers without usage, model lists, or refused and failed requests', async () => {
    const plain = await setup('', { json: { id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'a long answer' } }] } });
    expect((await chat(plain.gw)).status).toBe(200);
    plain.up.behaviour.json = { id: 'c1', object: 'chat.completion', choices: [], usage: { total_tokens: 7 } };
    expect((await chat(plain.gw)).status).toBe(200);
    expect((await fetch(`${plain.gw.url}/v1/models`)).status).toBe(200);
    const none = await metricsOf(plain.gw);
    expect(none).toContain('# HELP gen_ai_client_token_usage ');
    // Estimates and totals are never exported as input or output tokens.
    expect(none).not.toContain('gen_ai_client_token_usage_count');
    expect(none).not.toContain('gen_ai_operation_name="models",route="chat",gen_ai_token_type');

    const limited = await setup(tokenLimit, { mode: '500' });
    expect((await chat(limited.gw)).status).toBe(502);
    expect((await chat(limited.gw, true)).status).toBe(502);
    const failed = await metricsOf(limited.gw);
    expect(failed).toContain('gen_ai_server_request_duration_seconds_count{gen_ai_operation_name="chat",route="chat",error_type="ERR_UPSTREAM"} 2');
    expect(failed).not.toContain('gen_ai_client_token_usage_count');
    expect(failed).not.toContain('gen_ai_server_time_to_first_token_seconds_count');
  });

  it('observes the time to the first bytes of a streamed answer, not to its end; a JSON answer gets no observation', async () => {
    const { gw, up } = await setup('', { gated: true, chunks: 3 });
    expect((await chat(gw)).status).toBe(200);
    expect(await metricsOf(gw)).not.toContain(ttft('count'));

    const sent = performance.now();
    const res = await chat(gw, true);
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    const firstAt = performance.now();
    expect(new TextDecoder().decode(first.value)).toContain('tok0');
    // The rest of the stream comes 150 ms later.
    await new Promise((r) => setTimeout(r, 150));
    for (let i = 0; i < 3; i++) up.release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toContain('[DONE]');
    const metrics = await metricsOf(gw);
    expect(value(metrics, ttft('count'))).toBe(1);
    const seconds = value(metrics, ttft('sum'))!;
    // The gateway runs in this process: its stamp lies between the request's sending and the first bytes' arrival.
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual((firstAt - sent) / 1000);
    expect(value(metrics, ttft('bucket', '+Inf'))).toBe(1);
    expect(value(metrics, ttft('bucket', '0.001'))).toBe(seconds <= 0.001 ? 1 : 0);
    expect(value(metrics, ttft('bucket', '10'))).toBe(1);
    // The request's duration runs to the end of the stream, after the 150 ms pause.
    const durationSum = value(metrics, `gen_ai_server_request_duration_seconds_sum{${chatLabels},error_type=""}`)!;
    expect(durationSum).toBeGreaterThanOrEqual(0.15 + seconds);
  });

  it('observes the first-token time of a stream a response guard cut after its first event, under the guard\'s error type', async () => {
    const { gw } = await setup('guards: {}\n', {
      sse: [
        `data: ${JSON.stringify({ id: 'c3', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'The key is ' } }] })}\n\n`,
        `data: ${JSON.stringify({ id: 'c3', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'AKIAZ7QW3RT5YUP2LM4N and its secret' } }] })}\n\n`,
        'data: [DONE]\n\n',
      ],
    });
    const res = await chat(gw, true);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('The key is');
    expect(text).not.toContain('AKIAZ7QW3RT5YUP2LM4N');
    const metrics = await metricsOf(gw);
    expect(metrics).toMatch(/gen_ai_server_request_duration_seconds_count\{gen_ai_operation_name="chat",route="chat",error_type="ERR_GUARD_\w+"\} 1/);
    expect(value(metrics, ttft('count'))).toBe(1);
  });

  it('observes no first-token time for a stream that ended without sending body bytes', async () => {
    const { gw } = await setup('', { sse: [] });
    const res = await chat(gw, true);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const metrics = await metricsOf(gw);
    expect(metrics).toContain(`gen_ai_server_request_duration_seconds_count{${chatLabels},error_type=""} 1`);
    expect(metrics).not.toContain(ttft('count'));
  });
});
