import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonitorWindowRecord, NewMonitorAlert, Store } from './store.js';
import { testBackends } from './test-support/backends.js';

// The monitor's references, windows and alerts, on every backend (SQLite always, PostgreSQL when reachable; required in CI).
const backends = await testBackends();
afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

const window = (systemId: string, id: string, endAt: string, extra: Partial<MonitorWindowRecord> = {}): MonitorWindowRecord => ({
  id,
  systemId,
  model: 'credit-model',
  startAt: '2026-03-01T00:00:00.000Z',
  endAt,
  events: 2000,
  errors: 3,
  guardHits: 0,
  alarms: 1,
  late: 2,
  dropped: 0,
  summary: { columns: { age: { mean: 41.5 } } },
  ...extra,
});

const alert = (systemId: string, id: string, windowId: string | null, at: string, extra: Partial<NewMonitorAlert> = {}): NewMonitorAlert => ({
  id,
  systemId,
  model: 'credit-model',
  rule: 'feature-drift',
  column: 'age',
  windowId,
  at,
  raisedAt: '2026-03-01T01:00:05.000Z',
  severity: 'medium',
  value: 0.23,
  threshold: 0.1,
  message: 'age drifted: wasserstein 0.23 >= 0.1',
  detail: { method: 'wasserstein' },
  ...extra,
});

for (const backend of backends) {
  describe(`store monitor (${backend.name})`, () => {
    let store: Store;
    let systemId: string;
    beforeEach(async () => {
      store = await (await backend.location()).open();
      systemId = (await store.upsertSystem('credit', null)).id;
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps references per model; the newest is the one used; lists omit the profile', async () => {
      expect(await store.getMonitorReference(systemId, 'credit-model')).toBeNull();
      await store.saveMonitorReference({ id: 'ref-1', systemId, model: 'credit-model', createdAt: '2026-03-01T00:00:00Z', source: 'train.csv', rowsRead: 10, profile: { v: 1, sample: [1, 2.5, null, 'a'] } });
      await store.saveMonitorReference({ id: 'ref-2', systemId, model: 'credit-model', createdAt: '2026-03-02T00:00:00Z', source: 'eval.csv', rowsRead: 20, profile: { v: 2 } });
      await store.saveMonitorReference({ id: 'ref-3', systemId, model: 'other', createdAt: '2026-03-03T00:00:00Z', source: 'o.csv', rowsRead: 1, profile: { v: 3 } });
      expect(await store.getMonitorReference(systemId, 'credit-model')).toEqual({ id: 'ref-2', systemId, model: 'credit-model', createdAt: '2026-03-02T00:00:00.000Z', source: 'eval.csv', rowsRead: 20, profile: { v: 2 } });
      const list = await store.listMonitorReferences(systemId);
      expect(list.map((r) => r.id)).toEqual(['ref-3', 'ref-2', 'ref-1']);
      expect(list[0]).not.toHaveProperty('profile');
    });

    it('refuses a reference of an unknown system and a profile that is not an object', async () => {
      await expect(store.saveMonitorReference({ id: 'ref-x', systemId: 'nope', model: 'm', createdAt: '2026-03-01T00:00:00Z', source: 's', rowsRead: 0, profile: {} })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.saveMonitorReference({ id: 'ref-x', systemId, model: 'm', createdAt: '2026-03-01T00:00:00Z', source: 's', rowsRead: 0, profile: [] as unknown as Record<string, unknown> })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.saveMonitorReference({ id: '../etc', systemId, model: 'm', createdAt: '2026-03-01T00:00:00Z', source: 's', rowsRead: 0, profile: {} })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
    });

    it('stores a window with its alerts in one transaction, and nothing of it when an alert is bad', async () => {
      await store.saveMonitorWindow(window(systemId, 'win-1', '2026-03-01T01:00:00Z'), [alert(systemId, 'al-1', 'win-1', '2026-03-01T01:00:00Z'), alert(systemId, 'al-2', 'win-1', '2026-03-01T01:00:00Z', { rule: 'error-rate', column: '', value: null, threshold: null })]);
      const windows = await store.listMonitorWindows(systemId);
      expect(windows).toEqual([{ ...window(systemId, 'win-1', '2026-03-01T01:00:00.000Z'), startAt: '2026-03-01T00:00:00.000Z' }]);
      const alerts = await store.listMonitorAlerts({ systemId });
      expect(alerts.map((a) => [a.id, a.status, a.column, a.value])).toEqual(expect.arrayContaining([['al-1', 'open', 'age', 0.23], ['al-2', 'open', '', null]]));
      // A duplicate alert id makes the whole window fail: neither the window nor its alerts are kept.
      await expect(store.saveMonitorWindow(window(systemId, 'win-2', '2026-03-01T02:00:00Z'), [alert(systemId, 'al-3', 'win-2', '2026-03-01T02:00:00Z'), alert(systemId, 'al-1', 'win-2', '2026-03-01T02:00:00Z')])).rejects.toMatchObject({ code: 'ERR_STORE_WRITE' });
      expect((await store.listMonitorWindows(systemId)).map((w) => w.id)).toEqual(['win-1']);
      expect(await store.getMonitorAlert('al-3')).toBeNull();
      await expect(store.saveMonitorWindow(window(systemId, 'win-3', '2026-03-01T02:00:00Z', { events: -1 }), [])).rejects.toMatchObject({ code: 'ERR_STORE_INPUT', message: expect.stringContaining('events') });
    });

    it('lists windows newest first, per model, within the limit', async () => {
      await store.saveMonitorWindow(window(systemId, 'win-a', '2026-03-01T01:00:00Z'), []);
      await store.saveMonitorWindow(window(systemId, 'win-b', '2026-03-01T02:00:00Z'), []);
      await store.saveMonitorWindow(window(systemId, 'win-c', '2026-03-01T03:00:00Z', { model: 'other' }), []);
      expect((await store.listMonitorWindows(systemId)).map((w) => w.id)).toEqual(['win-c', 'win-b', 'win-a']);
      expect((await store.listMonitorWindows(systemId, { model: 'credit-model', limit: 1 })).map((w) => w.id)).toEqual(['win-b']);
    });

    it('tells the time of the latest alert of a rule on a column, for cool-downs', async () => {
      expect(await store.lastMonitorAlertAt(systemId, 'credit-model', 'feature-drift', 'age')).toBeNull();
      await store.saveMonitorWindow(window(systemId, 'win-1', '2026-03-01T01:00:00Z'), [alert(systemId, 'al-1', 'win-1', '2026-03-01T01:00:00Z')]);
      await store.saveMonitorWindow(window(systemId, 'win-2', '2026-03-01T03:00:00Z'), [alert(systemId, 'al-2', 'win-2', '2026-03-01T03:00:00Z'), alert(systemId, 'al-3', 'win-2', '2026-03-01T03:00:00Z', { column: 'income' })]);
      expect(await store.lastMonitorAlertAt(systemId, 'credit-model', 'feature-drift', 'age')).toBe('2026-03-01T03:00:00.000Z');
      expect(await store.lastMonitorAlertAt(systemId, 'credit-model', 'feature-drift', 'zip')).toBeNull();
      expect(await store.lastMonitorAlertAt(systemId, 'other', 'feature-drift', 'age')).toBeNull();
    });

    it('acknowledges and closes an alert, links an incident, and refuses an unknown id', async () => {
      await store.saveMonitorWindow(window(systemId, 'win-1', '2026-03-01T01:00:00Z'), [alert(systemId, 'al-1', 'win-1', '2026-03-01T01:00:00Z')]);
      const acked = await store.updateMonitorAlert('al-1', { status: 'acknowledged', by: 'cli:alice', at: '2026-03-01T02:00:00Z' });
      expect(acked).toMatchObject({ status: 'acknowledged', statusBy: 'cli:alice', statusAt: '2026-03-01T02:00:00.000Z', incidentId: null });
      expect((await store.updateMonitorAlert('al-1', { by: 'monitor', incidentId: 'inc-20260301abc' })).incidentId).toBe('inc-20260301abc');
      expect((await store.listMonitorAlerts({ status: 'open' })).length).toBe(0);
      expect((await store.listMonitorAlerts({ status: 'acknowledged' })).map((a) => a.id)).toEqual(['al-1']);
      await expect(store.updateMonitorAlert('al-nope', { status: 'closed', by: 'x' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
      await expect(store.updateMonitorAlert('al-1', { status: 'gone' as 'closed', by: 'x' })).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
    });
  });
}
