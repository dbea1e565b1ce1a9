import { describe, expect, it } from 'vitest';
import { MonitorSchema, type MonitorConfig } from '../config/sections/extraction.js';
import type { PredictRouteConfig } from '../config/schema.js';
import { KeyMonitor, type MonitorPlan } from './key-monitor.js';
import { ModelMonitor } from './model-monitor.js';
import { makeRoutePlan } from './plan.js';
import { PradaState } from './prada.js';
import { buildReferenceProfile } from './profile.js';
import { hashRow, RecentHashes } from './repeats.js';
import { benignStream, papernotStream, syntheticWorld, uniformStream, type SyntheticWorld } from './test-support/synthetic.js';

const world = syntheticWorld(16, 5, 1);
const profile = buildReferenceProfile(world.matrix(2000, 2));

async function planFor(monitor: Record<string, unknown>): Promise<MonitorPlan> {
  const route = {
    id: 'r', kind: 'predict', model: 'm', upstream: 'u', path: '/predict',
    outputs: { probabilities: '/probabilities' },
    extraction: { hardening: { kind: 'none' }, monitor: MonitorSchema.parse(monitor) },
  } as unknown as PredictRouteConfig;
  return (await makeRoutePlan(route, '/nowhere/gateway.yaml')).monitor!.plan;
}

/** The query count at the first alarm of each signal. */
function firstAlarms(plan: MonitorPlan, rows: readonly Float64Array[], w: SyntheticWorld = world): Record<string, number> {
  const key = new KeyMonitor(plan, 0);
  const first: Record<string, number> = {};
  for (const row of rows) for (const alarm of key.observe(row, String(w.classOf(row)))) first[alarm.signal] ??= key.queries;
  return first;
}

describe('the extraction monitor on synthetic streams', () => {
  it('lets ten benign clients with repeats pass every signal', async () => {
    const plan = await planFor({ profile, coverage: { maxCells: 600 } });
    for (let c = 0; c < 10; c++) expect(firstAlarms(plan, benignStream(world, 400, 100 + c))).toEqual({});
  });

  it('catches a Papernot-style thief with PRADA within 300 queries', async () => {
    const plan = await planFor({ profile });
    const first = firstAlarms(plan, papernotStream(world, 400, 7));
    expect(first.prada).toBeDefined();
    expect(first.prada!).toBeLessThan(300);
  });

  it('catches a uniform-noise thief by its out-of-distribution rate, which PRADA alone misses', async () => {
    const combined = firstAlarms(await planFor({ profile }), uniformStream(world, 300, 8));
    expect(combined.ood).toBe(20);
    const pradaOnly = firstAlarms(await planFor({}), uniformStream(world, 300, 8));
    expect(pradaOnly.prada).toBeUndefined();
  });

  it('catches a key that explores many cells (natural-data extraction) once it passes maxCells', async () => {
    const plan = await planFor({ profile, coverage: { maxCells: 150, cellWidth: 0.5 } });
    const thief = benignStream(world, 3000, 9, 0);
    expect(firstAlarms(plan, thief).coverage).toBeGreaterThanOrEqual(150);
    expect(firstAlarms(plan, benignStream(world, 100, 10, 0)).coverage).toBeUndefined();
  });

  it('leaves exact repeats out: a client repeating one query forever never alarms', async () => {
    const plan = await planFor({ profile });
    const one = world.sample(() => 0.5);
    const key = new KeyMonitor(plan, 0);
    for (let i = 0; i < 500; i++) expect(key.observe(Float64Array.from(one), '0')).toEqual([]);
    expect(key.stats()).toMatchObject({ queries: 500, distinct: 1 });
  });

  it('alarms on repeats when deduplication is off (why it is on by default)', async () => {
    const plan = await planFor({ rememberRepeats: 0 });
    const rows = benignStream(world, 300, 11, 0);
    const withRepeats = rows.flatMap((r, i) => (i % 2 === 0 ? [r, Float64Array.from(r)] : [r]));
    expect(firstAlarms(plan, withRepeats).prada).toBeDefined();
  });
});

describe('PradaState', () => {
  const settings = { minDistances: 20, minPerClass: 5, outlierSigma: 3, maxGrowingSet: 50, maxDistances: 100 };

  it('keeps its growing set and distance ring within the caps', () => {
    const state = new PradaState(settings, 16);
    for (const row of benignStream(world, 2000, 3, 0)) state.observe(row, world.classOf(row));
    expect(state.growingSetSize).toBe(50);
    expect(state.bytes).toBeLessThan(50 * 16 * 4 + 100 * 8 + 2000);
    expect(state.test()!.n).toBeLessThanOrEqual(100);
  });

  it('says nothing before it has minDistances, and W = 0 for a lattice of equal distances', () => {
    const state = new PradaState({ ...settings, maxGrowingSet: 100 }, 2);
    expect(state.test()).toBeUndefined();
    for (let i = 0; i < 60; i++) state.observe(Float64Array.of(i, 0), 0);
    expect(state.test()).toEqual({ w: 0, n: expect.any(Number) });
  });
});

describe('memory bounds', () => {
  it('tracks at most maxKeys keys, forgetting the least recently seen', async () => {
    const plan = await planFor({ profile, maxKeys: 100 });
    const monitor = new ModelMonitor(plan, 'x');
    const row = world.sample(() => 0.3);
    for (let k = 0; k < 5000; k++) monitor.stateOf(`key-${k}`, 0).observe(row, '0');
    expect(monitor.trackedKeys).toBe(100);
    expect(monitor.peek('key-4999')).toBeDefined();
    expect(monitor.peek('key-0')).toBeUndefined();
    expect(monitor.bytes()).toBeLessThan(100 * 40_000);
  });

  it('keeps sanctions of keys whose statistics were forgotten, and bounds them too', async () => {
    const plan = await planFor({ maxKeys: 10 });
    const monitor = new ModelMonitor(plan, 'x');
    monitor.sanction('thief', { action: 'block', seconds: 60 }, 0);
    for (let k = 0; k < 9; k++) monitor.stateOf(`key-${k}`, 0);
    expect(monitor.admit('thief', 1000)?.kind).toBe('block');
    for (let k = 0; k < 50; k++) monitor.sanction(`other-${k}`, { action: 'restrict', seconds: 60 }, 0);
    expect(monitor.sanctioned(1000)).toBeLessThanOrEqual(10);
  });

  it('starts a key afresh after windowSeconds', async () => {
    const plan = await planFor({ windowSeconds: 60 });
    const monitor = new ModelMonitor(plan, 'x');
    monitor.stateOf('k', 0).observe(world.sample(() => 0.1), '0');
    expect(monitor.stateOf('k', 59_000).queries).toBe(1);
    expect(monitor.stateOf('k', 61_000).queries).toBe(0);
  });

  it('remembers at most `capacity` hashes, first in first out', () => {
    const recent = new RecentHashes(3);
    const rows = [1, 2, 3, 4].map((v) => Float64Array.of(v, v));
    for (const r of rows) expect(recent.repeat(hashRow(r))).toBe(false);
    expect(recent.size).toBe(3);
    expect(recent.repeat(hashRow(rows[3]!))).toBe(true);
    expect(recent.repeat(hashRow(rows[0]!))).toBe(false);
    expect(hashRow(Float64Array.of(1, 2))).not.toBe(hashRow(Float64Array.of(2, 1)));
  });
});

describe('monitor settings', () => {
  it('refuses ood or coverage without a profile, and a profile of another dimension', () => {
    expect(MonitorSchema.safeParse({ ood: {} }).success).toBe(false);
    expect(MonitorSchema.safeParse({ coverage: { maxCells: 10 } }).success).toBe(false);
    expect(MonitorSchema.safeParse({ profile, dimensions: 3 }).success).toBe(false);
    const parsed: MonitorConfig = MonitorSchema.parse({ profile: 'digits.json' });
    expect(parsed.prada.delta).toBe(0.9);
  });
});
