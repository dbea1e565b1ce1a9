/**
 * Formats with a fixed signature (magic bytes) at a known offset.
 */
import type { AssetFormat } from './formats.js';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Signatures checked at offset 0 (or at `offset`), first match wins. */
const signatures: ReadonlyArray<{ format: AssetFormat; bytes: number[]; offset?: number }> = [
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive: end of central directory only
  { format: 'zip', bytes: [0x50, 0x4b, 0x07, 0x08] }, // spanned archive marker
  { format: 'gzip', bytes: [0x1f, 0x8b, 0x08] },
  { format: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'npy', bytes: [0x93, ...ascii('NUMPY')] },
  { format: 'gguf', bytes: ascii('GGUF') },
  { format: 'parquet', bytes: ascii('PAR1') },
  { format: 'arrow', bytes: ascii('ARROW1') },
  { format: 'pdf', bytes: ascii('%PDF-') },
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'tflite', bytes: ascii('TFL3'), offset: 4 },
  { format: 'tar', bytes: ascii('ustar'), offset: 257 },
];

const hdf5Signature = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether `head` holds `bytes` at `offset`. */
export function hasBytes(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  if (offset + bytes.length > head.length) return false;
  for (let i = 0; i < bytes.length; i++) if (head[offset + i] !== bytes[i]) return false;
  return true;
}

/** The format whose signature `head` carries, if any. */
export function sniffMagic(head: Uint8Array): AssetFormat | undefined {
  for (const { format, bytes, offset } of signatures) if (hasBytes(head, bytes, offset)) return format;
  if (isBzip2(head)) return 'bz2';
  // HDF5 may sit after a user block of 512, 1024, 2048, ... bytes.
  for (let offset = 0; offset + hdf5Signature.length <= head.length; offset = offset === 0 ? 512 : offset * 2) {
    if (hasBytes(head, hdf5Signature, offset)) return 'hdf5';
  }
  if (isSafetensors(head)) return 'safetensors';
  if (isV7Tar(head)) return 'tar';
  return undefined;
}

/** `BZh` + block size digit, then the block magic (π) or the end-of-stream magic (√π). */
function isBzip2(head: Uint8Array): boolean {
  if (!hasBytes(head, ascii('BZh')) || head[3] === undefined || head[3] < 0x31 || head[3] > 0x39) return false;
  return hasBytes(head, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4) || hasBytes(head, [0x17, 0x72, 0x45, 0x38, 0x50, 0x90], 4);
}

/** An 8-byte little-endian header length, then a JSON object. */
export function isSafetensors(head: Uint8Array): boolean {
  if (head.length < 10) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const length = view.getBigUint64(0, true);
  // No upper bound: an absurd declared header length is for the safetensors scanner to judge
  // (and report); refusing it here would hide the file from every model scanner.
  if (length < 2n) return false;
  // Eight printable bytes are text (e.g. a JSON Lines file whose first line is 7 characters),
  // not a length: a real header length has zero high bytes, or is absurd and binary.
  if (head.subarray(0, 8).every((b) => (b >= 0x20 && b <= 0x7e) || (b >= 0x09 && b <= 0x0d))) return false;
  if (head[8] !== 0x7b) return false;
  const next = head[9]!;
  return next === 0x22 || next === 0x7d || next === 0x20 || next === 0x0a;
}

/**
 * An old (pre-POSIX) tar header: no magic, but a checksum over the 512-byte header that the
 * octal field at 148 must match, and a file name at the start.
 */
function isV7Tar(head: Uint8Array): boolean {
  if (head.length < 512 || head[0] === 0) return false;
  const field = String.fromCharCode(...head.subarray(148, 156)).replace(/[\0 ]+$/, '').trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : head[i]!;
  return sum === parseInt(field, 8);
}

/** A zlib stream header: deflate, a valid check value, no preset dictionary, a valid block type. */
export function isZlibHeader(head: Uint8Array): boolean {
  if (head.length < 3 || head[0] !== 0x78) return false;
  const flags = head[1]!;
  if (![0x01, 0x5e, 0x9c, 0xda].includes(flags)) return false;
  if (((head[0] << 8) | flags) % 31 !== 0) return false;
  // Bits 1-2 of the first deflate byte are the block type; 3 is reserved (never valid).
  return ((head[2]! >> 1) & 0x03) !== 3;
}
