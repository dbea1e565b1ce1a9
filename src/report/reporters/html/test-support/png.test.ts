import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareImages, crc32, decodePng, encodePng, type RgbaImage } from './png.js';

const image = (width: number, height: number, fill: (i: number) => number): RgbaImage => ({ width, height, data: Uint8Array.from({ length: width * height * 4 }, (_, i) => fill(i)) });

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Re-encode an RGBA image with the given filter on every row (the forward transform). */
function encodeFiltered(img: RgbaImage, filter: number): Uint8Array {
  const plain = encodePng(img);
  const stride = img.width * 4;
  const raw = new Uint8Array(img.height * (stride + 1));
  const px = (y: number, x: number): number => (y < 0 || x < 0 ? 0 : img.data[y * stride + x]!);
  for (let y = 0; y < img.height; y++) {
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const [a, b, c] = [px(y, x - 4), px(y - 1, x), px(y - 1, x - 4)];
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      raw[y * (stride + 1) + 1 + x] = (px(y, x) - predictor) & 0xff;
    }
  }
  // Swap the IDAT of the plain encoding for the filtered data.
  const idat = deflateSync(raw);
  const head = plain.subarray(0, 8 + 25);
  const chunk = new Uint8Array(12 + idat.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, idat.length);
  chunk.set(Buffer.from('IDAT'), 4);
  chunk.set(idat, 8);
  view.setUint32(8 + idat.length, crc32(chunk.subarray(4, 8 + idat.length)));
  return Buffer.concat([head, chunk, plain.subarray(plain.length - 12)]);
}

describe('png', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('round-trips any image through encode and decode', () => {
    const arb = fc.record({ w: fc.integer({ min: 1, max: 12 }), h: fc.integer({ min: 1, max: 12 }) }).chain(({ w, h }) => fc.uint8Array({ minLength: w * h * 4, maxLength: w * h * 4 }).map((data) => ({ width: w, height: h, data })));
    fc.assert(
      fc.property(arb, (img) => {
        expect(decodePng(encodePng(img))).toEqual(img);
      }),
    );
  });

  it.each([1, 2, 3, 4])('undoes row filter %i', (filter) => {
    const img = image(7, 5, (i) => (i * 37 + (i >> 3) * 11) & 0xff);
    expect(decodePng(encodeFiltered(img, filter))).toEqual(img);
  });

  it('refuses files that are not PNG, truncated or corrupted', () => {
    const good = encodePng(image(3, 3, () => 9));
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/signature/);
    expect(() => decodePng(good.subarray(0, good.length - 12))).toThrow(/truncated|IEND/);
    const flipped = Uint8Array.from(good);
    flipped[40] = flipped[40]! ^ 0xff;
    expect(() => decodePng(flipped)).toThrow(/CRC/);
  });

  it('refuses declared sizes beyond the limit before inflating anything', () => {
    expect(() => decodePng(encodePng(image(100, 100, () => 0)), { maxPixels: 5000 })).toThrow(/accepted size/);
  });

  it('throws only plain errors on arbitrary bytes after the signature', () => {
    const sig = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (tail) => {
        try {
          decodePng(Buffer.concat([sig, tail]));
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
        }
      }),
    );
  });

  it('counts pixels that differ beyond the tolerance', () => {
    const a = image(4, 4, () => 100);
    const b = { ...a, data: Uint8Array.from(a.data) };
    b.data[0] = 120; // within tolerance
    b.data[4] = 200; // pixel 1 differs
    const diff = compareImages(a, b, 32);
    expect(diff.differentPixels).toBe(1);
    expect(diff.ratio).toBe(1 / 16);
    expect(() => compareImages(a, image(2, 2, () => 0))).toThrow(/size/);
  });
});
