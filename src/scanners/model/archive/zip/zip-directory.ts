import { ByteReader } from '../../_shared/byte-reader.js';
import { readRange, type ChunkInput } from '../../_shared/chunk-input.js';

/** One central-directory entry, with zip64 sizes resolved and offsets made absolute. */
export interface ZipEntry {
  readonly index: number;
  readonly name: string;
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Absolute position of the local header (after the prefix adjustment). */
  readonly localOffset: number;
}

/** The end-of-central-directory facts. */
export interface ZipDirectory {
  readonly entries: ZipEntry[];
  /** Bytes in front of the archive (Python's `concat`): a polyglot prefix. */
  readonly prefix: number;
  /** Entries the end record declares. */
  readonly declared: number;
  /** The directory ended before the declared entries (corrupt or truncated). */
  readonly truncated: boolean;
  /** Entries beyond `maxEntries` were not read. */
  readonly capped: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 2 ** 32;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decode a member name: UTF-8 when flag bit 11 says so, else byte-for-byte (CP437 is ASCII below 0x80). */
export function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return utf8.decode(raw);
  let out = '';
  for (const b of raw) out += String.fromCharCode(b);
  return out;
}

/**
 * Find the end-of-central-directory record (the last one, as Python's zipfile and miniz do)
 * and read the central directory, at most `maxEntries` entries. Undefined when there is no
 * end record at all.
 */
export function readZipDirectory(input: ChunkInput, maxEntries: number): ZipDirectory | undefined {
  const size = input.size ?? 0;
  const tailStart = Math.max(0, size - (22 + MAX_COMMENT));
  const tail = readRange(input, tailStart, size - tailStart);
  let eocd = -1;
  for (let k = tail.length - 22; k >= 0; k--) {
    if (u32(tail, k) === EOCD) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let declared = u16(tail, eocd + 10);
  let cdSize = u32(tail, eocd + 12);
  let cdOffset = u32(tail, eocd + 16);
  let endRecordAt = tailStart + eocd;
  // Zip64: a locator right before the end record points at the zip64 end record.
  if (eocd >= 20 && u32(tail, eocd - 20) === ZIP64_LOCATOR) {
    const recordAt = u64(tail, eocd - 20 + 8);
    const record = readRange(input, recordAt, 56);
    if (record.length === 56 && u32(record, 0) === ZIP64_EOCD) {
      declared = u64(record, 32);
      cdSize = u64(record, 40);
      cdOffset = u64(record, 48);
      endRecordAt = recordAt;
    }
  }
  // As Python's zipfile: anything between where the directory says it is and where it is, is a prefix.
  const prefix = Math.max(0, endRecordAt - cdSize - cdOffset);
  const entries: ZipEntry[] = [];
  const reader = new ByteReader(input, { from: cdOffset + prefix, window: 256 * 1024 });
  let truncated = false;
  while (entries.length < declared && entries.length < maxEntries) {
    if (!reader.need(46) || u32(reader.buf, reader.i) !== CENTRAL) {
      truncated = true;
      break;
    }
    const h = reader.take(46)!;
    const flags = u16(h, 8);
    const method = u16(h, 10);
    const crc = u32(h, 16);
    let compressedSize = u32(h, 20);
    let uncompressed = u32(h, 24);
    const nameLength = u16(h, 28);
    const extraLength = u16(h, 30);
    const commentLength = u16(h, 32);
    let localOffset = u32(h, 42);
    const rawName = reader.take(nameLength)?.slice();
    const extra = reader.take(extraLength)?.slice();
    if (rawName === undefined || extra === undefined || !reader.skip(commentLength)) {
      truncated = true;
      break;
    }
    // Zip64 extra field: the 8-byte values replace the 0xFFFFFFFF placeholders, in order.
    for (let at = 0; at + 4 <= extra.length; ) {
      const id = u16(extra, at);
      const len = u16(extra, at + 2);
      if (id === 0x0001) {
        let p = at + 4;
        const end = Math.min(extra.length, p + len);
        if (uncompressed === 0xffffffff && p + 8 <= end) {
          uncompressed = u64(extra, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= end) {
          compressedSize = u64(extra, p);
          p += 8;
        }
        if (localOffset === 0xffffffff && p + 8 <= end) localOffset = u64(extra, p);
      }
      at += 4 + len;
    }
    entries.push({ index: entries.length, name: decodeName(rawName, flags), rawName, flags, method, crc, compressedSize, size: uncompressed, localOffset: localOffset + prefix });
  }
  return { entries, prefix, declared, truncated, capped: entries.length >= maxEntries && declared > maxEntries };
}
