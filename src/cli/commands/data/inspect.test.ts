import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ReportV1Schema } from '../../../report/index.js';
import { runCli } from '../../main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-cli-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

// Two clean classes on a line; rows 3 and 8 carry the other class's label.
const lines = ['x,y,label', ...Array.from({ length: 60 }, (_, i) => `${i < 30 ? i / 10 : 10 + i / 10},${i % 7},${(i < 30) !== (i === 3 || i === 38) ? 'low' : 'high'}`)];
const file = path.join(dir, 'data.csv');
writeFileSync(file, `${lines.join('\n')}\n`);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await runCli(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('aisec data inspect', () => {
  it('prints a valid report with the flipped rows ranked first', async () => {
    const { code, out } = await run('data', 'inspect', file, '--label', 'label', '--seed', '1', '--json', '--fail-on', 'none');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { suspects: { row: number; signals: string[] }[] };
    expect(() => ReportV1Schema.parse(report)).not.toThrow();
    expect(report.suspects.slice(0, 2).map((s) => s.row).sort((a, b) => a - b)).toEqual([3, 38]);
    expect(report.suspects[0]!.signals).toContain('label-noise');
  });

  it('shows the suspicious rows in the summary, and exits 1 at --fail-on', async () => {
    const { code, out } = await run('data', 'inspect', file, '--label', 'label', '--fail-on', 'info', '--top', '1');
    expect(code).toBe(1);
    expect(out).toContain('look mislabelled in column label');
    expect(out).toMatch(/Suspicious rows \(top 1 of 2/);
  });

  it('exits 2 and names the columns when the label column is missing', async () => {
    const { code, err } = await run('data', 'inspect', file, '--label', 'lable');
    expect(code).toBe(2);
    expect(err).toContain('The label column "lable" is not in the data. Did you mean "label"?');
    expect(err).toContain('"x", "y", "label"');
  });

  it('exits 2 for a bad --seed', async () => {
    const { code, err } = await run('data', 'inspect', file, '--seed', 'abc');
    expect(code).toBe(2);
    expect(err).toContain('--seed takes a whole number');
  });
});
