import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';
import { csvRows, tempTree } from '../../integrity/test-support/temp-tree.js';

const tree = tempTree('aisec-cli-integrity-');
afterAll(() => tree.cleanup());
let n = 0;

function dataset(): string {
  return tree.folder(`ds${n++}`, { 'train.csv': csvRows(1200), 'notes.txt': 'hello' });
}

describe('aisec data manifest / verify', () => {
  it('writes a manifest, then exits 0 on a match and 1 naming the changed rows', async () => {
    const dir = dataset();
    const manifest = tree.at(`m${n++}.json`);
    const made = await cli('data', 'manifest', dir, '--out', manifest, '--chunk-rows', '500');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/wrote .*: 2 files, 1 tabular \(1200 rows\)/);
    expect((await cli('data', 'verify', dir, '--manifest', manifest)).code).toBe(0);
    const file = path.join(dir, 'train.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n2100,', '\n2199,'));
    const run = await cli('data', 'verify', dir, '--manifest', manifest);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/changed {2}train\.csv: rows 500–999/);
    const json = JSON.parse((await cli('data', 'verify', dir, '--manifest', manifest, '--json')).stdout);
    expect(json.changed[0].rows.ranges).toEqual([{ start: 500, end: 1000 }]);
  });

  it('prints the manifest without --out, and exits 2 on an edited manifest or bad flags', async () => {
    const dir = dataset();
    const printed = await cli('data', 'manifest', dir);
    expect(JSON.parse(printed.stdout).version).toBe('aisec.manifest/v1');
    const manifest = tree.at(`m${n++}.json`);
    writeFileSync(manifest, printed.stdout.replace(/"sha256": "[0-9a-f]{6}/, '"sha256": "000000'));
    const run = await cli('data', 'verify', dir, '--manifest', manifest);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ERR_MANIFEST_INVALID/);
    expect((await cli('data', 'manifest', dir, '--chunk-rows', 'many')).code).toBe(2);
  });
});

describe('aisec keys / sign / verify', () => {
  it('signs with a generated key and verifies: 0 when intact, 1 naming the change, 2 without a key', async () => {
    const keys = tree.folder(`keys${n++}`, {});
    const gen = await cli('keys', 'generate', '--type', 'ecdsa-p256', '--out', keys, '--json');
    expect(gen.code).toBe(0);
    const { privateKey, publicKey } = JSON.parse(gen.stdout);
    expect(gen.stdout).not.toMatch(/BEGIN PRIVATE KEY/);
    const dir = dataset();
    expect((await cli('sign', dir, '--key', privateKey)).code).toBe(0);
    expect((await cli('verify', dir, '--pub', publicKey)).code).toBe(0);
    writeFileSync(path.join(dir, 'planted.csv'), 'a,b\n1,2\n');
    const run = await cli('verify', dir, '--pub', publicKey);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/added {4}planted\.csv/);
    expect((await cli('verify', dir)).code).toBe(2);
  });

  it('exits 1 for a bundle that is not a signature at all', async () => {
    const keys = tree.folder(`keys${n++}`, {});
    const { publicKey } = JSON.parse((await cli('keys', 'generate', '--out', keys, '--json')).stdout);
    const dir = dataset();
    writeFileSync(path.join(dir, 'model.sig'), '{"mediaType": "x"}');
    const run = await cli('verify', dir, '--pub', publicKey);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/signature invalid/);
  });

  it('verifies the model-transparency Sigstore fixture offline', async () => {
    const fixtures = path.resolve('test/fixtures/model-signing');
    const run = await cli('verify', path.join(fixtures, 'v1.1.0-sigstore'), '--trusted-root', path.join(fixtures, 'trusted_root.json'), '--identity', 'stefanb@us.ibm.com', '--issuer', 'https://sigstore.verify.ibm.com/oauth2', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'valid', signer: { kind: 'certificate', identity: 'stefanb@us.ibm.com' } });
  });
});
