/** A minimal protobuf wire reader for tests: the fields of one message, in order. */

/** One decoded field: a varint as bigint, a fixed32 as its bytes, a length-delimited value as bytes. */
export interface WireField {
  readonly field: number;
  readonly wire: number;
  readonly value: bigint | Uint8Array;
}

/** Decode the top-level fields of `bytes`; throws on truncation or an unknown wire type. */
export function decodeFields(bytes: Uint8Array): WireField[] {
  const out: WireField[] = [];
  let at = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (at >= bytes.length) throw new Error('truncated varint');
      const b = bytes[at++]!;
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return result;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (wire === 0) out.push({ field, wire, value: varint() });
    else if (wire === 2 || wire === 5) {
      const length = wire === 5 ? 4 : Number(varint());
      if (at + length > bytes.length) throw new Error('truncated field');
      out.push({ field, wire, value: bytes.subarray(at, at + length) });
      at += length;
    } else throw new Error(`wire type ${wire}`);
  }
  return out;
}

/** The string values of `field` in `bytes`. */
export function stringsOf(bytes: Uint8Array, field: number): string[] {
  return decodeFields(bytes)
    .filter((f) => f.field === field && f.value instanceof Uint8Array)
    .map((f) => new TextDecoder().decode(f.value as Uint8Array));
}

/** The sub-messages at `field` in `bytes`. */
export function messagesOf(bytes: Uint8Array, field: number): Uint8Array[] {
  return decodeFields(bytes)
    .filter((f) => f.field === field && f.value instanceof Uint8Array)
    .map((f) => f.value as Uint8Array);
}
