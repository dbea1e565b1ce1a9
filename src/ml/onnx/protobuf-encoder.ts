/**
 * A small protobuf wire-format encoder: varint, fixed32 and length-delimited fields, written
 * field by field into one growing buffer. Enough to write ONNX ModelProto without a protobuf
 * library; the caller is responsible for field numbers and for leaving out proto3 defaults.
 *
 * @example
 * const bytes = new ProtoEncoder().int(1, 8).message(7, (g) => g.string(2, 'main')).finish();
 */

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;
const UTF8 = new TextEncoder();

export class ProtoEncoder {
  #buf = new Uint8Array(256);
  #length = 0;

  /** An int64/int32/uint64/enum/bool field as a varint; a negative value takes ten bytes (two's complement), as protobuf writes int64. */
  int(field: number, value: number | bigint): this {
    this.#tag(field, WIRE_VARINT);
    this.#varint(value);
    return this;
  }

  /** A float field (fixed 32 bits, little-endian). */
  float(field: number, value: number): this {
    this.#tag(field, WIRE_FIXED32);
    this.#reserve(4);
    new DataView(this.#buf.buffer, this.#buf.byteOffset).setFloat32(this.#length, value, true);
    this.#length += 4;
    return this;
  }

  /** A bytes field. */
  bytes(field: number, value: Uint8Array): this {
    this.#tag(field, WIRE_LENGTH_DELIMITED);
    this.#varint(value.length);
    this.#append(value);
    return this;
  }

  /** A string field (UTF-8). */
  string(field: number, value: string): this {
    return this.bytes(field, UTF8.encode(value));
  }

  /** A nested message, built by `build` on an encoder of its own. */
  message(field: number, build: (inner: ProtoEncoder) => void): this {
    const inner = new ProtoEncoder();
    build(inner);
    return this.bytes(field, inner.finish());
  }

  /** A packed repeated int64/int32 field. */
  packedInts(field: number, values: readonly (number | bigint)[]): this {
    const inner = new ProtoEncoder();
    for (const v of values) inner.#varint(v);
    return this.bytes(field, inner.finish());
  }

  /** A packed repeated float field. */
  packedFloats(field: number, values: ArrayLike<number>): this {
    const raw = new Uint8Array(values.length * 4);
    const view = new DataView(raw.buffer);
    for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
    return this.bytes(field, raw);
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array {
    return this.#buf.slice(0, this.#length);
  }

  #tag(field: number, wireType: number): void {
    if (!Number.isInteger(field) || field < 1 || field > 0x1fffffff) throw new RangeError(`protobuf field numbers are 1 to 2^29 − 1, not ${field}`);
    this.#varint(field * 8 + wireType);
  }

  #varint(value: number | bigint): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new RangeError(`a varint needs a whole number, not ${value}`);
      if (value >= 0) {
        this.#reserve(8);
        let v = value;
        while (v >= 0x80) {
          this.#buf[this.#length++] = (v % 0x80) | 0x80;
          v = Math.floor(v / 0x80);
        }
        this.#buf[this.#length++] = v;
        return;
      }
    }
    let v = BigInt.asUintN(64, BigInt(value));
    this.#reserve(10);
    while (v >= 0x80n) {
      this.#buf[this.#length++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.#buf[this.#length++] = Number(v);
  }

  #append(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    this.#buf.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  #reserve(extra: number): void {
    const need = this.#length + extra;
    if (need <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < need) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#buf.subarray(0, this.#length));
    this.#buf = grown;
  }
}
