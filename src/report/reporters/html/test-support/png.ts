/**
 * A small PNG reader and writer for screenshot tests, built on node:zlib: enough for the
 * 8-bit, non-interlaced images Chromium writes. Screenshots are files on disk that anyone can
 * replace, so the reader checks signatures, CRCs and sizes and never trusts declared lengths.
 */
import { deflateSync, inflateSync } from 'node:zlib';

/** An image as 8-bit RGBA pixels, row by row. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Limits for {@link decodePng}. */
export interface DecodeLimits {
  /** Most pixels accepted (width × height); larger images are refused before inflating. */
  readonly maxPixels?: number;
}

const signature = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const channelsOf: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undo the per-row filters in place and return the raw samples. */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[row - stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
      const v = raw[src + x]!;
      if (filter === 0) out[row + x] = v;
      else if (filter === 1) out[row + x] = (v + a) & 0xff;
      else if (filter === 2) out[row + x] = (v + b) & 0xff;
      else if (filter === 3) out[row + x] = (v + ((a + b) >> 1)) & 0xff;
      else if (filter === 4) out[row + x] = (v + paeth(a, b, c)) & 0xff;
      else throw new Error(`PNG row ${y} uses unknown filter ${filter}`);
    }
  }
  return out;
}

function toRgba(samples: Uint8Array, pixels: number, channels: number): Uint8Array {
  if (channels === 4) return samples;
  const out = new Uint8Array(pixels * 4);
  for (let i = 0; i < pixels; i++) {
    const s = i * channels;
    const gray = channels <= 2;
    out[i * 4] = samples[s]!;
    out[i * 4 + 1] = gray ? samples[s]! : samples[s + 1]!;
    out[i * 4 + 2] = gray ? samples[s]! : samples[s + 2]!;
    out[i * 4 + 3] = channels === 2 ? samples[s + 1]! : channels === 4 ? samples[s + 3]! : 255;
  }
  return out;
}

/**
 * Decode an 8-bit, non-interlaced PNG (grey, grey+alpha, RGB or RGBA) to RGBA. Throws an
 * Error naming the problem for anything else or anything malformed.
 */
export function decodePng(bytes: Uint8Array, limits: DecodeLimits = {}): RgbaImage {
  const maxPixels = limits.maxPixels ?? 64_000_000;
  if (bytes.length < 8 || !signature.every((b, i) => bytes[i] === b)) throw new Error('Not a PNG file: the signature is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8;
  let header: { width: number; height: number; channels: number } | null = null;
  const idat: Uint8Array[] = [];
  for (;;) {
    if (pos + 12 > bytes.length) throw new Error('PNG is truncated: no IEND chunk');
    const length = view.getUint32(pos);
    if (length > bytes.length - pos - 12) throw new Error(`PNG chunk at byte ${pos} claims ${length} bytes, more than the file holds`);
    const typeAndData = bytes.subarray(pos + 4, pos + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(pos + 8 + length)) throw new Error(`PNG chunk ${JSON.stringify(type)} at byte ${pos} has a bad CRC`);
    const data = typeAndData.subarray(4);
    pos += 12 + length;
    if (type === 'IHDR') {
      if (length !== 13) throw new Error('PNG IHDR chunk has the wrong length');
      const d = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const [width, height, depth, colour, , , interlace] = [d.getUint32(0), d.getUint32(4), data[8]!, data[9]!, data[10], data[11], data[12]!];
      const channels = channelsOf[colour];
      if (depth !== 8 || channels === undefined || interlace !== 0) throw new Error(`PNG format not supported (bit depth ${depth}, colour type ${colour}, interlace ${interlace}); only 8-bit non-interlaced grey/RGB(A)`);
      if (width === 0 || height === 0 || width * height > maxPixels) throw new Error(`PNG is ${width}×${height}, outside the accepted size (at most ${maxPixels} pixels)`);
      header = { width, height, channels };
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
  }
  if (header === null) throw new Error('PNG has no IHDR chunk');
  const { width, height, channels } = header;
  const expected = height * (1 + width * channels);
  let raw: Uint8Array;
  try {
    // maxOutputLength bounds memory whatever the compressed data claims.
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected });
  } catch (cause) {
    throw new Error('PNG image data does not inflate to the declared size', { cause });
  }
  if (raw.length !== expected) throw new Error(`PNG image data is ${raw.length} bytes, expected ${expected}`);
  return { width, height, data: toRgba(unfilter(raw, width, height, channels), width * height, channels) };
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Encode RGBA pixels as an 8-bit RGBA PNG (no filtering; small enough for diff images). */
export function encodePng(image: RgbaImage): Uint8Array {
  const { width, height, data } = image;
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** How two images differ. */
export interface ImageDiff {
  /** Pixels whose largest channel difference exceeds the tolerance. */
  readonly differentPixels: number;
  /** `differentPixels` over all pixels. */
  readonly ratio: number;
  /** The expected image, faded, with differing pixels in red. */
  readonly diff: RgbaImage;
}

/**
 * Compare two images of the same size pixel by pixel; a pixel differs when any channel is
 * more than `tolerance` (0–255) apart, which absorbs anti-aliasing noise.
 */
export function compareImages(expected: RgbaImage, actual: RgbaImage, tolerance = 32): ImageDiff {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(`Images differ in size: expected ${expected.width}×${expected.height}, got ${actual.width}×${actual.height}`);
  }
  const out = new Uint8Array(expected.data.length);
  let differentPixels = 0;
  for (let i = 0; i < expected.data.length; i += 4) {
    let delta = 0;
    for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(expected.data[i + c]! - actual.data[i + c]!));
    const differs = delta > tolerance;
    if (differs) differentPixels++;
    const grey = 255 - Math.round((255 - expected.data[i]!) * 0.25);
    out.set(differs ? [230, 0, 0, 255] : [grey, grey, grey, 255], i);
  }
  const pixels = expected.width * expected.height;
  return { differentPixels, ratio: differentPixels / pixels, diff: { width: expected.width, height: expected.height, data: out } };
}
