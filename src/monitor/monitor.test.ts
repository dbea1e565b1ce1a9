import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { fromGatewayEvent, ingestEvents, Monitor, monitorSettings, redactUrl, WebhookSender } from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-monitor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const now = Date.parse('2026-03-01T12:00:00Z');

async function setup(settings = {}): Promise<{ store: Store; monitor: Monitor }> {
  const store = await openStore({ sqlitePath: path.join(dir, `s${++n}`, 'aisec.db') });
  const system = await store.upsertSystem('credit', null);
  return { store, monitor: new Monitor({ store, system: { id: system.id, name: 'credit', dir }, settings: monitorSettings(settings), now: () => now }) };
}

const at = (minute: number): string => new Date(Date.parse('2026-03-01T00:00:00Z') + minute * 60_000).toISOString();

describe('Monitor', () => {
  it('puts events in hourly windows per model, counts late events, and refuses events from the future or of another system', async () => {
    const { store, monitor } = await setup();
    const result = ingestEvents(monitor, [
      { ts: at(1), model: 'a', kind: 'guard-hit' },
      { ts: at(2), model: 'a', status: 503 },
      { ts: at(3), model: 'b' },
      { ts: at(61), model: 'a' },
      { ts: at(30), model: 'a' },
      { ts: '2026-03-01T12:10:00Z', model: 'a' },
      { ts: at(4), model: 'a', system: 'other' },
    ]);
    expect(result).toMatchObject({ accepted: 5, rejectedCount: 2, dropped: 0, backPressure: false });
    expect(result.rejected.map((r) => [r.index, r.path])).toEqual([[5, 'ts'], [6, 'system']]);
    await monitor.close();
    const windows = await store.listMonitorWindows((await store.getSystem('credit'))!.id);
    const byModel = windows.map((w) => [w.model, w.startAt, w.endAt, w.events, w.errors, w.guardHits, w.late]).sort();
    expect(byModel).toEqual([
      ['a', at(0), at(60), 2, 1, 1, 0],
      ['a', at(60), at(120), 1, 0, 0, 1],
      ['b', at(0), at(60), 1, 0, 0, 0],
    ]);
    expect(monitor.totals.late).toBe(1);
    await store.close();
  });

  it('closes a window after maxEvents too', async () => {
    const { store, monitor } = await setup({ window: { maxEvents: 3 } });
    ingestEvents(monitor, Array.from({ length: 7 }, (_, i) => ({ ts: at(i), model: 'a' })));
    await monitor.close();
    const windows = await store.listMonitorWindows((await store.getSystem('credit'))!.id);
    expect(windows.map((w) => w.events).sort()).toEqual([1, 3, 3]);
    await store.close();
  });

  it('reports back-pressure when the queue is full and counts what it dropped in the window', async () => {
    const { store, monitor } = await setup({ queueSize: 5 });
    const result = ingestEvents(monitor, Array.from({ length: 8 }, (_, i) => ({ ts: at(i), model: 'a' })));
    expect(result).toMatchObject({ accepted: 5, dropped: 3, backPressure: true });
    await monitor.drain();
    expect(ingestEvents(monitor, [{ ts: at(9), model: 'a' }])).toMatchObject({ accepted: 1, dropped: 0, backPressure: false });
    await monitor.close();
    const [window] = await store.listMonitorWindows((await store.getSystem('credit'))!.id);
    expect(window).toMatchObject({ events: 6, dropped: 3 });
    expect(monitor.totals.dropped).toBe(3);
    await store.close();
  });

  it('raises one alert per rule and column within the cool-down, and again after it', async () => {
    const { store, monitor } = await setup({ rules: { 'error-rate': { minEvents: 10, cooldownMinutes: 120 } } });
    const failing = (hour: number) => Array.from({ length: 20 }, (_, i) => ({ ts: at(hour * 60 + i), model: 'a', kind: 'error' }));
    ingestEvents(monitor, [...failing(0), ...failing(1), ...failing(2), ...failing(3)]);
    await monitor.close();
    const alerts = await store.listMonitorAlerts({ systemId: (await store.getSystem('credit'))!.id });
    expect(alerts.map((a) => a.at).sort()).toEqual([at(60), at(180)]);
    expect(monitor.totals).toMatchObject({ alerts: 2, suppressed: 2 });
    await store.close();
  });

  it('posts alerts to the webhook with retries and never logs its secret path', async () => {
    const bodies: unknown[] = [];
    let calls = 0;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls++;
        if (calls === 1) return void res.writeHead(500).end();
        bodies.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const logs: string[] = [];
    try {
      const sender = new WebhookSender({ url: `http://127.0.0.1:${port}/T0001/s3cr3t-token`, timeoutMs: 2000, retries: 2, log: (l) => logs.push(l), backoffMs: 1 });
      sender.send({ rule: 'error-rate' });
      await sender.idle();
      expect(bodies).toEqual([{ rule: 'error-rate' }]);
      expect(sender.stats).toEqual({ sent: 1, failed: 0, dropped: 0 });
      const down = new WebhookSender({ url: 'http://user:pw@127.0.0.1:1/hook/s3cr3t-token?key=abc', timeoutMs: 500, retries: 1, log: (l) => logs.push(l), backoffMs: 1 });
      down.send({ rule: 'x' });
      await down.idle();
      expect(down.stats.failed).toBe(1);
      expect(logs.join('\n')).toContain('http://127.0.0.1:1/…');
      expect(logs.join('\n')).not.toMatch(/s3cr3t|pw|key=abc/);
      expect(redactUrl('https://hooks.example.com/services/T0/B0/XYZ')).toBe('https://hooks.example.com/…');
    } finally {
      server.close();
    }
  });

  it('maps the gateway events it counts and ignores the others', () => {
    expect(fromGatewayEvent({ type: 'extraction.alarm', at: at(0), model: 'a' })).toEqual({ ts: at(0), model: 'a', kind: 'extraction-alarm' });
    expect(fromGatewayEvent({ type: 'guard.blocked', at: at(0), route: 'chat' })).toEqual({ ts: at(0), model: 'chat', kind: 'guard-hit' });
    expect(fromGatewayEvent({ type: 'control.changed', at: at(0), model: 'a' })).toBeNull();
  });

  it('refuses settings with an unknown rule or option, naming it', () => {
    expect(() => monitorSettings({ rules: { 'feature-drfit': {} } })).toThrow(/feature-drfit/);
    expect(() => monitorSettings({ rules: { latency: { maxMs: -1 } } })).toThrow();
    expect(monitorSettings().rules['extraction-alarms']).toMatchObject({ openIncident: true, minEvents: 1 });
  });
});
