import { readFile, rm, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportV1Schema, type ReportV1 } from '../../src/report/index.js';
import { cli } from '../helpers/cli.js';
import { copyExample } from '../helpers/example-copy.js';

let dir: string;
let out: string;

async function report(): Promise<ReportV1> {
  return ReportV1Schema.parse(JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')));
}

async function flipOneByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  const i = bytes.length - 3; // a digit of the last row
  bytes[i] = bytes[i] === 0x30 ? 0x31 : 0x30;
  await writeFile(file, bytes);
}

beforeAll(async () => {
  dir = await copyExample();
  out = path.join(dir, '..', 'reports');
});

describe('aisec assess on the bundled example with its planted legacy model', () => {
  it('reports the pickle payload as critical and the model as undeclared, and exits 1', async () => {
    const run = await cli('assess', dir, '--out', out);
    // The rest of the tests work on the system without its legacy model.
    await rm(path.join(dir, 'legacy'), { recursive: true });
    expect(run.code).toBe(1);
    const r = await report();
    const legacy = r.findings.filter((f) => f.location.path.endsWith('legacy/credit-model-2019.pkl'));
    expect(legacy.map((f) => [f.ruleId.split('/')[0], f.severity])).toEqual(expect.arrayContaining([['inventory', 'medium']]));
    expect(legacy.some((f) => f.severity === 'critical' && f.ruleId.startsWith('model:') && JSON.stringify(f.evidence).includes('posix.system'))).toBe(true);
  }, 300_000);
});
afterAll(() => rm(path.dirname(dir), { recursive: true, force: true }));

describe('aisec assess on the bundled example', () => {
  it('writes all five reports and a valid JSON report', async () => {
    const run = await cli('assess', dir, '--out', out, '--fail-on', 'none');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of ['summary.txt', 'report.json', 'report.sarif', 'report.html', 'aibom.cdx.json']) {
      expect((await stat(path.join(out, file))).size, file).toBeGreaterThan(0);
    }
    const r = await report();
    expect(r.system?.name).toBe('credit-scoring');
    expect(r.targets.map((t) => t.key)).toEqual(expect.arrayContaining(['data/train.csv', 'data/eval.csv']));
    expect(r.targets.every((t) => t.status === 'complete')).toBe(true);
    expect(r.assessmentId).toBeTruthy();
    expect(run.stdout).toContain('credit-scoring');
  }, 300_000);

  it('finds a one-byte change to the training data; approve clears the integrity finding, only signing again clears the signature', async () => {
    const data = path.join(dir, 'data');
    await flipOneByte(path.join(data, 'train.csv'));
    // The integrity flow is about the data: the model's adversarial tests (and their high
    // findings) are left out so the exit codes below speak of the data only.
    const changed = await cli('assess', dir, '--out', out, '--tests', 'none');
    expect(changed.code).toBe(1); // high findings, default --fail-on high
    const findings = (await report()).findings;
    expect(findings.find((f) => f.ruleId === 'integrity/changed-without-approval')).toMatchObject({ severity: 'high', location: { path: expect.stringMatching(/data\/train\.csv$/) } });
    // The data folder is signed: the same byte breaks the signature, naming the file.
    expect(findings.find((f) => f.ruleId === 'signature/signature-mismatch')).toMatchObject({ severity: 'high', evidence: { changed: ['train.csv'], added: [], removed: [] } });

    const again = await cli('assess', dir, '--out', out, '--tests', 'none');
    expect(again.code).toBe(1); // still unapproved: the findings persist

    const approve = await cli('approve', 'data/train.csv', '--dir', dir, '--reason', 'test change', '--by', 'tester');
    expect(approve.code).toBe(0);
    expect(approve.stdout).toMatch(/approved data\/train\.csv/);
    const approved = await cli('assess', dir, '--out', out, '--tests', 'none');
    // An approval is recorded in aisec's store; it does not speak for the signer of the data.
    expect(approved.code).toBe(1);
    const after = (await report()).findings;
    expect(after.filter((f) => f.ruleId.startsWith('integrity/'))).toEqual([]);
    expect(after.map((f) => f.ruleId)).toContain('signature/signature-mismatch');

    // The data owner records and signs the new version (the example keeps its demo key).
    expect((await cli('data', 'manifest', data, '--out', path.join(data, 'MANIFEST.json'))).code).toBe(0);
    expect((await cli('sign', data, '--key', path.join(dir, 'keys', 'signing-key.pem'))).code).toBe(0);
    const signed = await cli('assess', dir, '--out', out, '--tests', 'none');
    expect(signed.code).toBe(0);
    const final = (await report()).findings;
    expect(final.filter((f) => f.ruleId.startsWith('integrity/') || f.ruleId === 'signature/signature-mismatch')).toEqual([]);
    expect(final.map((f) => f.ruleId)).toContain('signature/signature-verified');
  }, 600_000);

  it('lists findings from the store and suppresses them by id', async () => {
    await flipOneByte(path.join(dir, 'data', 'eval.csv'));
    expect((await cli('assess', dir, '--out', out, '--tests', 'none')).code).toBe(1);
    const listed = await cli('findings', 'list', dir, '--json');
    const rows = JSON.parse(listed.stdout) as { finding: { id: string; ruleId: string } }[];
    const ids = ['integrity/changed-without-approval', 'signature/signature-mismatch'].map((rule) => rows.find((r) => r.finding.ruleId === rule)!.finding.id);
    for (const id of ids) {
      const suppressed = await cli('findings', 'suppress', id, '--dir', dir, '--reason', 'known refresh', '--owner', 'risk@example', '--days', '7');
      expect(suppressed.code).toBe(0);
    }
    const after = await cli('assess', dir, '--out', out, '--tests', 'none');
    expect(after.code).toBe(0); // suppressed findings do not fail the run
    const kept = (await report()).findings.filter((f) => ids.includes(f.id));
    expect(kept).toHaveLength(2);
    for (const f of kept) expect(f.suppression).toMatchObject({ reason: 'known refresh', owner: 'risk@example' });
  }, 300_000);
});

describe('aisec assess on bad input', () => {
  it('exits 2 with the fix for a folder that does not exist', async () => {
    const run = await cli('assess', path.join(dir, 'nope'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not exist/);
  });

  it('exits 2 when the report folder cannot be written, and keeps the stored runs', async () => {
    const blocker = path.join(dir, '..', 'blocker');
    await writeFile(blocker, 'a file where the report folder should be');
    const before = JSON.parse((await cli('findings', 'list', dir, '--json')).stdout) as unknown[];
    const run = await cli('assess', dir, '--out', path.join(blocker, 'reports'), '--tests', 'none');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out/);
    const after = JSON.parse((await cli('findings', 'list', dir, '--json')).stdout) as unknown[];
    expect(after.length).toBe(before.length);
  }, 300_000);

  it('exits 2 for an unknown format with a did-you-mean', async () => {
    const run = await cli('assess', dir, '--format', 'sarfi');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Did you mean "sarif"');
  });

  it('exits 2 for an unknown flag', async () => {
    expect((await cli('assess', dir, '--no-such-flag')).code).toBe(2);
  });

  it('exits 2 when PostgreSQL is down, with no password in the message', async () => {
    const saved = process.env.AISEC_DATABASE_URL;
    process.env.AISEC_DATABASE_URL = 'postgres://aisec:s3cret@127.0.0.1:1/aisec';
    try {
      const run = await cli('assess', dir, '--out', out);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ERR_STORE_UNAVAILABLE/);
      expect(run.stderr).not.toContain('s3cret');
    } finally {
      if (saved === undefined) delete process.env.AISEC_DATABASE_URL;
      else process.env.AISEC_DATABASE_URL = saved;
    }
  });

  it('exits 2 on a corrupt SQLite store and leaves the file as it was', async () => {
    const other = await copyExample();
    const db = path.join(other, '.aisec', 'aisec.db');
    await cli('assess', other, '--out', path.join(other, 'r'), '--tests', 'none');
    const garbage = Buffer.alloc(8192, 0x5a);
    await writeFile(db, garbage);
    await rm(`${db}-wal`, { force: true });
    await rm(`${db}-shm`, { force: true });
    const run = await cli('assess', other, '--out', path.join(other, 'r'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ERR_STORE_CORRUPT/);
    expect(Buffer.compare(await readFile(db), garbage)).toBe(0);
    await rm(path.dirname(other), { recursive: true, force: true });
  }, 300_000);
});
