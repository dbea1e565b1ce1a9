import { readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { tempTree } from './test-support/temp-tree.js';

const tree = tempTree('aisec-atomic-');
afterAll(() => tree.cleanup());

describe('writeFileAtomic', () => {
  it('replaces a file whole, with the mode asked for', async () => {
    const file = tree.at('a.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('two');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('with exclusive, refuses to replace an existing file and keeps it', async () => {
    const file = tree.at('key.pem');
    await writeFileAtomic(file, 'secret', { exclusive: true });
    let error: unknown;
    try {
      await writeFileAtomic(file, 'other', { exclusive: true });
    } catch (e) {
      error = e;
    }
    expect(isAisecError(error, 'ERR_INTEGRITY_WRITE')).toBe(true);
    expect((error as Error).message).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('secret');
    expect(readdirSync(tree.root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(tree.at('no/such/dir/x'), 'x')).rejects.toThrow(/folder does not exist/);
  });
});
