import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGatewayConfig } from '../config/load.js';
import { AisecError } from '../../core/errors.js';
import { startTestUpstream, toolCallCompletion, type TestUpstream } from '../test-support/upstream.js';
import { startGateway, type Gateway } from './gateway.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function configText(upstreamUrl: string, extra = ''): string {
  return `
listen: { port: 0, headersTimeoutMs: 500, requestTimeoutMs: 1000, maxHeaderBytes: 4096 }
limits: { maxBodyBytes: 65536 }
upstreams:
  - name: llm
    url: ${upstreamUrl}/v1
    retries: 1
    timeouts: { connectMs: 500, headersMs: 800, bodyMs: 800 }
routes:
  - id: chat
    kind: openai
    upstream: llm
    models: [small, big]
    rename: { small: up-model }
  - id: sum
    kind: predict
    model: sum
    upstream: llm
    path: /predict
    maxBodyBytes: 1024
    request: { from: /inputs, to: /instances, template: { signature: serving } }
    response: { from: /predictions, to: /outputs }
${extra}`;
}

async function setup(extra = '', stages = {}): Promise<{ gw: Gateway; up: TestUpstream; logs: string[] }> {
  const up = await startTestUpstream();
  const logs: string[] = [];
  const gw = await startGateway({ loaded: parseGatewayConfig('gateway.yaml', configText(up.url, extra)), stages, log: (l) => logs.push(l) });
  cleanups.push(() => up.close(), () => gw.close(100));
  return { gw, up, logs };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function send(url: string, method: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const chat = (extra: Record<string, unknown> = {}) => JSON.stringify({ model: 'small', messages: [{ role: 'user', content: 'hi' }], ...extra });
const errorOf = (reply: Reply) => (JSON.parse(reply.body.toString()) as { error: { code: string; message: string; type: string } }).error;

describe('gateway proxy', () => {
  it('passes JSON through byte for byte, renames the model and sets a request id', async () => {
    const { gw, up } = await setup();
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', chat({ tools: [{ type: 'function' }] }), { 'x-request-id': 'req-42' });
    expect(reply.status).toBe(200);
    expect(reply.body.equals(up.lastSent)).toBe(true);
    expect(JSON.parse(reply.body.toString())).toEqual(toolCallCompletion);
    expect(reply.headers['x-request-id']).toBe('req-42');
    expect(JSON.parse(up.seen[0]!.body).model).toBe('up-model');
    expect(up.seen[0]!.url).toBe('/v1/chat/completions');
    expect(up.seen[0]!.headers['x-request-id']).toBe('req-42');
  });

  it('forwards a model that is not renamed without touching the body, and generates ids', async () => {
    const { gw, up } = await setup();
    const body = `{ "model" : "big",\n "messages": [] }`;
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', body, { 'x-request-id': 'bad id with spaces' });
    expect(reply.status).toBe(200);
    expect(up.seen[0]!.body).toBe(body);
    expect(reply.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses models not listed and bodies without a model, with OpenAI-style errors', async () => {
    const { gw, up } = await setup();
    const denied = await send(`${gw.url}/v1/chat/completions`, 'POST', chat({ model: 'hidden-model' }));
    expect(denied.status).toBe(404);
    expect(errorOf(denied)).toMatchObject({ code: 'ERR_ROUTE_NOT_FOUND', type: 'invalid_request_error' });
    const invalid = await send(`${gw.url}/v1/chat/completions`, 'POST', '{"model": "small",');
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid).message).toContain('not valid JSON');
    const deep = await send(`${gw.url}/v1/chat/completions`, 'POST', `{"model":"small","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    expect(deep.status).toBe(400);
    expect(errorOf(deep).message).toContain('nests deeper');
    const noModel = await send(`${gw.url}/v1/chat/completions`, 'POST', '[1,2]');
    expect(errorOf(noModel).message).toContain('"model" string field');
    expect(up.seen).toHaveLength(0);
  });

  it('answers GET /v1/models from the model list, hiding upstream models', async () => {
    const { gw, up } = await setup();
    const reply = await send(`${gw.url}/v1/models`, 'GET');
    expect((JSON.parse(reply.body.toString()) as { data: { id: string }[] }).data.map((m) => m.id)).toEqual(['small', 'big']);
    expect(up.seen).toHaveLength(0);
  });

  it('maps classic predict requests and answers through JSON pointers', async () => {
    const { gw, up } = await setup();
    const reply = await send(`${gw.url}/predict/sum`, 'POST', JSON.stringify({ inputs: [[1, 2], [3, 4]] }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body.toString())).toEqual({ outputs: [3, 7] });
    expect(JSON.parse(up.seen[0]!.body)).toEqual({ signature: 'serving', instances: [[1, 2], [3, 4]] });
    const missing = await send(`${gw.url}/predict/sum`, 'POST', JSON.stringify({ rows: [] }));
    expect(missing.status).toBe(400);
    expect(errorOf(missing).message).toContain('/inputs');
  });

  it('gives 404 JSON for unknown routes and 400 for the wrong method', async () => {
    const { gw } = await setup();
    const unknown = await send(`${gw.url}/v1/files`, 'POST', '{}');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).code).toBe('ERR_ROUTE_NOT_FOUND');
    expect((await send(`${gw.url}/v1/chat/completions`, 'GET')).status).toBe(400);
  });
});

describe('gateway limits and hostile clients', () => {
  it('refuses a declared oversize body with 413 before it is sent', async () => {
    const { gw, up } = await setup();
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(`${gw.url}/v1/chat/completions`, { method: 'POST', agent: false, headers: { 'content-length': String(100 * 1024 * 1024) } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', reject);
      req.write('{"model":"small"'); // the rest is never sent
    });
    expect(reply.status).toBe(413);
    expect(errorOf(reply).code).toBe('ERR_REQUEST_TOO_LARGE');
    expect(up.seen).toHaveLength(0);
  });

  it('refuses a chunked body once it passes the limit, and per-route limits', async () => {
    const { gw } = await setup();
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', Buffer.alloc(70_000, 0x20), { 'transfer-encoding': 'chunked' });
    expect(reply.status).toBe(413);
    const predict = await send(`${gw.url}/predict/sum`, 'POST', JSON.stringify({ inputs: [Array(600).fill(1)] }));
    expect(predict.status).toBe(413);
  });

  it('answers 431 to huge headers and closes connections that send headers too slowly', async () => {
    const { gw } = await setup();
    const big = await send(`${gw.url}/v1/models`, 'GET', undefined, { 'x-big': 'a'.repeat(8000) });
    expect(big.status).toBe(431);
    const { port } = new URL(gw.url);
    const closed = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n'));
      let got = '';
      socket.on('data', (d) => (got += d.toString()));
      socket.on('close', () => resolve(got));
    });
    expect(closed).toMatch(/^HTTP\/1\.1 408|^$/);
  });
});

describe('gateway upstream failures', () => {
  it('turns a dead upstream into 502 ERR_UPSTREAM', async () => {
    const { gw, up } = await setup();
    await up.close();
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', chat());
    expect(reply.status).toBe(502);
    expect(errorOf(reply)).toMatchObject({ code: 'ERR_UPSTREAM', type: 'upstream_error' });
    expect(errorOf(reply).message).toContain('cannot be reached');
    const metrics = await send(`${gw.url}/metrics`, 'GET');
    expect(metrics.body.toString()).toContain('aisec_gateway_upstream_errors_total{upstream="llm",kind="ECONNREFUSED"} 1');
  });

  it.each([
    ['hang', 'did not answer in time'],
    ['garbage', 'not HTTP'],
    ['500', 'status 500'],
    ['html', 'not JSON or an event stream'],
  ] as const)('turns an upstream that answers %s into 502 without internals', async (mode, text) => {
    const { gw, up } = await setup();
    up.behaviour.mode = mode;
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', chat());
    expect(reply.status).toBe(502);
    expect(errorOf(reply).message).toContain(text);
    expect(reply.body.toString()).not.toMatch(/Traceback|srv|127\.0\.0\.1|login/);
  });
});

describe('gateway streaming', () => {
  it('passes SSE through byte for byte, each chunk before the upstream sends the next', async () => {
    const { gw, up } = await setup();
    up.behaviour.gated = true;
    up.behaviour.chunks = 3;
    const received: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = http.request(`${gw.url}/v1/chat/completions`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        res.on('data', (c: Buffer) => {
          received.push(c);
          up.release(); // the upstream sends its next chunk only once this one arrived
        });
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end(chat({ stream: true }));
    });
    expect(Buffer.concat(received).equals(up.lastSent)).toBe(true);
    expect(received.length).toBeGreaterThanOrEqual(4);
  });

  it('aborts the upstream request when the client goes away mid-stream', async () => {
    const { gw, up } = await setup();
    up.behaviour.gated = true;
    up.behaviour.chunks = 5;
    await new Promise<void>((resolve, reject) => {
      const req = http.request(`${gw.url}/v1/chat/completions`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => undefined);
      req.end(chat({ stream: true }));
      setTimeout(() => reject(new Error('no first chunk')), 5000).unref();
    });
    await up.aborted;
    const metrics = (await send(`${gw.url}/metrics`, 'GET')).body.toString();
    expect(metrics).toContain('aisec_gateway_active_streams 0');
  });

  it('ends a stream cut by a response guard with an SSE error event, and the blocked chunk never leaves', async () => {
    const stages = {
      responseGuard: () => ({
        chunk: (bytes: Buffer) => (bytes.includes('tok1') ? new AisecError('ERR_GUARD_BLOCKED', 'The response was blocked by a guard.') : undefined),
        end: () => undefined,
      }),
    };
    const { gw, up } = await setup('', stages);
    up.behaviour.chunks = 3;
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', chat({ stream: true }));
    const text = reply.body.toString();
    expect(text).toContain('tok0');
    expect(text).not.toContain('tok1');
    expect(text).toMatch(/data: \{"error":\{"message":"The response was blocked by a guard\.","type":"content_filter","code":"ERR_GUARD_BLOCKED"\}\}\n\n$/);
  });

  it('runs the stages in order and audits the outcome', async () => {
    const order: string[] = [];
    const audits: unknown[] = [];
    const written: unknown[] = [];
    const stages = {
      authenticate: () => (order.push('authenticate'), { id: 'key-1', scopes: [] }),
      authorise: () => void order.push('authorise'),
      limit: () => (order.push('limit'), () => void order.push('settle')),
      requestGuard: () => (order.push('requestGuard'), undefined),
      writeAhead: (r: unknown) => (order.push('writeAhead'), void written.push(r)),
      audit: (r: unknown) => (order.push('audit'), void audits.push(r)),
    };
    const { gw } = await setup('', stages);
    await send(`${gw.url}/v1/chat/completions`, 'POST', chat());
    await new Promise((r) => setTimeout(r, 50));
    // The write-ahead stage (the audit log) runs before the response's last bytes; the limits settle and the observers after them.
    expect(order).toEqual(['authenticate', 'authorise', 'limit', 'requestGuard', 'writeAhead', 'settle', 'audit']);
    expect(audits[0]).toMatchObject({ route: 'chat', model: 'small', principal: 'key-1', status: 200, streamed: false, aborted: false });
    expect(written).toEqual(audits);
  });

  it('records a request once, with every stage, when the client goes away mid-stream', async () => {
    const order: string[] = [];
    const stages = {
      limit: () => () => void order.push('settle'),
      writeAhead: (r: { aborted: boolean }) => void order.push(`writeAhead:${r.aborted}`),
      audit: (r: { aborted: boolean }) => void order.push(`audit:${r.aborted}`),
    };
    const { gw, up } = await setup('', stages);
    up.behaviour.chunks = 3;
    up.behaviour.gated = true; // the upstream holds the rest of the stream until released (never, here)
    const { port } = new URL(gw.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    const body = chat({ stream: true });
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    socket.destroy();
    await expect.poll(() => order.length).toBe(3);
    expect(order).toEqual(['writeAhead:true', 'settle', 'audit:true']);
  });
});
