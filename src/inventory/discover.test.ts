import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AisecError } from '../core/errors.js';
import { discoverAssets } from './discover.js';
import { onnxModel, pickleProtocol2, safetensors } from './test-support/fixtures.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-discover-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function put(rel: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), content);
}

describe('discoverAssets', () => {
  it('finds files by content, with relative posix paths, sorted', async () => {
    await put('data/train.csv', 'a,b\n1,2\n3,4\n');
    await put('models/model.bin', pickleProtocol2());
    await put('models/scorer.onnx', onnxModel());
    await put('README.md', '# hello\n');
    const assets = await discoverAssets(dir);
    expect(assets.map((a) => [a.path, a.format, a.kind])).toEqual([
      ['README.md', 'text', 'document'],
      ['data/train.csv', 'csv', 'dataset'],
      ['models/model.bin', 'pickle', 'model'],
      ['models/scorer.onnx', 'onnx', 'model'],
    ]);
    const csv = assets[1]!;
    expect(csv.absPath).toBe(path.join(dir, 'data/train.csv'));
    expect(csv.size).toBe(12);
  });

  it('skips dot-files, dot-folders, node_modules, .git, .aisec and __pycache__', async () => {
    await put('.env', 'SECRET=1\n');
    await put('.hidden/model.pkl', pickleProtocol2());
    await put('.git/objects/x', 'x');
    await put('.aisec/store.db', 'x');
    await put('node_modules/pkg/index.js', 'x');
    await put('sub/node_modules/pkg/index.js', 'x');
    await put('__pycache__/m.pyc', 'x');
    await put('kept.safetensors', safetensors());
    expect((await discoverAssets(dir)).map((a) => a.path)).toEqual(['kept.safetensors']);
  });

  it('follows links to files inside the folder, and no other links', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'aisec-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.pkl'), pickleProtocol2());
      await put('real/data.csv', 'a,b\n1,2\n3,4\n');
      await symlink(path.join(outside, 'secret.pkl'), path.join(dir, 'leak.pkl'));
      await symlink(outside, path.join(dir, 'leakdir'));
      await symlink(path.join(dir, 'real'), path.join(dir, 'loop'));
      await symlink(path.join(dir, 'real/data.csv'), path.join(dir, 'alias.csv'));
      await symlink(path.join(dir, 'missing'), path.join(dir, 'dangling'));
      const assets = await discoverAssets(dir);
      expect(assets.map((a) => a.path)).toEqual(['alias.csv', 'real/data.csv']);
      expect(assets[0]!.absPath).toBe(path.join(dir, 'real/data.csv'));
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('skips FIFOs instead of blocking on them', async () => {
    await put('ok.csv', 'a,b\n1,2\n3,4\n');
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    } catch {
      return; // no mkfifo on this platform
    }
    expect((await discoverAssets(dir)).map((a) => a.path)).toEqual(['ok.csv']);
  });

  it('reports unreadable files instead of dropping them', async () => {
    await put('locked.pkl', pickleProtocol2());
    const { chmod } = await import('node:fs/promises');
    await chmod(path.join(dir, 'locked.pkl'), 0o000);
    const [asset] = await discoverAssets(dir);
    if (process.getuid?.() === 0) {
      expect(asset).toMatchObject({ path: 'locked.pkl', format: 'pickle' }); // root reads anyway
    } else {
      expect(asset).toMatchObject({ path: 'locked.pkl', format: 'unknown', error: expect.stringContaining('EACCES') });
    }
  });

  it('refuses more files than allowed rather than return part of them', async () => {
    for (let i = 0; i < 6; i++) await put(`f${i}.txt`, 'x\n');
    await expect(discoverAssets(dir, { maxFiles: 5 })).rejects.toMatchObject({ code: 'ERR_INVENTORY_LIMIT' });
    expect(await discoverAssets(dir, { maxFiles: 6 })).toHaveLength(6);
  });

  it('bounds the walk by entries too, so empty folders cannot make it endless', async () => {
    for (let i = 0; i < 25; i++) await mkdir(path.join(dir, `empty-${i}`));
    await expect(discoverAssets(dir, { maxFiles: 2 })).rejects.toMatchObject({ code: 'ERR_INVENTORY_LIMIT' });
    expect(await discoverAssets(dir, { maxFiles: 3 })).toEqual([]);
  });

  it('refuses folders nested deeper than allowed', async () => {
    await put('a/b/c/d/x.txt', 'x\n');
    await expect(discoverAssets(dir, { maxDepth: 3 })).rejects.toMatchObject({ code: 'ERR_INVENTORY_LIMIT' });
    expect(await discoverAssets(dir, { maxDepth: 4 })).toHaveLength(1);
  });

  it('stops when aborted', async () => {
    await put('x.txt', 'x\n');
    const controller = new AbortController();
    controller.abort();
    await expect(discoverAssets(dir, { signal: controller.signal })).rejects.toMatchObject({ code: 'ERR_ABORTED' });
  });

  it('says when the folder does not exist or is a file', async () => {
    await put('file.txt', 'x');
    for (const target of [path.join(dir, 'nope'), path.join(dir, 'file.txt')]) {
      const error = await discoverAssets(target).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AisecError);
      expect((error as AisecError).code).toBe('ERR_TARGET_NOT_FOUND');
    }
  });

  it('reads only the head of large files', async () => {
    await put('big.csv', 'a,b\n1,2\n'.repeat(50_000));
    const [asset] = await discoverAssets(dir);
    expect(asset).toMatchObject({ format: 'csv', size: 400_000 });
  });
});
