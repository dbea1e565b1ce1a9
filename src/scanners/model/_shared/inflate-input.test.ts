import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesInput, readAllBounded } from './chunk-input.js';
import { inflateInput } from './inflate-input.js';

describe('inflateInput', () => {
  it('decompresses lazily and in order', () => {
    const plain = Uint8Array.from({ length: 300_000 }, (_, k) => (k * 7) & 0xff);
    const input = inflateInput(bytesInput(new Uint8Array(gzipSync(plain))), 'gzip', 1 << 20);
    expect(input.seekable).toBe(false);
    expect(readAllBounded(input, 1 << 20)).toEqual(plain);
    expect(input.failure?.()).toBeUndefined();
  });

  it('stops at the output cap and says so, keeping what it produced', () => {
    const input = inflateInput(bytesInput(new Uint8Array(deflateRawSync(new Uint8Array(10 << 20)))), 'deflate', 100_000);
    const out = readAllBounded(input, 1 << 24)!;
    expect(out.length).toBe(100_000);
    expect(input.capped()).toBe(true);
    expect(input.failure?.()).toMatch(/exceeds the limit/);
  });

  it('reports corrupt and truncated data instead of throwing', () => {
    const plain = Uint8Array.from({ length: 50_000 }, (_, k) => (k * k) & 0xff);
    const whole = new Uint8Array(gzipSync(plain));
    const truncated = inflateInput(bytesInput(whole.slice(0, whole.length >> 1)), 'gzip', 1 << 20);
    readAllBounded(truncated, 1 << 20);
    expect(truncated.failure?.()).toBeTruthy();
    const lying = whole.slice();
    lying[lying.length - 1]! ^= 0x01; // ISIZE trailer
    const trailer = inflateInput(bytesInput(lying), 'gzip', 1 << 20);
    readAllBounded(trailer, 1 << 20);
    expect(trailer.failure?.()).toMatch(/truncated or damaged/);
    const junk = inflateInput(bytesInput(Uint8Array.of(0x78, 0x9c, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)), 'zlib', 1 << 20);
    readAllBounded(junk, 1 << 20);
    expect(junk.failure?.()).toMatch(/corrupt|ends/);
  });

  it('refuses reads out of order (forward only)', () => {
    const input = inflateInput(bytesInput(new Uint8Array(gzipSync(new Uint8Array(10)))), 'gzip', 1 << 20);
    expect(input.readInto(5, new Uint8Array(4), 0, 4)).toBe(0);
  });
});
