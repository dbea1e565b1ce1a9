import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { parseGatewayConfig } from '../config/load.js';
import { startGateway, type Gateway } from '../server/gateway.js';
import { startTestUpstream, type TestUpstream } from '../test-support/upstream.js';
import { composeParts } from './compose.js';
import type { GatewayEvent, GatewayPart, GatewayPartFactory } from './part.js';
import type { AuditRecord, GatewayRequest } from './stages.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function config(upstreamUrl: string): string {
  return `
listen: { port: 0 }
upstreams:
  - name: up
    url: ${upstreamUrl}/v1
routes:
  - id: chat
    kind: openai
    upstream: up
  - id: sum
    kind: predict
    model: sum
    upstream: up
    path: /predict
    outputs: { probabilities: /predictions }
`;
}

async function start(factories: GatewayPartFactory[]): Promise<{ gw: Gateway; up: TestUpstream; logs: string[] }> {
  const up = await startTestUpstream();
  const logs: string[] = [];
  const gw = await startGateway({ loaded: parseGatewayConfig('/tmp/gateway.yaml', config(up.url)), parts: factories, log: (l) => logs.push(l) });
  cleanups.push(() => up.close(), () => gw.close(100));
  return { gw, up, logs };
}

function send(url: string, method: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(parts).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const chat = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hello' }] });

describe('composeParts', () => {
  it('runs each hook of every part in list order and leaves absent hooks absent', async () => {
    const order: string[] = [];
    const part = (id: string): GatewayPart => ({
      id,
      stages: {
        authorise: () => void order.push(`${id}.authorise`),
        limit: () => {
          order.push(`${id}.limit`);
          return () => void order.push(`${id}.settle`);
        },
      },
    });
    const composed = composeParts([part('a'), part('b')]);
    expect(composed.stages.requestGuard).toBeUndefined();
    expect(composed.stages.prediction).toBeUndefined();
    expect(composed.stages.authenticate).toBeUndefined();
    const req = { id: 'r', route: { id: 'chat' }, verdicts: [] } as unknown as GatewayRequest;
    await composed.stages.authorise!(req);
    const settle = await composed.stages.limit!(req);
    settle!({} as AuditRecord);
    expect(order).toEqual(['a.authorise', 'b.authorise', 'a.limit', 'b.limit', 'a.settle', 'b.settle']);
  });

  it('authorises synchronously while every authoriser answers at once, and awaits the rest in order from the first promise', async () => {
    const order: string[] = [];
    const sync = (id: string): GatewayPart => ({ id, stages: { authorise: () => void order.push(id) } });
    const later = (id: string): GatewayPart => ({ id, stages: { authorise: async () => { await new Promise((r) => setTimeout(r, 5)); order.push(id); } } });
    const req = { id: 'r', route: { id: 'chat' }, verdicts: [] } as unknown as GatewayRequest;
    expect(composeParts([sync('a'), sync('b')]).stages.authorise!(req)).toBeUndefined();
    expect(order).toEqual(['a', 'b']);
    order.length = 0;
    const mixed = composeParts([sync('a'), later('b'), sync('c'), later('d')]).stages.authorise!(req);
    expect(mixed).toBeInstanceOf(Promise);
    expect(order).toEqual(['a']);
    await mixed;
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    // A refusal, at once or later, stops the ones after it.
    order.length = 0;
    const refuse = (id: string): GatewayPart => ({ id, stages: { authorise: () => { throw new AisecError('ERR_AUTH_FORBIDDEN', 'no'); } } });
    expect(() => composeParts([sync('a'), refuse('r'), sync('c')]).stages.authorise!(req)).toThrow(/no/);
    const refuseLater = (id: string): GatewayPart => ({ id, stages: { authorise: () => Promise.reject(new AisecError('ERR_AUTH_FORBIDDEN', 'not now')) } });
    await expect(composeParts([sync('a'), refuseLater('r'), sync('c')]).stages.authorise!(req)).rejects.toMatchObject({ code: 'ERR_AUTH_FORBIDDEN' });
    expect(order).toEqual(['a', 'a']);
  });

  it('releases what earlier limiters admitted when a later one refuses', async () => {
    const released: number[] = [];
    const composed = composeParts([
      { id: 'a', stages: { limit: () => (record) => void released.push(record.status) } },
      { id: 'b', stages: { limit: () => { throw new AisecError('ERR_RATE_LIMITED', 'slow down'); } } },
    ]);
    const req = { id: 'r', route: { id: 'chat' }, endpoint: 'chat/completions', verdicts: [] } as unknown as GatewayRequest;
    await expect(composed.stages.limit!(req)).rejects.toMatchObject({ code: 'ERR_RATE_LIMITED' });
    expect(released).toEqual([429]);
  });

  it('composes response inspectors as watch-only only when every active one only watches', () => {
    const watcher = { watchOnly: true, chunk: () => undefined, end: () => undefined } as const;
    const holder = { chunk: () => ({ send: Buffer.alloc(0) }), end: () => undefined };
    const guard = (inspector: object | undefined, id: string): GatewayPart => ({ id, stages: { responseGuard: () => inspector as never } });
    const req = { id: 'r', route: { id: 'chat' }, endpoint: 'chat/completions', verdicts: [] } as unknown as GatewayRequest;
    const answer = { status: 200, streaming: false };
    expect(composeParts([guard(watcher, 'a'), guard({ ...watcher }, 'b')]).stages.responseGuard!(req, answer)?.watchOnly).toBe(true);
    expect(composeParts([guard(watcher, 'a'), guard(holder, 'b')]).stages.responseGuard!(req, answer)?.watchOnly).toBe(false);
    // An inactive holder (undefined for this answer) does not count.
    expect(composeParts([guard(watcher, 'a'), guard(undefined, 'b'), guard({ ...watcher }, 'c')]).stages.responseGuard!(req, answer)?.watchOnly).toBe(true);
  });

  it('refuses two authenticating parts', () => {
    const auth = (id: string): GatewayPart => ({ id, stages: { authenticate: () => undefined } });
    expect(() => composeParts([auth('a'), auth('b')])).toThrow(/Only one gateway part may authenticate/);
  });
});

describe('gateway parts', () => {
  it('chains request guards (each sees the body the previous one left) and records verdicts for the audit stage', async () => {
    const audited: AuditRecord[] = [];
    const redact: GatewayPartFactory = () => ({
      id: 'redact',
      stages: {
        requestGuard: (req) => {
          req.verdicts.push({ part: 'redact', check: 'word', outcome: 'redact' });
          return { body: Buffer.from(req.body.toString().replace('hello', 'HELLO')) };
        },
      },
    });
    const shout: GatewayPartFactory = () => ({
      id: 'shout',
      stages: {
        requestGuard: (req) => ({ body: Buffer.from(JSON.stringify({ ...(req.json() as object), seenBy: 'shout' })) }),
        audit: (record) => void audited.push(record),
      },
    });
    const { gw, up } = await start([redact, shout]);
    const reply = await send(`${gw.url}/v1/chat/completions`, 'POST', chat);
    expect(reply.status).toBe(200);
    const seen = JSON.parse(up.seen[0]!.body) as { messages: Array<{ content: string }>; seenBy: string };
    expect(seen.messages[0]!.content).toBe('HELLO');
    expect(seen.seenBy).toBe('shout');
    await new Promise((r) => setTimeout(r, 20));
    expect(audited).toHaveLength(1);
    expect(audited[0]!.verdicts).toEqual([{ part: 'redact', check: 'word', outcome: 'redact' }]);
    expect(audited[0]!.request?.route.id).toBe('chat');
    expect(Date.parse(audited[0]!.at)).not.toBeNaN();
  });

  it('lets the prediction stage replace a predict answer, status included', async () => {
    const hold: GatewayPartFactory = () => ({
      id: 'hold',
      stages: { prediction: (_req, answer) => ({ status: 202, body: { held: true, had: answer.body } }) },
    });
    const { gw } = await start([hold]);
    const reply = await send(`${gw.url}/predict/sum`, 'POST', JSON.stringify({ instances: [[1, 2]] }));
    expect(reply.status).toBe(202);
    expect(reply.headers['content-type']).toBe('application/json');
    const body = JSON.parse(reply.text) as { held: boolean; had: unknown };
    expect(body.held).toBe(true);
    expect(body.had).toBeTypeOf('object');
  });

  it('delivers events to every part, counts them in /metrics, and reports part health in /healthz and /readyz', async () => {
    const seen: GatewayEvent[] = [];
    let ready = true;
    const watcher: GatewayPartFactory = () => ({ id: 'watcher', onEvent: (e) => void seen.push(e), health: () => ({ ready, detail: { fine: ready } }), metrics: () => '# HELP x_total X.\n# TYPE x_total counter\nx_total 1\n' });
    const { gw, logs } = await start([watcher]);
    gw.emit({ type: 'test.alarm', severity: 'warning', at: new Date().toISOString(), detail: { n: 1 } });
    expect(seen.map((e) => e.type)).toEqual(['test.alarm']);
    expect(logs.some((l) => l.includes('"type":"test.alarm"'))).toBe(true);
    const metrics = await send(`${gw.url}/metrics`, 'GET');
    expect(metrics.text).toContain('aisec_gateway_events_total{type="test.alarm",severity="warning"} 1');
    expect(metrics.text).toContain('x_total 1');
    expect((await send(`${gw.url}/readyz`, 'GET')).status).toBe(200);
    ready = false;
    const notReady = await send(`${gw.url}/readyz`, 'GET');
    expect(notReady.status).toBe(503);
    expect(JSON.parse(notReady.text)).toEqual({ ready: false, notReady: ['watcher'] });
    const health = JSON.parse((await send(`${gw.url}/healthz`, 'GET')).text) as { status: string; parts: Record<string, unknown> };
    expect(health.status).toBe('degraded');
    expect(health.parts.watcher).toEqual({ ready: false, detail: { fine: false } });
  });

  it('answers admin calls only for an identified principal with the admin scope', async () => {
    const admin: GatewayPartFactory = () => ({
      id: 'ids',
      identify: (headers) => {
        const token = headers.authorization;
        if (token === undefined) return undefined;
        if (token === 'Bearer root') return { id: 'root', scopes: ['admin'] };
        if (token === 'Bearer user') return { id: 'user', scopes: ['route:chat'] };
        throw new AisecError('ERR_AUTH_REQUIRED', 'The credential is not valid.');
      },
      admin: (req) => (req.path === 'ping' ? { status: 200, body: { pong: req.principal.id, q: req.query.get('x') } } : undefined),
    });
    const { gw } = await start([admin]);
    expect((await send(`${gw.url}/admin/ping`, 'GET')).status).toBe(401);
    expect((await send(`${gw.url}/admin/ping`, 'GET', undefined, { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await send(`${gw.url}/admin/ping`, 'GET', undefined, { authorization: 'Bearer user' })).status).toBe(403);
    const ok = await send(`${gw.url}/admin/ping?x=1`, 'GET', undefined, { authorization: 'Bearer root' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toEqual({ pong: 'root', q: '1' });
    const missing = await send(`${gw.url}/admin/nothing`, 'GET', undefined, { authorization: 'Bearer root' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error.code).toBe('ERR_ROUTE_NOT_FOUND');
  });

  it('has no admin API without a part that identifies callers', async () => {
    const { gw } = await start([]);
    const reply = await send(`${gw.url}/admin/models`, 'GET');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text).error.code).toBe('ERR_ROUTE_NOT_FOUND');
  });

  it('closes parts in reverse order on shutdown', async () => {
    const closed: string[] = [];
    const mk = (id: string): GatewayPartFactory => () => ({ id, close: async () => void closed.push(id) });
    const up = await startTestUpstream();
    cleanups.push(() => up.close());
    const gw = await startGateway({ loaded: parseGatewayConfig('/tmp/gateway.yaml', config(up.url)), parts: [mk('first'), mk('last')], log: () => undefined });
    await gw.close(100);
    expect(closed).toEqual(['last', 'first']);
  });
});
