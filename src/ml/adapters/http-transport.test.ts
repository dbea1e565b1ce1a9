import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { parseRetryAfter, sendJson, type TransportSettings } from './http-transport.js';
import { sendJsonResponse, startModelServer, type Handler, type ModelServer } from './test-support/model-server.js';

const servers: ModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<ModelServer> {
  const server = await startModelServer(handler);
  servers.push(server);
  return server;
}

function settings(server: ModelServer, extra: Partial<TransportSettings> = {}): TransportSettings {
  return {
    name: 'test-model',
    url: server.url,
    method: 'POST',
    headers: {},
    secrets: [],
    timeoutMs: 2_000,
    retries: 2,
    backoffMs: 5,
    retryAfterMaxMs: 5_000,
    maxResponseBytes: 1024 * 1024,
    ...extra,
  };
}

async function failure(promise: Promise<unknown>): Promise<AisecError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    return error as AisecError;
  }
  throw new Error('expected a failure');
}

const live = (): AbortSignal => new AbortController().signal;

describe('sendJson', () => {
  it('posts JSON and returns the parsed answer', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { echo: req.body }));
    expect(await sendJson(settings(server, { headers: { 'X-Trace': 'abc' } }), '{"inputs":[[1]]}', live())).toEqual({ echo: { inputs: [[1]] } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'x-trace': 'abc' } });
  });

  it('gives up after every attempt times out: timeout × (retries + 1) plus backoff', async () => {
    const server = await serve(() => undefined); // never answers
    const started = Date.now();
    const error = await failure(sendJson(settings(server, { timeoutMs: 150, retries: 2, backoffMs: 10 }), '{}', live()));
    const elapsed = Date.now() - started;
    expect(error.code).toBe('ERR_ENDPOINT_TIMEOUT');
    expect(error.message).toBe('test-model: did not answer within 150 ms (3 attempts); check that the endpoint is up, or raise timeoutMs or retries');
    expect(server.requests).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(440);
    expect(elapsed).toBeLessThan(2_000);
    await server.idle();
  });

  it('times out a body that trickles forever', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"p": [');
      const timer = setInterval(() => res.write('0.5,'), 10);
      res.on('close', () => clearInterval(timer));
    });
    const error = await failure(sendJson(settings(server, { timeoutMs: 200, retries: 0 }), '{}', live()));
    expect(error.code).toBe('ERR_ENDPOINT_TIMEOUT');
    await server.idle();
  });

  it('retries a 500 and returns the answer of the next attempt', async () => {
    const server = await serve((req, res) => (req.index === 0 ? sendJsonResponse(res, { error: 'boom' }, 500) : sendJsonResponse(res, { ok: true })));
    expect(await sendJson(settings(server), '{}', live())).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('waits as long as Retry-After asks after a 429', async () => {
    const server = await serve((req, res) => (req.index === 0 ? sendJsonResponse(res, { error: 'slow down' }, 429, { 'retry-after': '1' }) : sendJsonResponse(res, { ok: true })));
    const started = Date.now();
    expect(await sendJson(settings(server), '{}', live())).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('fails at once when Retry-After asks for more than the cap', async () => {
    const server = await serve((_req, res) => sendJsonResponse(res, {}, 429, { 'retry-after': '120' }));
    const error = await failure(sendJson(settings(server, { retryAfterMaxMs: 10_000 }), '{}', live()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toContain('answered 429 and asked to wait 120 s (Retry-After), more than retryAfterMaxMs (10000 ms)');
    expect(server.requests).toHaveLength(1);
  });

  it('reports the last error status after the retries, quoting the body', async () => {
    const server = await serve((_req, res) => sendJsonResponse(res, { error: 'model not loaded' }, 503));
    const error = await failure(sendJson(settings(server, { retries: 1 }), '{}', live()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toBe('test-model: answered 503 ("{\\"error\\":\\"model not loaded\\"}") (2 attempts); the endpoint is failing or overloaded: lower concurrency, or raise retries');
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    [401, 'check the credentials in the mapping\'s headers'],
    [404, 'check the URL and method in the mapping'],
    [413, 'lower maxBatch'],
    [422, 'the endpoint refused the request: check request (mode, field, row, template)'],
  ])('does not retry a %i and says what to fix', async (status, fix) => {
    const server = await serve((_req, res) => sendJsonResponse(res, { detail: 'no' }, status));
    const error = await failure(sendJson(settings(server), '{}', live()));
    expect(error.message).toContain(`answered ${status}`);
    expect(error.message).toContain(fix);
    expect(server.requests).toHaveLength(1);
  });

  it('does not follow redirects, which could carry the headers to another host', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.example/collect?token=x' });
      res.end();
    });
    const error = await failure(sendJson(settings(server, { headers: { Authorization: 'Bearer abcdef' } }), '{}', live()));
    expect(error.message).toContain('answered 302, a redirect to https://elsewhere.example/collect; aisec does not follow redirects');
    expect(server.requests).toHaveLength(1);
  });

  it('keeps header values out of messages even when the endpoint echoes them', async () => {
    const server = await serve((req, res) => sendJsonResponse(res, { error: `bad token ${String(req.headers.authorization)}` }, 500));
    const secret = 'Bearer tok-7f3a9c';
    const error = await failure(sendJson(settings(server, { headers: { Authorization: secret }, secrets: [secret, 'tok-7f3a9c'], retries: 0 }), '{}', live()));
    expect(server.requests[0]?.headers.authorization).toBe(secret);
    expect(error.message).toContain('bad token [redacted]');
    expect(error.message).not.toContain('tok-7f3a9c');
    expect(JSON.stringify(error.details)).not.toContain('tok-7f3a9c');
  });

  it.each([
    ['an HTML error page', (res: Parameters<Handler>[1]) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Bad Gateway</h1></body></html>'), 'the body is HTML or XML, not JSON'],
    ['garbage', (res: Parameters<Handler>[1]) => res.writeHead(200).end('\u0000\u0001 not json at all'), 'the body is not valid JSON'],
    ['truncated JSON', (res: Parameters<Handler>[1]) => res.writeHead(200).end('{"probabilities": [[0.2, 0.8], [0.'), 'not valid JSON (it ends early: truncated?)'],
    ['NaN', (res: Parameters<Handler>[1]) => res.writeHead(200).end('{"probabilities": [[NaN, 1.0]]}'), 'holds NaN or Infinity'],
    ['deeply nested JSON', (res: Parameters<Handler>[1]) => res.writeHead(200).end(`{"p": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`), 'nests arrays and objects more than 64 levels deep'],
    ['an empty body', (res: Parameters<Handler>[1]) => res.writeHead(200).end(), 'the body is empty'],
  ])('refuses %s without retrying', async (_label, answer, message) => {
    const server = await serve((_req, res) => {
      answer(res);
    });
    const error = await failure(sendJson(settings(server), '{}', live()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toContain(message);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a body cut short by the connection, then reports it', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"probabilities": [[0.2');
      setTimeout(() => res.destroy(), 10);
    });
    const error = await failure(sendJson(settings(server, { retries: 1 }), '{}', live()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toContain('the connection broke while the answer was read');
    expect(error.message).toContain('(2 attempts)');
  });

  it('stops reading a 50 MB body at the limit', async () => {
    const block = Buffer.alloc(1024 * 1024, 0x20);
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length to refuse up front
      let sent = 0;
      const more = (): void => {
        while (sent < 50 && res.write(block)) sent++;
        if (sent < 50) res.once('drain', more);
        else res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      more();
    });
    const before = process.memoryUsage().arrayBuffers;
    const error = await failure(sendJson(settings(server, { maxResponseBytes: 2 * 1024 * 1024 }), '{}', live()));
    expect(error.message).toContain('the answer passed 2097152 bytes, more than maxResponseBytes (2097152): lower maxBatch');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(40 * 1024 * 1024);
    await server.idle();
  });

  it('refuses a declared length over the limit before reading', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) });
      res.write('[');
    });
    const error = await failure(sendJson(settings(server), '{}', live()));
    expect(error.message).toContain(`the answer declares ${50 * 1024 * 1024} bytes, more than maxResponseBytes`);
    await server.idle();
  });

  it('stops an endless chunked body at the limit and cuts the response', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x31);
      const pump = (): void => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    const error = await failure(sendJson(settings(server, { maxResponseBytes: 1024 * 1024 }), '{}', live()));
    expect(error.message).toContain('more than maxResponseBytes (1048576)');
    await server.idle();
  });

  it('reports an endpoint that cannot be reached', async () => {
    const server = await serve(() => undefined);
    const url = server.url;
    await server.close();
    servers.length = 0;
    const error = await failure(sendJson({ ...settings(server, { retries: 1 }), url }, '{}', live()));
    expect(error.code).toBe('ERR_ENDPOINT_RESPONSE');
    expect(error.message).toMatch(/^test-model: could not be reached: .*ECONNREFUSED.* \(2 attempts\); check the URL and that the endpoint is up$/);
  });

  it('stops at once, without retrying, when the signal aborts', async () => {
    const server = await serve(() => undefined);
    const control = new AbortController();
    const pending = sendJson(settings(server), '{}', control.signal);
    await server.received(1);
    control.abort();
    const error = await failure(pending);
    expect(error.code).toBe('ERR_ABORTED');
    expect(server.requests).toHaveLength(1);
    await server.idle();
  });

  it('uses an AisecError abort reason as the error', async () => {
    const server = await serve(() => undefined);
    const control = new AbortController();
    const pending = sendJson(settings(server), '{}', control.signal);
    await server.received(1);
    const reason = new AisecError('ERR_ABORTED', 'closed');
    control.abort(reason);
    expect(await failure(pending)).toBe(reason);
  });

  it('stops waiting for a retry when the signal aborts', async () => {
    const server = await serve((_req, res) => sendJsonResponse(res, {}, 503, { 'retry-after': '4' }));
    const control = new AbortController();
    const pending = sendJson(settings(server), '{}', control.signal);
    await server.received(1);
    const started = Date.now();
    control.abort();
    expect((await failure(pending)).code).toBe('ERR_ABORTED');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
