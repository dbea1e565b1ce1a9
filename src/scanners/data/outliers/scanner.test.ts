import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFinding, FindingSchema } from '../../../core/finding.js';
import { csvTarget, runScanner } from '../_table/test-support/scan-target.js';
import { mixedTable, tableOf } from '../_table/test-support/tables.js';
import { outliersScanner } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-out-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('data-outliers scanner', () => {
  it('meets the plugin contract', () => {
    expect(Object.isFrozen(outliersScanner)).toBe(true);
    expect(outliersScanner.options.safeParse({ threshold: 0.4 }).success).toBe(false);
  });

  it('reports planted outliers with ranked suspects and the features that make them unusual', async () => {
    const base = mixedTable(1000, 1, 4);
    const rows = base.rows.map((r) => [...r]);
    rows[123] = [40, -40, 40, -40, 'red', 'S', 'no'];
    const t = await csvTarget(dir, 'o.csv', tableOf(base.columns, rows), { name: 'o', kind: 'dataset', spec: { labelColumn: 'label' } });
    const result = await runScanner(outliersScanner, t);
    expect(result.findings).toHaveLength(1);
    const f = result.findings[0]!;
    expect(f).toMatchObject({ rule: 'outliers', severity: 'low', location: { row: 123 } });
    expect((f.evidence!.suspects as { row: number }[])[0]!.row).toBe(123);
    expect((f.evidence!.explanations as { row: number }[])[0]!.row).toBe(123);
    expect(f.evidence!.skipped).toEqual([{ name: 'label', reason: 'excluded' }]);
    expect(FindingSchema.safeParse(completeFinding(outliersScanner.id, t.path, f, outliersScanner.tags)).success).toBe(true);
  });

  it('lets clean data through', async () => {
    const t = await csvTarget(dir, 'clean.csv', mixedTable(1000, 2));
    expect((await runScanner(outliersScanner, t, { labelColumn: 'label' })).findings).toEqual([]);
  });
});
