import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExample } from '../helpers/example-copy.js';

let dir: string;

beforeAll(async () => {
  dir = await copyExample();
  await rm(path.join(dir, 'legacy'), { recursive: true });
  expect((await cli('assess', dir, '--out', path.join(dir, '..', 'r'), '--fail-on', 'none')).code).toBe(0);
});
afterAll(() => rm(path.dirname(dir), { recursive: true, force: true }));

describe('aisec approve on bad input', () => {
  it('refuses a name that is neither a file of the system nor an asset, exit 2', async () => {
    const run = await cli('approve', 'no-such-asset', '--dir', dir, '--reason', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ERR_ASSET_NOT_FOUND/);
  });

  it('refuses a path that escapes the system folder, exit 2', async () => {
    const run = await cli('approve', '../../../etc/passwd', '--dir', dir, '--reason', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ERR_ASSET_NOT_FOUND/);
  });

  it('needs a reason', async () => {
    expect((await cli('approve', 'data/train.csv', '--dir', dir)).code).toBe(2);
  });

  it('approves by asset name', async () => {
    const run = await cli('approve', 'train', '--dir', dir, '--reason', 'by name', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ key: 'data/train.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });
});

describe('aisec findings suppress on bad input', () => {
  it.each([
    ['an unknown id', ['f-000000000000']],
    ['a past expiry', ['f-000000000000', '--expires', '2001-01-01']],
    ['a malformed expiry', ['f-000000000000', '--expires', 'tomorrow']],
    ['a negative number of days', ['f-000000000000', '--days', '-3']],
    ['both --days and --expires', ['f-000000000000', '--days', '3', '--expires', '2099-01-01']],
  ])('exits 2 for %s and stores nothing', async (_name, args) => {
    const before = (await cli('findings', 'list', dir, '--json')).stdout;
    const run = await cli('findings', 'suppress', ...args, '--dir', dir, '--reason', 'r');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
    expect((await cli('findings', 'list', dir, '--json')).stdout).toBe(before);
  });
});

describe('aisec init, schema and findings list on bad input', () => {
  it('init refuses a folder that does not exist', async () => {
    expect((await cli('init', path.join(dir, 'nope'))).code).toBe(2);
  });

  it('init does not overwrite an existing aisec.yaml without --force', async () => {
    const before = await readFile(path.join(dir, 'aisec.yaml'), 'utf8');
    const run = await cli('init', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--force/);
    expect(await readFile(path.join(dir, 'aisec.yaml'), 'utf8')).toBe(before);
  });

  it('init writes a draft that assess can read', async () => {
    const fresh = path.join(path.dirname(dir), 'fresh');
    await mkdir(fresh);
    await writeFile(path.join(fresh, 'rows.csv'), 'a,b,label\n1,2,0\n3,4,1\n');
    expect((await cli('init', fresh, '--quiet')).code).toBe(0);
    expect((await cli('assess', fresh, '--out', path.join(fresh, 'r'), '--fail-on', 'none', '--quiet')).code).toBe(0);
  });

  it('schema refuses an unknown name', async () => {
    expect((await cli('schema', 'bogus')).code).toBe(2);
  });

  it('findings list on a system never assessed exits 2 and says to assess first', async () => {
    const other = path.join(path.dirname(dir), 'never');
    await mkdir(other);
    const run = await cli('findings', 'list', other);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/aisec assess/);
  });

  it('assess refuses a malformed descriptor with file and line, and keeps the stored runs', async () => {
    const file = path.join(dir, 'aisec.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, `${good}\nmodles: []\n`);
    const run = await cli('assess', dir);
    await writeFile(file, good);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/aisec\.yaml:\d+/);
    expect(run.stderr).toMatch(/models/);
    expect(JSON.parse((await cli('findings', 'list', dir, '--json')).stdout)).toBeInstanceOf(Array);
  });
});
