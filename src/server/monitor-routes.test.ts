// The monitor routes of aisec serve: events posted as a JSON array or NDJSON become windows
// and alerts in the system's store, windows come back as chart series, alerts are
// acknowledged by analysts with an audit event; hostile bodies and queries get named errors.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceBuilder } from '../monitor/index.js';
import { createRng, normal } from '../stats/index.js';
import { maxEventsBodyBytes, maxEventsPerRequest } from './handlers/monitor.js';
import { call, raw, serveSeeded, tempRoot, type Json, type Served } from './test-support/fixture.js';

const root = tempRoot('monitor');
let s: Served;
const base = '/api/v1/systems/credit/monitor';
/** Three hours ago, on a whole hour: its window and the next (an hour each) are long closed. */
const hour = Math.floor((Date.now() - 3 * 3_600_000) / 3_600_000) * 3_600_000;

function events(n: number, seed: number, shift: number, at: number): Record<string, unknown>[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => ({ ts: new Date(at + i * 1000).toISOString(), model: 'credit-model', features: { age: normal(rng, 40, 10), income: normal(rng, 3 + shift, 1) }, output: 'grant', confidence: 0.9, latencyMs: 20 + (i % 10), ...(i % 50 === 0 ? { status: 503 } : {}) }));
}

beforeAll(async () => {
  s = await serveSeeded(root);
  const system = await s.stores.system('credit');
  const row = (await system.store.getSystem('credit'))!;
  const rng = createRng(1);
  const builder = new ReferenceBuilder(['age', 'income'], { model: 'credit-model' });
  for (let i = 0; i < 2000; i++) builder.add([normal(rng, 40, 10), normal(rng, 3, 1)]);
  await system.store.saveMonitorReference({ id: 'ref-1', systemId: row.id, model: 'credit-model', createdAt: new Date().toISOString(), source: 'train.csv', rowsRead: 2000, profile: builder.build() as unknown as Record<string, unknown> });
});
afterAll(async () => {
  await s.close();
  rmSync(root, { recursive: true, force: true });
});

describe('monitor routes', () => {
  it('ingests events, answers windows as chart series, raises a drift alert, and lets an analyst acknowledge it', async () => {
    const analyst = s.tokens.analyst;
    const healthy = await call(s.server, 'POST', `${base}/events`, { token: analyst, body: [...events(1000, 2, 0, hour), { ts: 'yesterday', model: 'credit-model' }] });
    expect(healthy.status).toBe(200);
    expect(healthy.json).toMatchObject({ accepted: 1000, rejected: 1, dropped: 0, backPressure: false, errors: [{ where: '[1000]', path: 'ts' }] });
    // The next hour's events close the first window; NDJSON with one line that is not JSON.
    const ndjson = `${events(1000, 3, 2, hour + 3_600_000).map((e) => JSON.stringify(e)).join('\n')}\n{"ts": \n`;
    const drifted = await raw(s.server, 'POST', `${base}/events`, { authorization: `Bearer ${analyst}`, 'content-type': 'application/x-ndjson' }, ndjson);
    expect(drifted.status).toBe(200);
    expect(drifted.json).toMatchObject({ accepted: 1000, rejected: 1, errors: [{ where: 'line 1001', path: '(event)' }] });

    const windows = await call(s.server, 'GET', `${base}/windows?model=credit-model`, { token: s.tokens.viewer });
    expect(windows.status).toBe(200);
    const [first, second] = windows.json.windows as Json[];
    expect(windows.json.windows).toHaveLength(2);
    expect(first).toMatchObject({ model: 'credit-model', events: 1000, errors: 20, errorRate: 20 / 1000, guardHitRate: 0, drift: { income: { method: 'wasserstein', threshold: 0.1, drifted: false } } });
    expect(first.meanConfidence).toBeCloseTo(0.9, 9);
    expect(first.latencyP95Ms).toBeGreaterThanOrEqual(28);
    expect(second.drift.income).toMatchObject({ drifted: true });
    expect(second.drift.income.score).toBeGreaterThan(1);
    expect(Date.parse(first.startAt)).toBeLessThan(Date.parse(second.startAt));
    const oneColumn = await call(s.server, 'GET', `${base}/windows?column=age&from=${new Date(hour + 3_600_000).toISOString()}`, { token: s.tokens.viewer });
    expect(oneColumn.json.windows.map((w: Json) => Object.keys(w.drift))).toEqual([['age']]);

    const alerts = await call(s.server, 'GET', `${base}/alerts`, { token: s.tokens.viewer });
    const drift = (alerts.json.alerts as Json[]).find((a) => a.rule === 'feature-drift');
    expect(drift).toMatchObject({ column: 'income', status: 'open', windowId: second.id });
    expect((await call(s.server, 'GET', `${base}/alerts?limit=1&offset=0`, { token: s.tokens.viewer })).json).toMatchObject({ limit: 1, more: alerts.json.alerts.length > 1 });
    expect((await call(s.server, 'POST', `${base}/alerts/${drift.id}/ack`, { token: s.tokens.viewer, body: {} })).status).toBe(403);
    const acked = await call(s.server, 'POST', `${base}/alerts/${drift.id}/ack`, { token: analyst, body: {} });
    expect(acked.json.alert).toMatchObject({ id: drift.id, status: 'acknowledged', statusBy: expect.stringContaining('credit-analyst') });
    expect((await call(s.server, 'GET', `${base}/alerts?status=acknowledged`, { token: s.tokens.viewer })).json.alerts.map((a: Json) => a.id)).toEqual([drift.id]);
    expect((await call(s.server, 'POST', `${base}/alerts/${drift.id}/ack`, { token: analyst, body: { close: true } })).json.alert.status).toBe('closed');
    const system = await s.stores.system('credit');
    const audit = (await system.store.listAudit()).filter((a) => a.subject === `monitor-alert:${drift.id}`);
    expect(audit.map((a) => a.action)).toEqual(['monitor.alert.ack', 'monitor.alert.close']);

    const refs = await call(s.server, 'GET', `${base}/references`, { token: s.tokens.viewer });
    expect(refs.json.references.map((r: Json) => r.id)).toEqual(['ref-1']);
    expect(refs.json.current['credit-model'].columns.income).toMatchObject({ type: 'numerical', count: 2000 });
  });

  it('refuses hostile bodies and queries with named errors', async () => {
    const auth = { authorization: `Bearer ${s.tokens.analyst}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const post = `${base}/events`;
    const cases: [string, Promise<{ status: number; json: Json }>, number, string, RegExp?][] = [
      ['object body', raw(s.server, 'POST', post, json, '{"ts": "2026-01-01T00:00:00Z"}'), 400, 'ERR_USAGE', /JSON array/],
      ['form body', raw(s.server, 'POST', post, { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'), 400, 'ERR_USAGE', /x-ndjson/],
      ['no content type', raw(s.server, 'POST', post, auth, '[]'), 400, 'ERR_USAGE'],
      ['truncated JSON', raw(s.server, 'POST', post, json, '[{"ts": "2026'), 400, 'ERR_USAGE', /not valid JSON/],
      ['deep JSON', raw(s.server, 'POST', post, json, '['.repeat(5000) + ']'.repeat(5000)), 400, 'ERR_USAGE', /nests deeper/],
      ['huge declared length', raw(s.server, 'POST', post, { ...json, 'content-length': String(maxEventsBodyBytes + 1) }, '[]'), 413, 'ERR_REQUEST_TOO_LARGE'],
      ['too many events', raw(s.server, 'POST', post, json, JSON.stringify(Array.from({ length: maxEventsPerRequest + 1 }, () => 0))), 413, 'ERR_REQUEST_TOO_LARGE', /at most 10000/],
      ['too many lines', raw(s.server, 'POST', post, { ...auth, 'content-type': 'application/x-ndjson' }, '0\n'.repeat(maxEventsPerRequest + 1)), 413, 'ERR_REQUEST_TOO_LARGE'],
      ['bad alert id', raw(s.server, 'POST', `${base}/alerts/al-..%2f..%2fx/ack`, json, '{}'), 400, 'ERR_USAGE'],
      ['malformed alert id', raw(s.server, 'POST', `${base}/alerts/al-xyz/ack`, json, '{}'), 400, 'ERR_USAGE', /16 hex/],
      ['unknown alert', raw(s.server, 'POST', `${base}/alerts/al-0000000000000000/ack`, json, '{}'), 404, 'ERR_ALERT_NOT_FOUND'],
      ['ack wrong type', raw(s.server, 'POST', `${base}/alerts/al-0000000000000000/ack`, json, '{"close": "yes"}'), 400, 'ERR_USAGE', /body\.close/],
      ['bad status', raw(s.server, 'GET', `${base}/alerts?status=gone`, auth), 400, 'ERR_USAGE', /status/],
      ['huge limit', raw(s.server, 'GET', `${base}/alerts?limit=100000`, auth), 400, 'ERR_USAGE', /limit/],
      ['bad from', raw(s.server, 'GET', `${base}/windows?from=yesterday`, auth), 400, 'ERR_USAGE', /ISO 8601/],
      ['from after to', raw(s.server, 'GET', `${base}/windows?from=2026-03-02&to=2026-03-01`, auth), 400, 'ERR_USAGE', /swap/],
      ['unknown system', raw(s.server, 'GET', '/api/v1/systems/nope/monitor/windows', auth), 404, 'ERR_ASSET_NOT_FOUND'],
    ];
    const failures: string[] = [];
    for (const [label, pending, status, code, message] of cases) {
      const answer = await pending;
      if (answer.status !== status || answer.json?.error?.code !== code || (message && !message.test(answer.json.error.message))) failures.push(`${label}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    // Wrong types inside events are refused one by one, never crash the batch.
    const mixed = await call(s.server, 'POST', post, { token: s.tokens.analyst, body: [null, 42, [], { model: 'm' }, { ts: new Date().toISOString(), model: 'm', features: { a: { deep: 1 } } }, { ts: new Date().toISOString(), model: 'm', confidence: 7 }] });
    expect(mixed.json).toMatchObject({ accepted: 0, rejected: 6 });
    expect(mixed.json.errors.map((e: Json) => e.path)).toEqual(['(event)', '(event)', '(event)', 'ts', 'features.a', 'confidence']);
  });
});
