import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamSchema } from '../config/schema.js';
import { closeUpstreams, createUpstreams, sendUpstream, UpstreamAbort, type Upstream } from './upstreams.js';

let server: http.Server | undefined;
let upstreams: Map<string, Upstream> | undefined;

afterEach(async () => {
  if (upstreams) await closeUpstreams(upstreams);
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  upstreams = undefined;
});

/** An upstream that answers `ok` unless the path is /hang, which it never answers; tells when a hung request's connection closes. */
async function start(): Promise<{ upstream: Upstream; hungClosed: Promise<void> }> {
  let closed!: () => void;
  const hungClosed = new Promise<void>((resolve) => (closed = resolve));
  server = http.createServer((req, res) => {
    if (req.url === '/v1/hang') {
      req.socket.once('close', () => closed());
      return;
    }
    res.end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  upstreams = createUpstreams([UpstreamSchema.parse({ name: 'u', url: `http://127.0.0.1:${port}/v1` })]);
  return { upstream: upstreams.get('u')!, hungClosed };
}

describe('sendUpstream with UpstreamAbort', () => {
  it('cancels a call waiting for its answer: ERR_ABORTED, and the upstream connection is closed', async () => {
    const { upstream, hungClosed } = await start();
    const abort = new UpstreamAbort();
    const call = sendUpstream(upstream, { method: 'POST', path: '/hang', headers: {}, body: Buffer.from('{}'), signal: abort });
    setTimeout(() => abort.abort(), 50);
    await expect(call).rejects.toMatchObject({ code: 'ERR_ABORTED' });
    await hungClosed;
    expect(abort.aborted).toBe(true);
  });

  it('lets a call that is not cancelled through, and refuses at once when already cancelled', async () => {
    const { upstream } = await start();
    const abort = new UpstreamAbort();
    const response = await sendUpstream(upstream, { method: 'GET', path: '/ok', headers: {}, body: undefined, signal: abort });
    expect(await response.body.text()).toBe('ok');
    abort.abort();
    abort.abort(); // twice is harmless
    await expect(sendUpstream(upstream, { method: 'GET', path: '/ok', headers: {}, body: undefined, signal: abort })).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });
});
