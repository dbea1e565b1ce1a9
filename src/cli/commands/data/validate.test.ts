import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { registerDataValidate } from './validate.js';

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-cli-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  path.join(dir, 'aisec.yaml'),
  `version: 1
name: people-scoring
owner: Data team
purpose: Score people for a test.
criticality: internal-tooling
decisions: None; a test.
automation: advisory
exposure: internal
users:
  population: Testers.
datasets:
  - name: people
    path: data.csv
    role: train
    source: internal
    personalData: false
    labelColumn: label
    rules:
      - { column: id, check: unique }
      - { check: row-count, min: 3 }
`,
);
const system = { dir, writeData: (csv: string) => writeFileSync(path.join(dir, 'data.csv'), csv) };

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let code = 0;
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const program = new Command('aisec').exitOverride();
  registerDataValidate(program.command('data'), { signal: new AbortController().signal, quiet: false, setExitCode: (c) => (code = c) });
  try {
    await program.parseAsync(['data', 'validate', ...args], { from: 'user' });
  } finally {
    write.mockRestore();
  }
  return { code, out };
}

afterEach(() => vi.restoreAllMocks());

describe('aisec data validate', () => {
  it('exits 0 when every check passes', async () => {
    system.writeData('id,age,email,joined,label\n1,30,a@example.com,,0\n2,40,b@example.com,,1\n3,50,c@example.com,,0\n4,60,,,1\n');
    const { code, out } = await run(['people', '--dir', system.dir]);
    expect(code).toBe(0);
    expect(out).toContain('PASSED');
  });

  it('exits 1 and lists violations as JSON when a rule is violated', async () => {
    system.writeData('id,age,email,joined,label\n1,30,a@example.com,,0\n1,40,b@example.com,,1\n3,50,c@example.com,,0\n');
    const { code, out } = await run(['people', '--dir', system.dir, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { dataset: string; violations: { rule: string; rows: number[] }[] };
    expect(report.dataset).toBe('people');
    expect(report.violations).toContainEqual(expect.objectContaining({ rule: 'unique', rows: [1] }));
  });

  it('exits 3 when the file is not data', async () => {
    system.writeData('\u0000\u0001\u0002'.repeat(100));
    expect((await run(['people', '--dir', system.dir])).code).toBe(3);
  });

  it('refuses an unknown dataset with a suggestion (usage error)', async () => {
    await expect(run(['peple', '--dir', system.dir])).rejects.toThrow('Did you mean "people"?');
  });
});
