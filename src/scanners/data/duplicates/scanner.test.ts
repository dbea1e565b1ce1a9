import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFinding, FindingSchema } from '../../../core/finding.js';
import { csvTarget, runScanner } from '../_table/test-support/scan-target.js';
import { mixedTable, tableOf } from '../_table/test-support/tables.js';
import { duplicatesScanner } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-dup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('data-duplicates scanner', () => {
  it('meets the plugin contract and applies to tables only', async () => {
    expect(Object.isFrozen(duplicatesScanner)).toBe(true);
    expect(duplicatesScanner.kind).toBe('data');
    expect(duplicatesScanner.options.safeParse({ nearFactr: 1 }).success).toBe(false);
    const t = await csvTarget(dir, 'a.csv', mixedTable(5, 1));
    expect(duplicatesScanner.appliesTo(t)).toBe(true);
    expect(duplicatesScanner.appliesTo({ ...t, format: 'pickle', kind: 'model' })).toBe(false);
  });

  it('reports conflicting labels, exact and near copies as valid findings, with ranked suspects', async () => {
    const base = mixedTable(300, 2);
    const flipped = [...base.rows[4]!.slice(0, -1), base.rows[4]!.at(-1) === 'yes' ? 'no' : 'yes'];
    const near = base.rows[9]!.map((v, i) => (i < 6 ? (v as number) + 0.001 : v));
    const t = await csvTarget(dir, 'train.csv', tableOf(base.columns, [...base.rows, base.rows[1]!, flipped, near]), { name: 'train', kind: 'dataset', role: 'train', spec: { labelColumn: 'label' } });
    const result = await runScanner(duplicatesScanner, t);
    expect(result.status).toBeUndefined();
    expect(result.findings.map((f) => f.rule)).toEqual(['conflicting-labels', 'exact-duplicates', 'near-duplicates']);
    for (const f of result.findings) expect(FindingSchema.safeParse(completeFinding(duplicatesScanner.id, t.path, f, duplicatesScanner.tags)).success).toBe(true);
    const conflict = result.findings[0]!;
    // Two rows, two labels: neither is the majority, so both rank equally (by row).
    expect(conflict.location).toEqual({ row: 4 });
    expect((conflict.evidence!.suspects as { row: number }[]).map((s) => s.row)).toEqual([4, 301]);
    expect(conflict.taxonomy).toEqual({ atlas: ['AML.T0020'], owasp: ['LLM04:2025', 'ML02'] });
  });

  it('lets clean data through', async () => {
    const t = await csvTarget(dir, 'clean.csv', mixedTable(400, 3));
    const result = await runScanner(duplicatesScanner, t, { labelColumn: 'label' });
    expect(result).toMatchObject({ findings: [], diagnostics: [] });
    expect(result.status).toBeUndefined();
  });

  it('is incomplete, with a warning, when the label column is missing', async () => {
    const t = await csvTarget(dir, 'nolabel.csv', mixedTable(50, 3));
    const result = await runScanner(duplicatesScanner, t, { labelColumn: 'nope' });
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('incomplete');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['label-column-missing']);
  });

  it('says the result is incomplete when only the first rows were read', async () => {
    const t = await csvTarget(dir, 'big.csv', mixedTable(120, 4));
    const result = await runScanner(duplicatesScanner, t, { maxRows: 100 });
    expect(result.status).toBe('incomplete');
    expect(result.message).toMatch(/first 100 rows/);
  });
});
