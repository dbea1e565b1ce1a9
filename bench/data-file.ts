import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MIB = 1024 * 1024;
const BLOCK_BYTES = 16 * MIB;

/**
 * Return the path of a file of `sizeMiB` MiB of pseudo-random bytes in the OS temp dir,
 * creating it only when no file of that exact size is there yet.
 *
 * One 16 MiB block of random bytes is written over and over, each copy rotated by a different
 * offset and stamped with its index, so no two blocks are equal; generating 1 GiB this way
 * costs little more than the writes. The file is written under a temporary name and renamed,
 * so an interrupted run never leaves a short file to be reused.
 */
export async function benchDataFile(name: string, sizeMiB: number, log: (line: string) => void): Promise<string> {
  const path = join(tmpdir(), `aisec-bench-${name}-${sizeMiB}mib.bin`);
  if (existsSync(path) && statSync(path).size === sizeMiB * MIB) {
    log(`reusing ${path}`);
    return path;
  }
  log(`writing ${sizeMiB} MiB of pseudo-random bytes to ${path} (not measured)`);
  const partial = `${path}.${process.pid}.partial`;
  const block = randomBytes(BLOCK_BYTES);
  const handle = await open(partial, 'w');
  try {
    const total = sizeMiB * MIB;
    for (let offset = 0, index = 0; offset < total; offset += BLOCK_BYTES, index++) {
      const rotation = (index * 4099) % BLOCK_BYTES;
      const rotated = Buffer.concat([block.subarray(rotation), block.subarray(0, rotation)]);
      rotated.writeUInt32LE(index, 0);
      await handle.write(rotated, 0, Math.min(BLOCK_BYTES, total - offset));
    }
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  await rename(partial, path);
  return path;
}

/** Read a whole file once and discard it, so the page cache holds it for every tool measured. */
export async function warmPageCache(path: string): Promise<void> {
  const handle = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(4 * MIB);
  try {
    while ((await handle.read(buffer, 0, buffer.length, null)).bytesRead > 0) {
      // discard: only the page cache matters
    }
  } finally {
    await handle.close();
  }
}
