import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamSchema } from '../config/schema.js';
import { callUpstream, type BodySink } from './exchange.js';
import { closeUpstreams, createUpstreams, type Upstream } from './upstreams.js';

let server: http.Server | undefined;
let upstreams: Map<string, Upstream> | undefined;

afterEach(async () => {
  if (upstreams) await closeUpstreams(upstreams);
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  upstreams = undefined;
});

/**
 * An upstream: /v1/hang never answers (and tells when its connection closes), /v1/big sends
 * 10 chunks of 1,000 bytes, /v1/cut sends half a declared body and resets, anything else `ok`.
 */
async function start(options: { retries?: number } = {}): Promise<{ upstream: Upstream; hungClosed: Promise<void> }> {
  let closed!: () => void;
  const hungClosed = new Promise<void>((resolve) => (closed = resolve));
  server = http.createServer((req, res) => {
    if (req.url === '/v1/hang') {
      req.socket.once('close', () => closed());
      return;
    }
    if (req.url === '/v1/big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'x-upstream': 'yes' });
      for (let i = 0; i < 10; i++) res.write('x'.repeat(1000));
      res.end();
      return;
    }
    if (req.url === '/v1/cut') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('half');
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    res.end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  upstreams = createUpstreams([UpstreamSchema.parse({ name: 'u', url: `http://127.0.0.1:${port}/v1`, retries: options.retries ?? 0 })]);
  return { upstream: upstreams.get('u')!, hungClosed };
}

/** A sink that records what it gets. */
function recorder(pauseEvery = 0): BodySink & { chunks: string[]; ended: Promise<'end' | Error> } {
  let done!: (v: 'end' | Error) => void;
  const ended = new Promise<'end' | Error>((resolve) => (done = resolve));
  const chunks: string[] = [];
  return {
    chunks,
    ended,
    data: (chunk) => chunks.push(chunk.toString()) % (pauseEvery || Infinity) !== 0,
    end: () => done('end'),
    error: (cause) => done(cause),
  };
}

describe('callUpstream', () => {
  it('gives the status and raw headers, then holds the whole body', async () => {
    const { upstream } = await start();
    const call = callUpstream(upstream, { method: 'GET', path: '/big', headers: {}, body: undefined });
    await call.response;
    expect(call.statusCode).toBe(200);
    const names = call.rawHeaders.filter((_, i) => i % 2 === 0).map((b) => b.toString('latin1').toLowerCase());
    expect(names).toContain('x-upstream');
    expect((await call.hold(1_000_000))!.toString()).toBe('x'.repeat(10_000));
    expect(upstream.lastOk).toBe(true);
  });

  it('gives undefined for a body over the hold limit, and cancels it', async () => {
    const { upstream } = await start();
    const call = callUpstream(upstream, { method: 'GET', path: '/big', headers: {}, body: undefined });
    await call.response;
    expect(await call.hold(2500)).toBeUndefined();
  });

  it('pipes every chunk in order to a sink that pauses, resumed by the caller', async () => {
    const { upstream } = await start();
    const call = callUpstream(upstream, { method: 'GET', path: '/big', headers: {}, body: undefined });
    await call.response;
    const sink = recorder(2);
    const resumer = setInterval(() => call.resume(), 5);
    call.pipe(sink);
    expect(await sink.ended).toBe('end');
    clearInterval(resumer);
    expect(sink.chunks.join('')).toBe('x'.repeat(10_000));
  });

  it('tells the sink, or rejects the hold, when the body fails before its end (never hangs)', async () => {
    const { upstream } = await start();
    const a = callUpstream(upstream, { method: 'GET', path: '/cut', headers: {}, body: undefined });
    await a.response;
    const sink = recorder();
    a.pipe(sink);
    expect(await sink.ended).toBeInstanceOf(Error);
    expect(sink.chunks.join('')).toBe('half');
    const b = callUpstream(upstream, { method: 'GET', path: '/cut', headers: {}, body: undefined });
    await b.response;
    await expect(b.hold(1000)).rejects.toBeInstanceOf(Error);
  });

  it('cancels a call waiting for its answer: ERR_ABORTED, and the upstream connection is closed', async () => {
    const { upstream, hungClosed } = await start();
    const call = callUpstream(upstream, { method: 'POST', path: '/hang', headers: {}, body: Buffer.from('{}') });
    setTimeout(() => call.cancel(), 50);
    await expect(call.response).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    await hungClosed;
    call.cancel(); // twice is harmless
  });

  it('cancels a held body being read: the hold rejects with ERR_ABORTED', async () => {
    const { upstream } = await start();
    const call = callUpstream(upstream, { method: 'GET', path: '/cut', headers: {}, body: undefined });
    await call.response;
    const held = call.hold(1000);
    call.cancel();
    await expect(held).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });

  it('fails with ERR_UPSTREAM naming the kind when nothing listens, after the configured retries', async () => {
    const { upstream } = await start({ retries: 2 });
    server!.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const call = callUpstream(upstream, { method: 'POST', path: '/ok', headers: {}, body: Buffer.from('{}') });
    await expect(call.response).rejects.toMatchObject({ code: 'ERR_UPSTREAM', details: { kind: 'ECONNREFUSED' } });
    expect(upstream.lastOk).toBe(false);
  });
});
