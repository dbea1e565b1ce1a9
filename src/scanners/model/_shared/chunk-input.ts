import { readSync } from 'node:fs';

/**
 * Bytes a streaming parser pulls through a window: a buffer, a range of an open file, or the
 * output of a decompressor (forward only). The pickle reader and the container walkers read
 * through this, so a multi-GiB model never has to be held whole.
 */
export interface ChunkInput {
  /** Total size when known (always known for seekable inputs). */
  readonly size: number | undefined;
  /** Whether {@link ChunkInput.readInto} accepts any position or only the next unread one. */
  readonly seekable: boolean;
  /**
   * Copy up to `length` bytes from `position` into `target` at `offset`; returns the count
   * (0 at the end). Forward-only inputs accept only the position right after the last byte given.
   */
  readInto(position: number, target: Uint8Array, offset: number, length: number): number;
  /** Why the input ended early (decompression error, output cap), if it did. */
  failure?(): string | undefined;
}

/** A {@link ChunkInput} over bytes in memory (no copy until read). */
export function bytesInput(bytes: Uint8Array): ChunkInput {
  return {
    size: bytes.length,
    seekable: true,
    readInto(position, target, offset, length) {
      if (position >= bytes.length || length <= 0) return 0;
      const n = Math.min(length, bytes.length - position);
      target.set(bytes.subarray(position, position + n), offset);
      return n;
    },
  };
}

/**
 * A {@link ChunkInput} over `[start, start + length)` of an open file descriptor. Reads go
 * straight into the caller's buffer, so nothing is allocated per read.
 */
export function fileInput(fd: number, start: number, length: number): ChunkInput {
  return {
    size: length,
    seekable: true,
    readInto(position, target, offset, count) {
      if (position >= length || count <= 0) return 0;
      const want = Math.min(count, length - position);
      let done = 0;
      while (done < want) {
        const n = readSync(fd, target, offset + done, want - done, start + position + done);
        if (n <= 0) break; // the file shrank while we read it: report what there is
        done += n;
      }
      return done;
    },
  };
}

/** A seekable window `[start, start + length)` of another seekable input. */
export function sliceInput(input: ChunkInput, start: number, length: number): ChunkInput {
  const size = Math.max(0, Math.min(length, (input.size ?? start + length) - start));
  return {
    size,
    seekable: true,
    readInto(position, target, offset, count) {
      if (position >= size || count <= 0) return 0;
      return input.readInto(start + position, target, offset, Math.min(count, size - position));
    },
  };
}

/** Read `[position, position + length)` of an input into a new array (shorter at the end). */
export function readRange(input: ChunkInput, position: number, length: number): Uint8Array {
  const known = input.size === undefined ? length : Math.max(0, Math.min(length, input.size - position));
  const out = new Uint8Array(known);
  let done = 0;
  while (done < known) {
    const n = input.readInto(position + done, out, done, known - done);
    if (n <= 0) break;
    done += n;
  }
  return done === known ? out : out.subarray(0, done);
}

/**
 * `[start, start + length)` of a seekable input with positions kept absolute, so offsets
 * reported while reading it are offsets in the whole file. Read it from position `start`.
 */
export function windowInput(input: ChunkInput, start: number, length: number): ChunkInput {
  const end = Math.min(start + length, input.size ?? start + length);
  return {
    size: end,
    seekable: true,
    readInto(position, target, offset, count) {
      if (position < start || position >= end || count <= 0) return 0;
      return input.readInto(position, target, offset, Math.min(count, end - position));
    },
  };
}

/** All of an input, or undefined if it is longer than `max` (read in chunks, never preallocated from a declared size). */
export function readAllBounded(input: ChunkInput, max: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(1 << 20, max + 1 - total));
    if (chunk.length === 0) return undefined;
    const n = input.readInto(total, chunk, 0, chunk.length);
    if (n <= 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > max) return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
