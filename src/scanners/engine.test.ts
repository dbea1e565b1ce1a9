import { mkdtemp, writeFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineScanner } from '../core/scanner.js';
import { isAisecError } from '../core/errors.js';
import { runScanners } from './engine.js';
import type { EngineTargetInput } from './engine-types.js';

let dir: string;
const target = (name: string, extra: Partial<EngineTargetInput> = {}): EngineTargetInput => ({ path: `shown/${name}`, absPath: path.join(dir, name), key: name, ...extra });

const flagsEverything = defineScanner({
  id: 'flag-all', version: 1, summary: 'Flags every file.', tags: { atlas: ['AML.T0010'] }, kind: 'any', options: z.object({}),
  appliesTo: () => true,
  async scan(t) {
    return { findings: [{ rule: 'seen', title: 'Seen', severity: 'low', message: `saw ${t.path}`, why: 'w', fix: 'f' }] };
  },
});
const throws = defineScanner({
  id: 'throws', version: 1, summary: 'Always throws.', tags: {}, kind: 'any', options: z.object({}),
  appliesTo: () => true,
  async scan() {
    throw new Error('boom');
  },
});
const hangs = defineScanner({
  id: 'hangs', version: 1, summary: 'Never answers.', tags: {}, kind: 'any', options: z.object({}),
  appliesTo: () => true,
  scan: () => new Promise(() => undefined),
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-engine-'));
  await writeFile(path.join(dir, 'a.csv'), 'x,y\n1,2\n');
  await writeFile(path.join(dir, 'b.bin'), Buffer.from([0x80, 0x04, 0x95, 0, 0, 0]));
  await mkdir(path.join(dir, 'folder'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('runScanners', () => {
  it('hashes each target and runs the scanners that apply', async () => {
    const out = await runScanners({ targets: [target('a.csv')], scanners: [flagsEverything] });
    expect(out.targets[0]).toMatchObject({ path: 'shown/a.csv', key: 'a.csv', status: 'complete', size: 8, scanners: ['flag-all'] });
    expect(out.targets[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ ruleId: 'flag-all/seen', location: { path: 'shown/a.csv' }, taxonomy: { atlas: ['AML.T0010'] } });
  });

  it('fingerprints by the stable key, not by the path as shown', async () => {
    const a = await runScanners({ targets: [target('a.csv')], scanners: [flagsEverything] });
    const b = await runScanners({ targets: [{ ...target('a.csv'), path: 'elsewhere/a.csv' }], scanners: [flagsEverything] });
    expect(a.findings[0]?.fingerprint).toBe(b.findings[0]?.fingerprint);
  });

  it('turns a throwing scanner into an error status and a diagnostic, never a clean target', async () => {
    const out = await runScanners({ targets: [target('a.csv')], scanners: [throws, flagsEverything] });
    expect(out.targets[0]?.status).toBe('error');
    expect(out.diagnostics).toEqual([expect.objectContaining({ scanner: 'throws', code: 'scanner-failed', level: 'error' })]);
    expect(out.findings).toHaveLength(1); // the other scanner still ran
  });

  it('stops a scanner at its time budget and marks the target incomplete', async () => {
    const out = await runScanners({ targets: [target('a.csv')], scanners: [hangs], budgetMs: 50 });
    expect(out.targets[0]?.status).toBe('incomplete');
    expect(out.diagnostics[0]).toMatchObject({ code: 'timeout', scanner: 'hangs' });
  });

  it('reports a missing file and a folder as errors and goes on with the rest', async () => {
    const out = await runScanners({ targets: [target('missing.pkl'), target('folder'), target('a.csv')], scanners: [flagsEverything] });
    expect(out.targets.map((t) => t.status)).toEqual(['error', 'error', 'complete']);
    expect(out.targets[0]?.message).toContain('does not exist');
    expect(out.diagnostics.filter((d) => d.code === 'unreadable')).toHaveLength(2);
  });

  it('marks a model that no model scanner understands as unsupported', async () => {
    const out = await runScanners({ targets: [target('b.bin', { kind: 'model' })], scanners: [flagsEverything] });
    expect(out.targets[0]?.status).toBe('unsupported');
    expect(out.targets[0]?.message).toMatch(/No model scanner/);
  });

  it('gives each scanner the baseline of the target key', async () => {
    const seen: string[] = [];
    const spy = defineScanner({
      id: 'spy', version: 1, summary: 'Reads baselines.', tags: {}, kind: 'any', options: z.object({}), appliesTo: () => true,
      async scan(t, ctx) {
        seen.push(ctx.baseline(t.key)?.sha256 ?? 'none');
        return { findings: [] };
      },
    });
    await runScanners({ targets: [target('a.csv')], scanners: [spy], baseline: (k) => (k === 'a.csv' ? { sha256: 'f'.repeat(64), source: 'first-seen', at: 'x' } : undefined) });
    expect(seen).toEqual(['f'.repeat(64)]);
  });

  it('rejects with ERR_ABORTED when the run is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runScanners({ targets: [target('a.csv')], scanners: [hangs], signal: controller.signal })).rejects.toSatisfy((e) => isAisecError(e, 'ERR_ABORTED'));
  });

  it('rejects invalid scanner options with a message naming the scanner', async () => {
    const strict = defineScanner({ id: 'strict', version: 1, summary: 'Has options.', tags: {}, kind: 'any', options: z.object({ n: z.number().default(1) }), appliesTo: () => true, scan: async () => ({ findings: [] }) });
    await expect(runScanners({ targets: [target('a.csv')], scanners: [strict], scannerOptions: { strict: { n: 'x' } } })).rejects.toThrow(/strict/);
  });
});

describe('runScanners with requireAnalysis', () => {
  it('marks a named file that no scanner analysed as unsupported, never clean', async () => {
    const out = await runScanners({ targets: [target('a.csv', { requireAnalysis: true })], scanners: [] });
    expect(out.targets[0]).toMatchObject({ status: 'unsupported', scanners: [] });
    expect(out.targets[0]?.message).toMatch(/No scanner understands the format "csv"/);
  });

  it('leaves a file complete when a scanner analysed it', async () => {
    const out = await runScanners({ targets: [target('a.csv', { requireAnalysis: true })], scanners: [flagsEverything] });
    expect(out.targets[0]?.status).toBe('complete');
  });
});
