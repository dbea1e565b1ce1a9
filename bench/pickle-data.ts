import { existsSync, statSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MIB = 1024 * 1024;

/** The two shapes of large benign pickle the model-scan benchmark measures. */
export type PickleShape = 'dense' | 'blob';

/**
 * Write (once) a benign protocol-4 pickle of about `sizeMiB` MiB in the OS temp dir.
 * - `dense`: a list of floats appended in batches of 1,000 (as CPython's pickler batches),
 *   one BINFLOAT opcode per 9 bytes: the opcode-dense shape of joblib/sklearn/pandas pickles.
 * - `blob`: a list of 4 MiB BINBYTES values: the shape of tensors stored inline.
 */
export async function benignPickle(shape: PickleShape, sizeMiB: number, log: (line: string) => void): Promise<string> {
  const path = join(tmpdir(), `aisec-bench-pickle-${shape}-${sizeMiB}mib.pkl`);
  if (existsSync(path) && statSync(path).size > (sizeMiB - 1) * MIB) return path;
  log(`writing a ${sizeMiB} MiB ${shape} pickle to ${path} (not measured)`);
  const partial = `${path}.${process.pid}.partial`;
  const handle = await open(partial, 'w');
  const total = sizeMiB * MIB;
  let written = 0;
  const put = async (bytes: Buffer) => {
    await handle.write(bytes);
    written += bytes.length;
  };
  await put(Buffer.from([0x80, 0x04, 0x5d])); // PROTO 4, EMPTY_LIST
  if (shape === 'dense') {
    const batch = Buffer.alloc(1 + 1000 * 9 + 1);
    let value = 0;
    while (written < total - batch.length) {
      batch[0] = 0x28; // MARK
      for (let i = 0; i < 1000; i++) {
        batch[1 + i * 9] = 0x47; // BINFLOAT
        batch.writeDoubleBE((value++ % 9973) / 7, 2 + i * 9);
      }
      batch[batch.length - 1] = 0x65; // APPENDS
      await put(batch);
    }
  } else {
    const blob = Buffer.alloc(4 * MIB, 0x3c);
    const header = Buffer.alloc(5);
    await put(Buffer.from([0x28])); // MARK
    while (written < total - blob.length - 8) {
      header[0] = 0x42; // BINBYTES, 4-byte length
      header.writeUInt32LE(blob.length, 1);
      await put(header);
      await put(blob);
    }
    await put(Buffer.from([0x65])); // APPENDS
  }
  await put(Buffer.from([0x2e])); // STOP
  await handle.close();
  await rename(partial, path);
  return path;
}
