import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtoEncoder } from './protobuf-encoder.js';
import { decodeFields } from './test-support/proto-decode.js';

describe('ProtoEncoder', () => {
  it('writes the varints of the protobuf documentation', () => {
    expect(Array.from(new ProtoEncoder().int(1, 150).finish())).toEqual([0x08, 0x96, 0x01]);
    expect(Array.from(new ProtoEncoder().int(1, 0).finish())).toEqual([0x08, 0x00]);
    expect(Array.from(new ProtoEncoder().string(2, 'testing').finish())).toEqual([0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67]);
  });

  it('writes a negative int64 as ten bytes of two’s complement', () => {
    expect(Array.from(new ProtoEncoder().int(1, -1).finish())).toEqual([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(decodeFields(new ProtoEncoder().int(3, -2n).finish())[0]!.value).toBe(BigInt.asUintN(64, -2n));
  });

  it('writes floats as little-endian fixed32 and packs repeated values', () => {
    const bytes = new ProtoEncoder().float(2, 1.5).packedFloats(7, [1, -2]).packedInts(8, [1, 300]).finish();
    const [f, floats, ints] = decodeFields(bytes);
    expect(f!.wire).toBe(5);
    expect(new DataView((f!.value as Uint8Array).slice().buffer).getFloat32(0, true)).toBe(1.5);
    const fv = new DataView((floats!.value as Uint8Array).slice().buffer);
    expect([fv.getFloat32(0, true), fv.getFloat32(4, true)]).toEqual([1, -2]);
    expect(Array.from(ints!.value as Uint8Array)).toEqual([0x01, 0xac, 0x02]);
  });

  it('nests messages with their length', () => {
    const bytes = new ProtoEncoder().message(7, (g) => g.string(2, 'main').int(1, 3)).finish();
    const [outer] = decodeFields(bytes);
    expect(outer!.field).toBe(7);
    const inner = decodeFields(outer!.value as Uint8Array);
    expect(inner.map((f) => f.field)).toEqual([2, 1]);
    expect(inner[1]!.value).toBe(3n);
  });

  it('round-trips any sequence of fields (property)', () => {
    const fieldArb = fc.oneof(
      fc.record({ kind: fc.constant('int' as const), field: fc.integer({ min: 1, max: 0x1fffffff }), value: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }) }),
      fc.record({ kind: fc.constant('safe' as const), field: fc.integer({ min: 1, max: 1000 }), value: fc.maxSafeNat() }),
      fc.record({ kind: fc.constant('bytes' as const), field: fc.integer({ min: 1, max: 1000 }), value: fc.uint8Array({ maxLength: 300 }) }),
    );
    fc.assert(
      fc.property(fc.array(fieldArb, { maxLength: 30 }), (fields) => {
        const e = new ProtoEncoder();
        for (const f of fields) {
          if (f.kind === 'bytes') e.bytes(f.field, f.value);
          else e.int(f.field, f.value);
        }
        const decoded = decodeFields(e.finish());
        expect(decoded.length).toBe(fields.length);
        decoded.forEach((d, i) => {
          const f = fields[i]!;
          expect(d.field).toBe(f.field);
          if (f.kind === 'bytes') expect(Array.from(d.value as Uint8Array)).toEqual(Array.from(f.value));
          else expect(d.value).toBe(BigInt.asUintN(64, BigInt(f.value)));
        });
      }),
    );
  });

  it('rejects field numbers and values protobuf cannot hold', () => {
    expect(() => new ProtoEncoder().int(0, 1)).toThrow(/field numbers/);
    expect(() => new ProtoEncoder().int(2 ** 29, 1)).toThrow(/field numbers/);
    expect(() => new ProtoEncoder().int(1, 1.5)).toThrow(/whole number/);
    expect(() => new ProtoEncoder().int(1, Number.NaN)).toThrow(/whole number/);
  });
});
