import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWireBudget, readFields, readPackedVarints, readString, readVarint, readVarintBig, WireError } from './protobuf-wire.js';
import { bufferSource } from './protobuf-wire-source.js';
import { encodeVarint, WireWriter } from './protobuf-wire-writer.js';

const all = (bytes: Uint8Array, budget = createWireBudget()) => [...readFields(bufferSource(bytes), 0, bytes.length, budget)];

describe('protobuf wire reader', () => {
  it('reads the fields a writer wrote, nested messages included', () => {
    const bytes = new WireWriter()
      .varint(1, 8)
      .string(2, 'producer')
      .message(7, (g) => g.string(2, 'graph').packed(1, [2, 3]))
      .fixed32(9, 0x01020304)
      .finish();
    const fields = all(bytes);
    expect(fields.map((f) => [f.number, f.wireType])).toEqual([[1, 0], [2, 2], [7, 2], [9, 5]]);
    expect(fields[0]!.value).toBe(8);
    const src = bufferSource(bytes);
    expect(readString(src, fields[1]!).text).toBe('producer');
    expect(fields[3]!.value).toBe(0x01020304);
    const graph = [...readFields(src, fields[2]!.start, fields[2]!.end, createWireBudget())];
    expect(readString(src, graph[0]!).text).toBe('graph');
    expect(readPackedVarints(src, graph[1]!, 10)).toEqual([2n, 3n]);
  });

  it('reads 64-bit varints exactly as bigints and negative int64 as their two\'s complement', () => {
    const bytes = Uint8Array.from(encodeVarint(BigInt.asUintN(64, -1n)));
    const src = bufferSource(bytes);
    expect(readVarintBig(src, 0, bytes.length).value).toBe(2n ** 64n - 1n);
    expect(readVarint(src, 0, bytes.length).next).toBe(10);
  });

  it('refuses a length that runs past the enclosing message', () => {
    const bytes = Uint8Array.from([0x12, 0x7f, 0x41]); // field 2, 127 bytes declared, 1 present
    expect(() => all(bytes)).toThrow(/declares 127 bytes/);
  });

  it('refuses a huge declared length without allocating it', () => {
    const bytes = Uint8Array.from([0x12, ...encodeVarint(2n ** 62n)]);
    expect(() => all(bytes)).toThrow(WireError);
  });

  it('refuses varints longer than 10 bytes, group wire types and field number 0', () => {
    expect(() => all(Uint8Array.from(new Array(11).fill(0xff)))).toThrow(/varint/);
    expect(() => all(Uint8Array.from([0x0b]))).toThrow(/wire type 3/);
    expect(() => all(Uint8Array.from([0x02, 0x00]))).toThrow(/field number 0/);
  });

  it('stops with a limit error when the field budget is spent', () => {
    const bytes = new WireWriter().varint(1, 1).varint(1, 2).varint(1, 3).finish();
    try {
      all(bytes, createWireBudget(2));
      expect.unreachable();
    } catch (error) {
      expect((error as WireError).kind).toBe('limit');
    }
  });

  it('truncates strings at the cap it is given', () => {
    const bytes = new WireWriter().string(1, 'x'.repeat(100)).finish();
    const src = bufferSource(bytes);
    const [field] = all(bytes);
    expect(readString(src, field!, 10)).toEqual({ text: 'x'.repeat(10), truncated: true });
  });

  it('never throws anything but WireError on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
        try {
          for (const f of all(bytes, createWireBudget(10_000))) {
            expect(f.end).toBeLessThanOrEqual(bytes.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(WireError);
        }
      }),
    );
  });

  it('round-trips arbitrary varints (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (v) => {
        const bytes = Uint8Array.from(encodeVarint(v));
        expect(readVarintBig(bufferSource(bytes), 0, bytes.length).value).toBe(v);
      }),
    );
  });
});
