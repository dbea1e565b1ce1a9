import { readSync } from 'node:fs';
import { readAllBounded, type ChunkInput } from './chunk-input.js';

/**
 * Random-access bytes that a parser reads a piece at a time: a buffer in memory, or a window
 * over an open file, so a multi-GiB model never has to be loaded whole.
 *
 * The wire reader (protobuf-wire.ts) and the GGUF reader both read through this.
 */
export interface ByteSource {
  /** Total size in bytes. */
  readonly size: number;
  /**
   * Bytes `[offset, offset + length)`, clipped to the source (a shorter result means the end
   * was reached). The result may be a view: copy it before keeping it.
   */
  read(offset: number, length: number): Uint8Array;
}

/** A {@link ByteSource} over bytes already in memory. */
export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(offset, length) {
      const start = Math.max(0, Math.min(offset, bytes.length));
      return bytes.subarray(start, Math.min(bytes.length, start + Math.max(0, length)));
    },
  };
}

/** Window of a {@link fileSource}: big enough that sequential parsing rarely re-reads. */
export const FILE_WINDOW_BYTES = 1024 * 1024;

/**
 * A {@link ByteSource} over an open file descriptor, reading through one window of
 * {@link FILE_WINDOW_BYTES}. Memory stays at one window plus what callers ask for at once
 * (callers cap their reads, so a declared length never becomes an allocation).
 *
 * @example
 * const { handle, size } = await openRegularFile(path);
 * const src = fileSource(handle.fd, size);
 */
export function fileSource(fd: number, size: number, windowBytes = FILE_WINDOW_BYTES): ByteSource {
  let windowStart = 0;
  let window: Uint8Array = new Uint8Array(0);
  const load = (offset: number, length: number): Uint8Array => {
    const buffer = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const n = readSync(fd, buffer, filled, length - filled, offset + filled);
      if (n <= 0) break; // the file shrank under us: return what there is
      filled += n;
    }
    return buffer.subarray(0, filled);
  };
  return {
    size,
    read(offset, length) {
      const start = Math.max(0, Math.min(offset, size));
      const want = Math.max(0, Math.min(length, size - start));
      if (want === 0) return new Uint8Array(0);
      if (start >= windowStart && start + want <= windowStart + window.length) {
        return window.subarray(start - windowStart, start - windowStart + want);
      }
      if (want > windowBytes) return load(start, want);
      windowStart = start;
      window = load(start, Math.min(windowBytes, size - start));
      return window.subarray(0, Math.min(want, window.length));
    },
  };
}

/**
 * A {@link ByteSource} over an archive member's input: seekable inputs are read through one
 * window, forward-only ones (a member inside a compressed stream) are read whole up to
 * `maxBytes`. Undefined when a forward-only member is larger than that.
 */
export function inputSource(input: ChunkInput, maxBytes: number, windowBytes = FILE_WINDOW_BYTES): ByteSource | undefined {
  if (!input.seekable || input.size === undefined) {
    const bytes = readAllBounded(input, maxBytes);
    return bytes === undefined ? undefined : bufferSource(bytes);
  }
  const size = input.size;
  let windowStart = 0;
  let window: Uint8Array = new Uint8Array(0);
  const load = (offset: number, length: number): Uint8Array => {
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const n = input.readInto(offset + filled, out, filled, length - filled);
      if (n <= 0) break;
      filled += n;
    }
    return out.subarray(0, filled);
  };
  return {
    size,
    read(offset, length) {
      const start = Math.max(0, Math.min(offset, size));
      const want = Math.max(0, Math.min(length, size - start));
      if (want === 0) return new Uint8Array(0);
      if (start >= windowStart && start + want <= windowStart + window.length) return window.subarray(start - windowStart, start - windowStart + want);
      if (want > windowBytes) return load(start, want);
      windowStart = start;
      window = load(start, Math.min(windowBytes, size - start));
      return window.subarray(0, Math.min(want, window.length));
    },
  };
}
