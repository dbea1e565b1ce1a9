/**
 * A tiny protobuf wire-format writer for building test fixtures (ONNX models, SavedModels)
 * field by field, including malformed ones the real serialisers would refuse to write.
 *
 * @example
 * const model = new WireWriter().varint(1, 8).message(7, (g) => g.string(2, 'main')).finish();
 */
export class WireWriter {
  private readonly chunks: Uint8Array[] = [];

  /** Append raw bytes (to build malformed data on purpose). */
  raw(bytes: Uint8Array | readonly number[]): this {
    this.chunks.push(Uint8Array.from(bytes));
    return this;
  }

  /** Append a varint-typed field. */
  varint(field: number, value: number | bigint): this {
    return this.raw([...encodeVarint(BigInt(field) << 3n), ...encodeVarint(BigInt.asUintN(64, BigInt(value)))]);
  }

  /** Append a length-delimited field with these bytes. */
  bytes(field: number, value: Uint8Array): this {
    this.raw([...encodeVarint((BigInt(field) << 3n) | 2n), ...encodeVarint(BigInt(value.length))]);
    return this.raw(value);
  }

  /** Append a string field (UTF-8). */
  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  /** Append a nested message built by `build`. */
  message(field: number, build: (w: WireWriter) => void): this {
    const inner = new WireWriter();
    build(inner);
    return this.bytes(field, inner.finish());
  }

  /** Append a packed repeated varint field. */
  packed(field: number, values: readonly (number | bigint)[]): this {
    return this.bytes(field, Uint8Array.from(values.flatMap((v) => encodeVarint(BigInt.asUintN(64, BigInt(v))))));
  }

  /** Append a fixed 32-bit field. */
  fixed32(field: number, value: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, true);
    return this.raw([...encodeVarint((BigInt(field) << 3n) | 5n)]).raw(b);
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Encode an unsigned value as a varint. */
export function encodeVarint(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}
