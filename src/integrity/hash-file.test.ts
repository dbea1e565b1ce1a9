import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../core/errors.js';
import { HASH_CHUNK_BYTES, hashBytes, hashFile } from './hash-file.js';

const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const MIB = 1024 * 1024;

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
const hasSha256sum = spawnSync('sha256sum', ['--version']).status === 0;

let dir: string;
let counter = 0;
function fileWith(data: Uint8Array | string): string {
  const path = join(dir, `f${counter++}.bin`);
  writeFileSync(path, data);
  return path;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aisec-hash-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('hashBytes', () => {
  it('matches the FIPS 180-2 vectors for "" and "abc"', () => {
    expect(hashBytes(new Uint8Array())).toBe(EMPTY);
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe(ABC);
  });
});

describe('hashFile', () => {
  it('hashes an empty file', async () => {
    expect(await hashFile(fileWith(''))).toEqual({ sha256: EMPTY, size: 0 });
  });

  it('hashes "abc"', async () => {
    expect(await hashFile(fileWith('abc'))).toEqual({ sha256: ABC, size: 3 });
  });

  it('matches crypto.createHash on a multi-MiB file that spans several chunks', async () => {
    const data = randomBytes(2 * HASH_CHUNK_BYTES + 12_345);
    expect(await hashFile(fileWith(data))).toEqual({ sha256: sha256(data), size: data.length });
  });

  it.runIf(hasSha256sum)('matches sha256sum', async () => {
    const path = fileWith(randomBytes(3 * MIB + 7));
    const out = spawnSync('sha256sum', ['--', path], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect((await hashFile(path)).sha256).toBe(out.stdout.split(' ')[0]);
  });

  it.each([
    ['one byte short of a chunk', HASH_CHUNK_BYTES - 1],
    ['exactly one chunk', HASH_CHUNK_BYTES],
    ['one byte over a chunk', HASH_CHUNK_BYTES + 1],
    ['exactly two chunks', 2 * HASH_CHUNK_BYTES],
  ])('is exact at chunk boundaries: %s', async (_name, size) => {
    const data = randomBytes(size);
    expect(await hashFile(fileWith(data))).toEqual({ sha256: sha256(data), size });
  });

  it('agrees with hashBytes for arbitrary contents (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200_000 }), async (data) => {
        const digest = await hashFile(fileWith(data));
        expect(digest).toEqual({ sha256: hashBytes(data), size: data.length });
      }),
      { numRuns: 25 },
    );
  });

  it('reports progress up to the size, in order', async () => {
    const data = randomBytes(2 * HASH_CHUNK_BYTES + 1);
    const calls: [number, number][] = [];
    await hashFile(fileWith(data), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBe(3);
    expect(calls.map(([done]) => done)).toEqual([HASH_CHUNK_BYTES, 2 * HASH_CHUNK_BYTES, data.length]);
    expect(calls.every(([, total]) => total === data.length)).toBe(true);
  });

  it('passes every chunk to onData, in order, before the digest is returned', async () => {
    const data = randomBytes(2 * HASH_CHUNK_BYTES + 99);
    const seen: Buffer[] = [];
    const digest = await hashFile(fileWith(data), { onData: (chunk) => seen.push(Buffer.from(chunk)) });
    expect(seen.length).toBe(3);
    expect(Buffer.concat(seen).equals(data)).toBe(true);
    expect(digest.sha256).toBe(sha256(data));
  });

  it('hashes the bytes appended while it reads, and counts them in size', async () => {
    const original = randomBytes(3 * HASH_CHUNK_BYTES);
    const extra = randomBytes(1000);
    const path = fileWith(original);
    let appended = false;
    const digest = await hashFile(path, {
      onProgress: () => {
        if (!appended) appendFileSync(path, extra);
        appended = true;
      },
    });
    const all = Buffer.concat([original, extra]);
    expect(digest).toEqual({ sha256: sha256(all), size: all.length });
  });

  it('reports the bytes actually hashed when the file shrinks while it reads', async () => {
    const original = randomBytes(3 * HASH_CHUNK_BYTES);
    const path = fileWith(original);
    let cut = false;
    const digest = await hashFile(path, {
      onProgress: () => {
        // After the first chunk the read of the second is in flight; cutting at its end leaves
        // that read whole, and the next one finds the end of the file.
        if (!cut) truncateSync(path, 2 * HASH_CHUNK_BYTES);
        cut = true;
      },
    });
    expect(digest).toEqual({ sha256: sha256(original.subarray(0, 2 * HASH_CHUNK_BYTES)), size: 2 * HASH_CHUNK_BYTES });
  });

  it('hashes a prefix of the original when the file is cut inside the read in flight', async () => {
    const original = randomBytes(3 * HASH_CHUNK_BYTES);
    const path = fileWith(original);
    // Cut on a page boundary: the kernel zeroes the tail of a partial page on truncate, which a
    // racing read may copy, so only a page-aligned cut keeps the bytes read equal to the original.
    const cutAt = HASH_CHUNK_BYTES + 64 * 1024;
    let cut = false;
    const digest = await hashFile(path, {
      onProgress: () => {
        if (!cut) truncateSync(path, cutAt);
        cut = true;
      },
    });
    // The read in flight may have finished before the cut or not; either way size says how many
    // bytes of the original were hashed.
    expect(digest.size).toBeGreaterThanOrEqual(cutAt);
    expect(digest.size).toBeLessThanOrEqual(2 * HASH_CHUNK_BYTES);
    // The bytes themselves are not checked: a read racing a truncate may get pages the kernel has
    // already dropped (zero-filled), even on a page-aligned cut (seen once in CI). What hashFile
    // guarantees is that it ends, and that `size` is the number of bytes it hashed.
    expect(digest.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('follows a symlink to a regular file', async () => {
    const target = fileWith('abc');
    const link = join(dir, `link${counter++}`);
    (await import('node:fs')).symlinkSync(target, link);
    expect(await hashFile(link)).toEqual({ sha256: ABC, size: 3 });
  });
});

describe('hashFile on hostile targets', () => {
  it('refuses a missing file with ERR_TARGET_NOT_FOUND', async () => {
    const error = await rejectionOf(hashFile(join(dir, 'no-such-file')));
    expect(isAisecError(error, 'ERR_TARGET_NOT_FOUND')).toBe(true);
  });

  it('refuses a path under a regular file with ERR_TARGET_NOT_FOUND', async () => {
    const error = await rejectionOf(hashFile(join(fileWith('x'), 'child')));
    expect(isAisecError(error, 'ERR_TARGET_NOT_FOUND')).toBe(true);
  });

  it('refuses a directory with ERR_TARGET_UNREADABLE', async () => {
    const error = await rejectionOf(hashFile(dir));
    expect(isAisecError(error, 'ERR_TARGET_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/directory/);
  });

  it.runIf(spawnSync('mkfifo', ['--version']).status === 0)('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, `fifo${counter++}`);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Without O_NONBLOCK the open itself would block forever and the test would time out.
    const error = await rejectionOf(hashFile(fifo));
    expect(isAisecError(error, 'ERR_TARGET_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/FIFO/);
  });

  it.runIf(process.platform === 'linux')('refuses a character device such as /dev/zero', async () => {
    const error = await rejectionOf(hashFile('/dev/zero'));
    expect(isAisecError(error, 'ERR_TARGET_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/character device/);
  });

  // root reads everything, so the permission check can only be seen as an ordinary user;
  // open-regular-file.test.ts covers the error mapping itself for every user.
  it.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)('refuses an unreadable file', async () => {
    const path = fileWith('secret');
    (await import('node:fs')).chmodSync(path, 0o000);
    const error = await rejectionOf(hashFile(path));
    expect(isAisecError(error, 'ERR_TARGET_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/permission denied/);
  });
});

describe('hashFile cancellation', () => {
  it('rejects with ERR_ABORTED before opening when the signal is already aborted', async () => {
    const error = await rejectionOf(hashFile(join(dir, 'missing-too'), { signal: AbortSignal.abort() }));
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
  });

  it('rejects with ERR_ABORTED when aborted mid-hash, carrying the reason as cause', async () => {
    const path = fileWith(randomBytes(3 * HASH_CHUNK_BYTES));
    const controller = new AbortController();
    const reason = new Error('user pressed Ctrl-C');
    let chunks = 0;
    const error = await rejectionOf(
      hashFile(path, {
        signal: controller.signal,
        onProgress: () => {
          chunks++;
          controller.abort(reason);
        },
      }),
    );
    expect(isAisecError(error, 'ERR_ABORTED')).toBe(true);
    expect((error as Error).cause).toBe(reason);
    expect(chunks).toBe(1);
  });

  it('still hashes normally with a signal that never aborts', async () => {
    const data = randomBytes(HASH_CHUNK_BYTES + 5);
    const digest = await hashFile(fileWith(data), { signal: new AbortController().signal });
    expect(digest).toEqual({ sha256: sha256(data), size: data.length });
  });
});
