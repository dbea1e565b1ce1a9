import { crc32 } from 'node:zlib';
import { readRange, sliceInput, type ChunkInput } from '../../_shared/chunk-input.js';
import { inflateInput, type InflatingInput } from '../../_shared/inflate-input.js';
import { decodeName, type ZipEntry } from './zip-directory.js';

/** A local file header as written in front of a member's data. */
export interface LocalHeader {
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly rawName: Uint8Array;
  readonly name: string;
  /** Absolute position of the member's data (from the local header's own lengths, as loaders compute it). */
  readonly dataStart: number;
}

const LOCAL = 0x04034b50;

/** The local header an entry points at, or undefined when there is none there. */
export function readLocalHeader(input: ChunkInput, entry: ZipEntry): LocalHeader | undefined {
  const fixed = readRange(input, entry.localOffset, 30);
  if (fixed.length < 30) return undefined;
  const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
  if (view.getUint32(0, true) !== LOCAL) return undefined;
  const flags = view.getUint16(6, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const rawName = readRange(input, entry.localOffset + 30, nameLength);
  return {
    flags,
    method: view.getUint16(8, true),
    crc: view.getUint32(14, true),
    compressedSize: view.getUint32(18, true),
    size: view.getUint32(22, true),
    rawName,
    name: decodeName(rawName, flags),
    dataStart: entry.localOffset + 30 + nameLength + extraLength,
  };
}

/** Whether two byte arrays are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, k) => v === b[k]);
}

/** A member's uncompressed content as an input, and how to learn its CRC afterwards. */
export interface OpenedMember {
  readonly input: ChunkInput;
  /** CRC-32 of the whole content, reading what was not read yet (bounded); undefined when not computed. */
  crc(): number | undefined;
  /** Decompressed bytes (0 for stored members). */
  inflated(): number;
  /** Why the content ended early, if it did. */
  failure(): string | undefined;
  capped(): boolean;
}

/** CRC is checked for stored members up to this size (larger ones are tensors, read only in part). */
const MAX_STORED_CRC = 64 << 20;

/**
 * Open a member's content: stored members are a window of the file (read lazily), deflated
 * ones inflate as they are read, never past `maxOutput`. Undefined for other methods.
 */
export function openMember(input: ChunkInput, entry: ZipEntry, dataStart: number, maxOutput: number): OpenedMember | undefined {
  const raw = sliceInput(input, dataStart, entry.compressedSize);
  if (entry.method === 0) {
    return {
      input: raw,
      crc: () => (raw.size! <= MAX_STORED_CRC ? crcOf(raw) : undefined),
      inflated: () => 0,
      failure: () => (raw.size! < entry.compressedSize ? 'the member data runs past the end of the file' : undefined),
      capped: () => false,
    };
  }
  if (entry.method !== 8) return undefined;
  const inflating = inflateInput(raw, 'deflate', maxOutput);
  const counted = crcThrough(inflating);
  return {
    input: counted.input,
    crc: () => counted.finish(),
    inflated: () => inflating.produced(),
    failure: () => inflating.failure?.(),
    capped: () => inflating.capped(),
  };
}

function crcOf(input: ChunkInput): number {
  const chunk = new Uint8Array(1 << 20);
  let crc = 0;
  for (let at = 0; ; ) {
    const n = input.readInto(at, chunk, 0, chunk.length);
    if (n <= 0) return crc;
    crc = crc32(chunk.subarray(0, n), crc);
    at += n;
  }
}

// A forward-only input that computes the CRC of everything read through it; `finish` reads
// the rest (the analyzer may have stopped early) so the CRC covers the whole content.
function crcThrough(input: InflatingInput): { input: ChunkInput; finish(): number | undefined } {
  let crc = 0;
  let position = 0;
  const through: ChunkInput = {
    size: undefined,
    seekable: false,
    readInto(at, target, offset, length) {
      const n = input.readInto(at, target, offset, length);
      if (n > 0 && at === position) {
        crc = crc32(target.subarray(offset, offset + n), crc);
        position += n;
      }
      return n;
    },
    failure: () => input.failure?.(),
  };
  return {
    input: through,
    finish() {
      const chunk = new Uint8Array(1 << 16);
      for (;;) {
        const n = through.readInto(position, chunk, 0, chunk.length);
        if (n <= 0) break;
      }
      return input.failure?.() === undefined ? crc : undefined;
    },
  };
}
