import { mkdtempSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bufferSource, fileSource, inputSource } from './protobuf-wire-source.js';

describe('byte sources', () => {
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
  const dir = mkdtempSync(join(tmpdir(), 'aisec-src-'));
  const path = join(dir, 'data.bin');
  writeFileSync(path, bytes);

  it('a file source with a small window reads what a buffer source reads, at any offset (property)', () => {
    const fd = openSync(path, 'r');
    try {
      const file = fileSource(fd, bytes.length, 64);
      const mem = bufferSource(bytes);
      fc.assert(
        fc.property(fc.integer({ min: -10, max: 1100 }), fc.integer({ min: -5, max: 300 }), (offset, length) => {
          expect(Array.from(file.read(offset, length))).toEqual(Array.from(mem.read(offset, length)));
        }),
      );
    } finally {
      closeSync(fd);
    }
  });

  it('clips reads at the end and returns nothing past it', () => {
    const mem = bufferSource(bytes);
    expect(mem.read(990, 100).length).toBe(10);
    expect(mem.read(5000, 10).length).toBe(0);
  });
});

describe('inputSource', () => {
  const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
  const input = (seekable: boolean) => ({
    size: seekable ? bytes.length : undefined,
    seekable,
    readInto(position: number, target: Uint8Array, offset: number, length: number) {
      const n = Math.max(0, Math.min(length, bytes.length - position, 100));
      target.set(bytes.subarray(position, position + n), offset);
      return n;
    },
  });

  it('reads a seekable input through a window, and a forward-only one whole', () => {
    for (const seekable of [true, false]) {
      const src = inputSource(input(seekable), 10_000, 256)!;
      expect(src.size).toBe(3000);
      expect(Array.from(src.read(2900, 200))).toEqual(Array.from(bytes.subarray(2900)));
      expect(Array.from(src.read(10, 1000))).toEqual(Array.from(bytes.subarray(10, 1010)));
    }
  });

  it('refuses a forward-only input over the limit', () => {
    expect(inputSource(input(false), 1000)).toBeUndefined();
  });
});
