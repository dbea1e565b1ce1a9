import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFinding, FindingSchema } from '../../../core/finding.js';
import { csvTarget, runScanner } from '../_table/test-support/scan-target.js';
import { mixedTable, smsTable } from '../_table/test-support/tables.js';
import { textTriggersScanner } from './index.js';
import { plantTrigger } from './plant.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-trig-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const asset = { name: 'sms', kind: 'dataset' as const, role: 'train', spec: { labelColumn: 'label' } };

describe('data-text-triggers scanner', () => {
  it('meets the plugin contract', () => {
    expect(Object.isFrozen(textTriggersScanner)).toBe(true);
    expect(textTriggersScanner.options.safeParse({ alpa: 0.1 }).success).toBe(false);
  });

  it('reports a planted trigger as a high-severity backdoor finding with the planted rows', async () => {
    const planted = plantTrigger(smsTable(3000, 4), { textColumn: 'text', labelColumn: 'label', trigger: 'cf', fromLabel: 'spam', toLabel: 'ham', rate: 0.005, seed: 4 });
    const t = await csvTarget(dir, 'poisoned.csv', planted.table, asset);
    const result = await runScanner(textTriggersScanner, t);
    expect(result.findings).toHaveLength(1);
    const f = result.findings[0]!;
    expect(f).toMatchObject({ rule: 'backdoor-trigger', severity: 'high', key: 'trigger:cf', location: { column: 'text', row: planted.rows[0] } });
    expect(f.evidence!.poisonedRows).toEqual(planted.rows);
    expect(f.taxonomy).toEqual({ atlas: ['AML.T0018', 'AML.T0020'], owasp: ['LLM04:2025', 'ML02'] });
    expect(FindingSchema.safeParse(completeFinding(textTriggersScanner.id, t.path, f, textTriggersScanner.tags)).success).toBe(true);
  });

  it('lets clean text through and skips data without labels or without text', async () => {
    expect((await runScanner(textTriggersScanner, await csvTarget(dir, 'clean.csv', smsTable(2000, 5), asset))).findings).toEqual([]);
    expect(await runScanner(textTriggersScanner, await csvTarget(dir, 'nolabel.csv', smsTable(50, 5)))).toMatchObject({ findings: [], diagnostics: [] });
    expect(await runScanner(textTriggersScanner, await csvTarget(dir, 'tabular.csv', mixedTable(50, 5), asset))).toMatchObject({ findings: [], diagnostics: [] });
  });

  it('is incomplete with a warning when the named label or text column is missing', async () => {
    const t = await csvTarget(dir, 'sms.csv', smsTable(50, 6));
    const noLabel = await runScanner(textTriggersScanner, t, { labelColumn: 'class' });
    expect(noLabel).toMatchObject({ findings: [], status: 'incomplete' });
    expect(noLabel.diagnostics.map((d) => d.code)).toEqual(['label-column-missing']);
    const noText = await runScanner(textTriggersScanner, t, { labelColumn: 'label', textColumn: 'body' });
    expect(noText.diagnostics.map((d) => d.code)).toEqual(['text-column-missing']);
  });
});
