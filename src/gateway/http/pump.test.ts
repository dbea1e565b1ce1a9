// pump() between a real upstream and a real client on loopback: the first event of a stream
// leaves before the other events of the same read are inspected.
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { UpstreamSchema } from '../config/schema.js';
import type { ResponseInspector } from '../pipeline/stages.js';
import { callUpstream } from '../upstream/exchange.js';
import { closeUpstreams, createUpstreams, type Upstream } from '../upstream/upstreams.js';
import { firstEventEnd, pump, type FirstByteStamp } from './pump.js';

const run = promisify(execFile);
const servers: http.Server[] = [];
let upstreams: Map<string, Upstream> | undefined;

afterEach(async () => {
  if (upstreams) await closeUpstreams(upstreams);
  upstreams = undefined;
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

async function listen(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const events = ['data: {"n":1}\n\n', 'data: {"n":2}\n\n', 'data: {"n":3}\n\n', 'data: [DONE]\n\n'];

/** An inspector that takes `slowMs` of CPU on every chunk after the first, and passes everything. */
function slowAfterFirst(slowMs: number, seen: string[]): ResponseInspector {
  return {
    chunk(bytes) {
      seen.push(bytes.toString());
      if (seen.length > 1) {
        const until = performance.now() + slowMs;
        while (performance.now() < until);
      }
      return undefined;
    },
    end: () => undefined,
  };
}

/** A gateway-like server: each request is forwarded to the upstream and pumped through `inspector`. */
async function proxy(upstreamBody: 'one-write' | 'separate-writes', inspector: () => ResponseInspector, stamp?: FirstByteStamp): Promise<number> {
  const upstreamPort = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    if (upstreamBody === 'one-write') res.end(events.join(''));
    else {
      for (const e of events) res.write(e);
      res.end();
    }
  });
  upstreams = createUpstreams([UpstreamSchema.parse({ name: 'u', url: `http://127.0.0.1:${upstreamPort}/v1`, retries: 0 })]);
  const upstream = upstreams.get('u')!;
  return listen((_req, res) => {
    const exchange = callUpstream(upstream, { method: 'GET', path: '/stream', headers: {}, body: undefined });
    void exchange.response.then(async () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      await pump(exchange, res, inspector(), true, (cause) => cause as never, undefined, stamp);
    });
  });
}

/**
 * Time (ms after the request) at which each piece of the answer reached a client in another
 * process (this one is busy inspecting), and the text.
 */
async function fetchTimed(port: number): Promise<{ at: number[]; text: string }> {
  const script = `const http = require('node:http'); const t0 = performance.now(); const at = []; let text = '';
    http.get({ host: '127.0.0.1', port: ${port}, path: '/' }, (res) => {
      res.on('data', (c) => { text += c; at.push(performance.now() - t0); });
      res.on('end', () => process.stdout.write(JSON.stringify({ at, text })));
    });`;
  const { stdout } = await run(process.execPath, ['-e', script], { timeout: 20_000 });
  return JSON.parse(stdout) as { at: number[]; text: string };
}

describe('pump', () => {
  for (const body of ['one-write', 'separate-writes'] as const) {
    it(`sends a stream's first event before inspecting the others of the same read (upstream: ${body})`, async () => {
      const seen: string[] = [];
      const port = await proxy(body, () => slowAfterFirst(150, seen));
      const { at, text } = await fetchTimed(port);
      expect(text).toBe(events.join(''));
      expect(seen[0]).toBe(events[0]);
      // The first event arrived on its own, well before the slow inspection of the rest ended.
      expect(at.length).toBeGreaterThanOrEqual(2);
      expect(at.at(-1)! - at[0]!).toBeGreaterThan(100);
    });
  }

  it('stamps the moment it writes the first body bytes, before the slow inspection of the rest', async () => {
    const seen: string[] = [];
    const stamp: FirstByteStamp = { firstByteAt: undefined };
    const port = await proxy('one-write', () => slowAfterFirst(150, seen), stamp);
    const { text } = await fetchTimed(port);
    const ended = performance.now();
    expect(text).toBe(events.join(''));
    expect(stamp.firstByteAt).toBeDefined();
    expect(ended - stamp.firstByteAt!).toBeGreaterThan(140);
  });

  it('stamps nothing when the first chunk is cut: an SSE error event is not a first token', async () => {
    const stamp: FirstByteStamp = { firstByteAt: undefined };
    const cut = (): ResponseInspector => ({ chunk: () => new AisecError('ERR_GUARD_BLOCKED', 'blocked'), end: () => undefined });
    const port = await proxy('separate-writes', cut, stamp);
    const { text } = await fetchTimed(port);
    expect(text).toContain('ERR_GUARD_BLOCKED');
    expect(stamp.firstByteAt).toBeUndefined();
  });

  it('passes a stream unchanged when its first read holds a single event or a part of one', async () => {
    const seen: string[] = [];
    const port = await proxy('separate-writes', () => slowAfterFirst(0, seen));
    const { text } = await fetchTimed(port);
    expect(text).toBe(events.join(''));
  });
});

describe('firstEventEnd', () => {
  it('finds the end of the first event with LF or CRLF line ends, and -1 without a complete event', () => {
    expect(firstEventEnd(Buffer.from('data: a\n\ndata: b\n\n'))).toBe(9);
    expect(firstEventEnd(Buffer.from('data: a\r\n\r\ndata: b\n\n'))).toBe(11);
    expect(firstEventEnd(Buffer.from('data: a\n\r\n\r\n'))).toBe(12);
    expect(firstEventEnd(Buffer.from('data: a\ndata: b\n'))).toBe(-1);
    expect(firstEventEnd(Buffer.alloc(0))).toBe(-1);
  });
});
