import { crc32 } from 'node:zlib';

function le(value: number, width: number): number[] {
  const out: number[] = [];
  let v = value;
  for (let k = 0; k < width; k++) {
    out.push(v % 256);
    v = Math.floor(v / 256);
  }
  return out;
}

// 7z NUMBER: the count of leading 1 bits of the first byte is the count of extra bytes
// (little-endian low bits); the first byte's remaining bits are the high bits.
function number7z(value: number): number[] {
  if (value < 0x80) return [value];
  if (value < 0x4000) return [0x80 | (value >> 8), value & 0xff];
  if (value < 0x200000) return [0xc0 | (value >> 16), value & 0xff, (value >> 8) & 0xff];
  return [0xe0 | (value >>> 24), value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff];
}

/**
 * Build a 7z archive holding one file stored with the Copy coder (no compression), the shape
 * of the nullifAI samples: signature header, the file's bytes as the packed stream, then a
 * header describing one folder with one Copy coder.
 *
 * @see https://py7zr.readthedocs.io/en/latest/archive_format.html
 */
export function buildSevenZipCopy(content: Uint8Array, name: string): Uint8Array {
  const utf16 = [...name].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).concat([0, 0]);
  const size = number7z(content.length);
  const header = [
    0x01, // Header
    0x04, // MainStreamsInfo
    0x06, 0x00, 0x01, 0x09, ...size, 0x00, // PackInfo: pos 0, 1 stream, sizes
    0x07, 0x0b, 0x01, 0x00, 0x01, 0x01, 0x00, 0x0c, ...size, 0x00, // UnpackInfo: 1 folder, 1 coder (Copy, id 0x00)
    0x08, 0x00, // SubStreamsInfo
    0x00, // end MainStreamsInfo
    0x05, 0x01, 0x11, ...number7z(utf16.length + 1), 0x00, ...utf16, // FilesInfo: names
    0x00, 0x00, // end FilesInfo, end Header
  ];
  const headerBytes = Uint8Array.from(header);
  const start = [...le(content.length, 8), ...le(headerBytes.length, 8), ...le(crc32(headerBytes), 4)];
  const signature = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, ...le(crc32(Uint8Array.from(start)), 4), ...start];
  return Uint8Array.from([...signature, ...content, ...headerBytes]);
}
