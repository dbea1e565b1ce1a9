import { AisecError } from '../../core/errors.js';
import type { FileHandle } from 'node:fs/promises';

/** Bytes read per chunk: large enough that per-chunk overhead vanishes, small enough to bound memory. */
export const chunkBytes = 1024 * 1024;

/** Throw `ERR_ABORTED` when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AisecError('ERR_ABORTED', 'Reading was cancelled.', { cause: signal.reason });
}

/**
 * The bytes of an open file from `start` to its end, in chunks of at most {@link chunkBytes}.
 * Each chunk is a fresh buffer, so a consumer may keep a chunk it was given.
 */
export async function* byteChunks(handle: FileHandle, start: number, signal: AbortSignal | undefined): AsyncGenerator<Buffer> {
  let position = start;
  for (;;) {
    throwIfAborted(signal);
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const { bytesRead } = await handle.read(buffer, 0, chunkBytes, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield bytesRead === chunkBytes ? buffer : buffer.subarray(0, bytesRead);
  }
}
