import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';
import { cli } from '../../../test/helpers/cli.js';

const example = fileURLToPath(new URL('../../../examples/credit-scoring/', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'aisec-cli-compliance-'));
const withStore = path.join(root, 'with-store');
const noStore = path.join(root, 'no-store');
const saved = process.env.AISEC_DATABASE_URL;

beforeAll(async () => {
  delete process.env.AISEC_DATABASE_URL;
  for (const dir of [withStore, noStore]) cpSync(example, dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('.aisec') });
  const store = await openStore({ sqlitePath: path.join(withStore, '.aisec', 'aisec.db') });
  await store.close();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (saved !== undefined) process.env.AISEC_DATABASE_URL = saved;
});

describe('aisec risk compliance', () => {
  it('prints the counts, the table and the gaps with their actions; warns that nothing is assessed yet', async () => {
    const run = await cli('risk', 'compliance', withStore, '--framework', 'iso-42001');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ISO\/IEC 42001:2023 Annex A controls — credit-scoring\n/);
    expect(run.stdout).toMatch(/\ncovered {7}0\n/);
    expect(run.stdout).toMatch(/\ntotal {9}38\n/);
    expect(run.stdout).toMatch(/Gaps \(\d+\) and what closes them:\n/);
    expect(run.stdout).toContain(`run \`aisec assess ${withStore}\``);
    expect(run.stderr).toMatch(/No assessment of credit-scoring is stored yet/);
  });

  it('prints JSON with every item and the evidence', async () => {
    const run = await cli('risk', 'compliance', withStore, '--framework', 'nist-ai-rmf', '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ schema: 'aisec.compliance/v1', framework: 'nist-ai-rmf', system: 'credit-scoring', assessment: null });
    expect(json.items).toHaveLength(72);
    expect(json.evidence.observed).toEqual([]);
    expect(json.evidence.claims.length).toBeGreaterThan(0);
  });

  it('refuses an unknown or missing framework, and a system without a store, with exit 2', async () => {
    const unknown = await cli('risk', 'compliance', withStore, '--framework', '\u001b[31miso-27001');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/Unknown compliance framework .*: choose one of eu-ai-act, nist-ai-rmf, iso-42001\./);
    expect(unknown.stderr).not.toContain('\u001b');
    expect((await cli('risk', 'compliance', withStore)).code).toBe(2);
    const missing = await cli('risk', 'compliance', noStore, '--framework', 'eu-ai-act');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/was never assessed: there is no store at .*\. Run `aisec assess /);
  });

  it('has help with examples', async () => {
    const run = await cli('risk', 'compliance', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--framework <name>/);
    expect(run.stdout).toMatch(/Examples:\n {2}\$ aisec assess examples\/credit-scoring\n {2}\$ aisec risk compliance examples\/credit-scoring --framework eu-ai-act/);
  });
});
