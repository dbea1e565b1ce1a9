import { Gunzip, Inflate, Unzlib } from 'fflate';
import type { ChunkInput } from './chunk-input.js';

/** The deflate wrappers we can decompress in process. */
export type DeflateWrapper = 'deflate' | 'gzip' | 'zlib';

/** A forward-only {@link ChunkInput} that decompresses another input as it is read. */
export interface InflatingInput extends ChunkInput {
  /** Decompressed bytes produced so far. */
  produced(): number;
  /** Whether decompression stopped because the output cap was reached. */
  capped(): boolean;
}

// Small compressed pushes keep one push's output bounded: deflate expands at most ~1032:1, so a
// 16 KiB push yields at most ~16 MiB even for a bomb.
const PUSH_BYTES = 16 * 1024;

/**
 * Decompress `compressed` lazily, never producing more than `maxOutput` bytes. A corrupt
 * stream or the cap ends the input early and {@link ChunkInput.failure} says why; what was
 * produced before stays readable.
 *
 * @example
 * const plain = inflateInput(bytesInput(gz), 'gzip', 64 << 20);
 */
export function inflateInput(compressed: ChunkInput, wrapper: DeflateWrapper, maxOutput: number): InflatingInput {
  const queue: Uint8Array[] = [];
  let head = 0; // read offset inside queue[0]
  let queued = 0;
  let outPos = 0;
  let inPos = 0;
  let produced = 0;
  let finished = false;
  let failure: string | undefined;
  let isCapped = false;
  const onData = (chunk: Uint8Array, final: boolean): void => {
    if (finished) return;
    let data = chunk;
    if (produced + data.length > maxOutput) {
      data = data.subarray(0, Math.max(0, maxOutput - produced));
      isCapped = true;
      failure = `decompressed size exceeds the limit of ${maxOutput} bytes`;
      finished = true;
    }
    if (data.length > 0) {
      queue.push(data);
      queued += data.length;
      produced += data.length;
    }
    if (final) finished = true;
  };
  const stream = wrapper === 'gzip' ? new Gunzip(onData) : wrapper === 'zlib' ? new Unzlib(onData) : new Inflate(onData);
  const chunk = new Uint8Array(PUSH_BYTES);
  const pump = (): void => {
    const n = compressed.readInto(inPos, chunk, 0, PUSH_BYTES);
    inPos += n;
    const last = n === 0 || (compressed.size !== undefined && inPos >= compressed.size);
    try {
      stream.push(chunk.slice(0, n), last);
    } catch (error) {
      failure = `the compressed data is corrupt (${error instanceof Error ? error.message : String(error)})`;
      finished = true;
      return;
    }
    if (last && !finished) {
      failure = 'the compressed data ends before the end of the stream';
      finished = true;
    }
    if (finished && failure === undefined && wrapper === 'gzip') checkGzipSize();
  };
  // fflate stops quietly on a truncated gzip; its ISIZE trailer (length mod 2^32) tells.
  const checkGzipSize = (): void => {
    if (!compressed.seekable || compressed.size === undefined || compressed.size < 18) return;
    const trailer = new Uint8Array(4);
    if (compressed.readInto(compressed.size - 4, trailer, 0, 4) !== 4) return;
    const declared = (trailer[0]! | (trailer[1]! << 8) | (trailer[2]! << 16) | (trailer[3]! << 24)) >>> 0;
    if (declared !== produced % 2 ** 32) failure = `the gzip data is truncated or damaged (it declares ${declared} bytes, ${produced} came out)`;
  };
  return {
    size: undefined,
    seekable: false,
    readInto(position, target, offset, length) {
      if (position !== outPos || length <= 0) return 0;
      while (queued < length && !finished) pump();
      let copied = 0;
      while (copied < length && queue.length > 0) {
        const first = queue[0]!;
        const take = Math.min(length - copied, first.length - head);
        target.set(first.subarray(head, head + take), offset + copied);
        copied += take;
        head += take;
        if (head === first.length) {
          queue.shift();
          head = 0;
        }
      }
      queued -= copied;
      outPos += copied;
      return copied;
    },
    failure: () => failure,
    produced: () => produced,
    capped: () => isCapped,
  };
}
