import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { tempTree } from './test-support/temp-tree.js';
import { walkFolder } from './walk-folder.js';

const tree = tempTree('aisec-walk-');
afterAll(() => tree.cleanup());

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('walkFolder', () => {
  it('lists every regular file, dot-files included, sorted, minus ignored paths', async () => {
    const dir = tree.folder('a', { 'x.bin': 'x', '.hidden': 'h', 'sub/y.txt': 'y', 'sub.txt': 's', '.git/HEAD': 'ref', 'cache/z': 'z' });
    const files = await walkFolder(dir, { ignore: ['.git', 'cache'] });
    expect(files.map((f) => f.path)).toEqual(['.hidden', 'sub/y.txt', 'sub.txt', 'x.bin']);
    expect(files[3]).toMatchObject({ absPath: path.join(dir, 'x.bin'), size: 1 });
  });

  it('refuses symbolic links unless allowed, and never enters linked folders', async () => {
    const dir = tree.folder('b', { 'f.txt': 'f', 'd/g.txt': 'g' });
    symlinkSync(path.join(dir, 'f.txt'), path.join(dir, 'link.txt'));
    symlinkSync(path.join(dir, 'd'), path.join(dir, 'linkdir'));
    const error = await rejection(walkFolder(dir));
    expect(isAisecError(error, 'ERR_TARGET_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/symbolic link/);
    const files = await walkFolder(dir, { allowSymlinks: true });
    expect(files.map((f) => f.path)).toEqual(['d/g.txt', 'f.txt', 'link.txt']);
    const outside = tree.folder('outside', { 'secret.txt': 's' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
    expect((await rejection(walkFolder(dir, { allowSymlinks: true })) as Error).message).toMatch(/outside the folder/);
    rmSync(path.join(dir, 'escape.txt'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'broken'));
    expect((await rejection(walkFolder(dir, { allowSymlinks: true })) as Error).message).toMatch(/broken/);
  });

  it.runIf(spawnSync('mkfifo', ['--version']).status === 0)('refuses a FIFO instead of skipping it', async () => {
    const dir = tree.folder('c', { 'f.txt': 'f' });
    spawnSync('mkfifo', [path.join(dir, 'pipe')]);
    expect((await rejection(walkFolder(dir)) as Error).message).toMatch(/FIFO/);
  });

  it('stops at the file and depth limits rather than return a partial list', async () => {
    const dir = tree.folder('d', Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, 'x'])));
    expect(isAisecError(await rejection(walkFolder(dir, { maxFiles: 10 })), 'ERR_INVENTORY_LIMIT')).toBe(true);
    const deep = tree.at('deep');
    mkdirSync(path.join(deep, 'a/b/c/d'), { recursive: true });
    expect(isAisecError(await rejection(walkFolder(deep, { maxDepth: 2 })), 'ERR_INVENTORY_LIMIT')).toBe(true);
  });

  it('refuses a file or a missing path where a folder is expected', async () => {
    const dir = tree.folder('e', { 'f.txt': 'f' });
    expect(isAisecError(await rejection(walkFolder(path.join(dir, 'f.txt'))), 'ERR_TARGET_UNREADABLE')).toBe(true);
    expect(isAisecError(await rejection(walkFolder(path.join(dir, 'none'))), 'ERR_TARGET_NOT_FOUND')).toBe(true);
    expect(isAisecError(await rejection(walkFolder(dir, { signal: AbortSignal.abort() })), 'ERR_ABORTED')).toBe(true);
  });
});
