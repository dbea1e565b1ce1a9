/**
 * Turning bytes of a text file into strings: UTF-8 (checked, so invalid sequences can be
 * reported with their line), ISO-8859-1 and Windows-1252.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import type { TextEncoding } from './types.js';

/** Decodes `bytes[start, end)` to a string. */
export type Decode = (bytes: Buffer, start: number, end: number) => string;

// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F; five of those bytes are unassigned
// and keep their C1 code point (as the WHATWG encoding standard does).
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const c1 = /[\u0080-\u009f]/g;
const hasC1 = /[\u0080-\u009f]/;

function decodeCp1252(bytes: Buffer, start: number, end: number): string {
  const text = bytes.toString('latin1', start, end);
  return hasC1.test(text) ? text.replace(c1, (ch) => String.fromCharCode(cp1252High[ch.charCodeAt(0) - 0x80]!)) : text;
}

const decodeLatin1: Decode = (bytes, start, end) => bytes.toString('latin1', start, end);
const decodeUtf8: Decode = (bytes, start, end) => bytes.toString('utf8', start, end);

/**
 * The decoder for an encoding. UTF-8 replaces invalid sequences with U+FFFD (check with {@link isValidUtf8}).
 * The same function every time for an encoding, so code calling it stays optimised from one file to the next.
 */
export function decoderFor(encoding: TextEncoding): Decode {
  if (encoding === 'latin1') return decodeLatin1;
  if (encoding === 'windows-1252') return decodeCp1252;
  return decodeUtf8;
}

/** Whether `bytes[start, end)` is valid UTF-8. */
export function isValidUtf8(bytes: Buffer, start: number, end: number): boolean {
  return isUtf8(bytes.subarray(start, end));
}

/**
 * How many bytes at the end of `bytes` begin a UTF-8 sequence that is not complete yet
 * (0-3). A reader carries them to the next chunk so no character is split between chunks.
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * A whole chunk as one string when byte offsets equal character offsets: always for Latin-1,
 * for UTF-8 when the chunk is ASCII. Windows-1252 is left to per-field decoding of its C1 bytes.
 */
export function chunkDecoderFor(encoding: TextEncoding): (chunk: Buffer) => string | undefined {
  return encoding === 'latin1' ? latin1Chunk : asciiChunk;
}

const latin1Chunk = (chunk: Buffer): string | undefined => chunk.toString('latin1');
const asciiChunk = (chunk: Buffer): string | undefined => (isAscii(chunk) ? chunk.toString('latin1') : undefined);
