import { describe, expect, it } from 'vitest';
import { ByteReader } from './byte-reader.js';
import { bytesInput, type ChunkInput } from './chunk-input.js';

const counting = (bytes: Uint8Array, seekable: boolean): ChunkInput & { reads: number; bytesRead: number } => {
  const base = bytesInput(bytes);
  const input = {
    size: seekable ? bytes.length : undefined,
    seekable,
    reads: 0,
    bytesRead: 0,
    readInto(position: number, target: Uint8Array, offset: number, length: number) {
      const n = base.readInto(position, target, offset, Math.min(length, 100));
      input.reads++;
      input.bytesRead += n;
      return n;
    },
  };
  return input;
};

describe('ByteReader', () => {
  it('reads integers and views across window refills', () => {
    const data = Uint8Array.from({ length: 1000 }, (_, k) => k & 0xff);
    const r = new ByteReader(counting(data, true), { window: 64 });
    expect(r.u8()).toBe(0);
    expect(r.uint(2)).toBe(1 + 2 * 256);
    r.skip(97);
    expect(r.pos).toBe(100);
    expect(Array.from(r.take(3)!)).toEqual([100, 101, 102]);
    expect(r.i32()).toBe(103 | (104 << 8) | (105 << 16) | (106 << 24));
  });

  it('jumps over payloads of a seekable input without reading them', () => {
    const input = counting(new Uint8Array(10_000_000), true);
    const r = new ByteReader(input, { window: 64 });
    expect(r.skip(9_999_990)).toBe(true);
    expect(input.bytesRead).toBeLessThan(1000);
    expect(r.take(10)).toHaveLength(10);
    expect(r.u8()).toBe(-1);
  });

  it('reads and discards on a forward-only input, and reports running out', () => {
    const input = counting(new Uint8Array(500), false);
    const r = new ByteReader(input, { window: 64 });
    expect(r.skip(450)).toBe(true);
    expect(r.skip(100)).toBe(false);
    expect(r.remaining()).toBe(Infinity);
  });

  it('refuses to hold more than its window limit and never trusts a declared size', () => {
    const r = new ByteReader(bytesInput(new Uint8Array(100)), { maxWindow: 1024 });
    expect(r.need(2048)).toBe(false);
    expect(r.take(2 ** 40)).toBeUndefined();
    expect(r.uint(8)).toBe(0);
  });

  it('reads lines, cutting long ones but consuming them whole', () => {
    const text = `short\n${'x'.repeat(5000)}\nafter\nunterminated`;
    const r = new ByteReader(bytesInput(new TextEncoder().encode(text)), { window: 256 });
    expect(new TextDecoder().decode(r.line(100)!.bytes)).toBe('short');
    const long = r.line(100)!;
    expect(long).toMatchObject({ cut: true });
    expect(long.bytes).toHaveLength(100);
    expect(new TextDecoder().decode(r.line(100)!.bytes)).toBe('after');
    expect(r.line(100)).toBeUndefined();
  });

  it('reads bytes in memory without copying them', () => {
    const data = Uint8Array.of(1, 2, 3);
    const r = ByteReader.over(data, 40);
    expect(r.pos).toBe(40);
    expect(r.take(3)!.buffer).toBe(data.buffer);
    expect(r.need(1)).toBe(false);
  });
});
