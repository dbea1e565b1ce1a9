import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { isAisecError } from '../../../core/errors.js';
import { registerDataDiff } from './diff.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-cli-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, rows: number, shift: number): string {
  const lines = ['id,x,label'];
  for (let i = 0; i < rows; i++) lines.push(`${i + 1},${((i * 7919) % 1000) / 100 + shift},${i % 4 === 0 ? 'spam' : 'ham'}`);
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let code = 0;
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const program = new Command('aisec').exitOverride();
  registerDataDiff(program.command('data'), { signal: new AbortController().signal, quiet: false, setExitCode: (c) => (code = c) });
  await program.parseAsync(['data', 'diff', ...args], { from: 'user' });
  return { code, out };
}

afterEach(() => vi.restoreAllMocks());

describe('aisec data diff', () => {
  it('exits 0 for two versions of the same distribution', async () => {
    const { code, out } = await run([csv('a.csv', 600, 0), csv('b.csv', 500, 0), '--label', 'label']);
    expect(code).toBe(0);
    expect(out).toMatch(/Drifted columns: 0 of 2 tested/);
  });

  it('exits 1 when a column drifts, with the report as JSON', async () => {
    const { code, out } = await run([csv('a.csv', 600, 0), csv('c.csv', 600, 3), '--label', 'label', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { complete: boolean; drift: { column: string; method: string; drifted: boolean }[]; rows: { added: number } };
    expect(report.complete).toBe(true);
    expect(report.drift.find((d) => d.column === 'x')).toMatchObject({ method: 'ks', drifted: true });
    expect(report.rows.added).toBe(600);
  });

  it('exits 3 when only part of a file was read and nothing drifted', async () => {
    const { code } = await run([csv('a.csv', 600, 0), csv('d.csv', 600, 0), '--max-rows', '500']);
    expect(code).toBe(3);
  });

  it('rejects unknown methods and columns as usage errors', async () => {
    const a = csv('a.csv', 50, 0);
    await expect(run([a, a, '--method', 'kss'])).rejects.toSatisfy((e) => isAisecError(e, 'ERR_USAGE') && /Did you mean "ks"/.test((e as Error).message));
    await expect(run([a, a, '--label', 'lable'])).rejects.toSatisfy((e) => isAisecError(e, 'ERR_DATA_COLUMN'));
    await expect(run([a, path.join(dir, 'missing.csv')])).rejects.toSatisfy((e) => isAisecError(e, 'ERR_TARGET_NOT_FOUND'));
  });

  it('exits 3 for a file that is not data', async () => {
    const bin = path.join(dir, 'bin.csv');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 0]));
    const { code } = await run([csv('a.csv', 50, 0), bin]);
    expect(code).toBe(3);
  });
});
