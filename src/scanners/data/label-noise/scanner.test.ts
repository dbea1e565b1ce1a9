import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCsv } from '../../../ml/index.js';
import { runScanners } from '../../engine.js';
import { dataLabelNoiseScanner } from './scanner.js';
import { noisyTable } from './test-support/noisy-table.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-label-noise-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeCsv(name: string, flip: number): { file: string; flipped: ReadonlySet<number> } {
  const { table, flipped } = noisyTable({ rows: 400, flip, seed: 9 });
  const file = path.join(dir, name);
  writeFileSync(file, formatCsv(table.columns, table.rows));
  return { file, flipped };
}

async function scan(file: string, spec: Record<string, unknown> | undefined, options: Record<string, unknown> = {}) {
  return runScanners({
    targets: [{ path: path.basename(file), absPath: file, key: path.basename(file), kind: 'dataset', asset: { name: 'train', kind: 'dataset', role: 'train', ...(spec ? { spec } : {}) } }],
    scanners: [dataLabelNoiseScanner],
    scannerOptions: { 'data-label-noise': options },
  });
}

describe('data-label-noise scanner', () => {
  it('takes the label column from the descriptor entry and reports flipped rows', async () => {
    const { file, flipped } = writeCsv('noisy.csv', 0.05);
    const outcome = await scan(file, { labelColumn: 'label' });
    expect(outcome.targets[0]).toMatchObject({ status: 'complete', scanners: ['data-label-noise'] });
    const [finding] = outcome.findings;
    expect(finding?.ruleId).toBe('data-label-noise/label-issues');
    expect(finding?.location).toMatchObject({ path: 'noisy.csv', column: 'label' });
    const rows = (finding?.evidence.suspects as { row: number }[]).map((s) => s.row);
    expect(rows.slice(0, 10).every((row) => flipped.has(row))).toBe(true);
  });

  it('prefers the scanner option to the descriptor', async () => {
    const { file } = writeCsv('option.csv', 0.05);
    const outcome = await scan(file, { labelColumn: 'colour' }, { labelColumn: 'label', suspects: 5 });
    expect(outcome.findings[0]?.location.column).toBe('label');
    expect(outcome.findings[0]?.evidence.suspects).toHaveLength(5);
  });

  it('says so, and stays quiet, when no label column is declared', async () => {
    const { file } = writeCsv('unlabelled.csv', 0);
    const outcome = await scan(file, undefined);
    expect(outcome.findings).toEqual([]);
    expect(outcome.targets[0]).toMatchObject({ status: 'complete' });
    expect(outcome.targets[0]!.message).toContain('no label column declared');
  });

  it('marks the target incomplete when the declared label column is not in the data', async () => {
    const { file } = writeCsv('typo.csv', 0);
    const outcome = await scan(file, { labelColumn: 'labels' });
    expect(outcome.targets[0]!.status).toBe('incomplete');
    expect(outcome.targets[0]!.message).toContain('Did you mean "label"?');
  });
});
