import type { ByteSource } from './protobuf-wire-source.js';

/**
 * A small, bounded reader of the protobuf wire format (varints, length-delimited fields,
 * fixed 32/64-bit values) for ONNX and TensorFlow SavedModel files.
 *
 * It knows no schema: callers walk the fields they care about and skip the rest without
 * reading them. Every length is checked against the enclosing message before it is used, and a
 * shared {@link WireBudget} caps how many fields one file may make us visit.
 *
 * @see https://protobuf.dev/programming-guides/encoding/
 */

/** Why reading stopped: the bytes are not valid wire format, or a limit of ours was reached. */
export type WireErrorKind = 'malformed' | 'limit';

/** A problem in the wire data (or a limit reached) at a byte offset. */
export class WireError extends Error {
  readonly offset: number;
  readonly kind: WireErrorKind;

  constructor(message: string, offset: number, kind: WireErrorKind = 'malformed') {
    super(message);
    this.name = 'WireError';
    this.offset = offset;
    this.kind = kind;
  }
}

/** How many more fields the reader may visit in one file; shared by nested reads. */
export interface WireBudget {
  fields: number;
}

/** The default field budget: far above any real model, far below a hang. */
export const DEFAULT_FIELD_BUDGET = 50_000_000;

/** Create a budget of `fields` field visits. */
export function createWireBudget(fields = DEFAULT_FIELD_BUDGET): WireBudget {
  return { fields };
}

/** One field of a message. */
export interface WireField {
  /** Field number from the tag. */
  readonly number: number;
  /** 0 varint, 1 fixed 64-bit, 2 length-delimited, 5 fixed 32-bit. */
  readonly wireType: 0 | 1 | 2 | 5;
  /** Offset of the tag. */
  readonly offset: number;
  /** Varint or fixed value as a number (precise below 2^53); 0 for length-delimited fields. */
  readonly value: number;
  /** Payload bounds: the value bytes for every wire type (for type 2 without the length prefix). */
  readonly start: number;
  readonly end: number;
}

/** Read a varint at `pos` (before `end`); the value is a number, exact below 2^53. */
export function readVarint(src: ByteSource, pos: number, end: number): { value: number; next: number } {
  const bytes = src.read(pos, Math.min(10, end - pos));
  let value = 0;
  let scale = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return { value, next: pos + i + 1 };
    scale *= 128;
  }
  throw new WireError(bytes.length >= 10 ? 'varint longer than 10 bytes' : 'varint runs past the end of its message', pos);
}

/** Read a varint at `pos` exactly, as an unsigned 64-bit bigint. */
export function readVarintBig(src: ByteSource, pos: number, end: number): { value: bigint; next: number } {
  const bytes = src.read(pos, Math.min(10, end - pos));
  let value = 0n;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    value |= BigInt(b & 0x7f) << BigInt(7 * i);
    if ((b & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: pos + i + 1 };
  }
  throw new WireError(bytes.length >= 10 ? 'varint longer than 10 bytes' : 'varint runs past the end of its message', pos);
}

/** Read one field at `pos`, checking every length against `end`. */
export function readField(src: ByteSource, pos: number, end: number): WireField {
  const tag = readVarint(src, pos, end);
  const number = Math.floor(tag.value / 8);
  const wireType = tag.value % 8;
  if (number < 1 || number > 536_870_911) throw new WireError(`invalid field number ${number}`, pos);
  const at = tag.next;
  switch (wireType) {
    case 0: {
      const v = readVarint(src, at, end);
      return { number, wireType: 0, offset: pos, value: v.value, start: at, end: v.next };
    }
    case 1:
    case 5: {
      const width = wireType === 1 ? 8 : 4;
      if (at + width > end) throw new WireError(`fixed${width * 8} field runs past the end of its message`, pos);
      const bytes = src.read(at, width);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const value = width === 8 ? Number(view.getBigUint64(0, true)) : view.getUint32(0, true);
      return { number, wireType, offset: pos, value, start: at, end: at + width };
    }
    case 2: {
      const len = readVarint(src, at, end);
      if (len.value > end - len.next) {
        throw new WireError(`field ${number} declares ${len.value} bytes but only ${end - len.next} remain in its message`, pos);
      }
      return { number, wireType: 2, offset: pos, value: 0, start: len.next, end: len.next + len.value };
    }
    default:
      // Groups (3, 4) are deprecated and unused by ONNX and TensorFlow; 6 and 7 do not exist.
      throw new WireError(`unsupported wire type ${wireType} for field ${number}`, pos);
  }
}

/**
 * Iterate the fields of the message in `[start, end)`. Throws {@link WireError} on malformed
 * data or when the budget is spent; fields read before the error have been yielded.
 *
 * @example
 * for (const f of readFields(src, 0, src.size, budget)) if (f.number === 7) walkGraph(f);
 */
export function* readFields(src: ByteSource, start: number, end: number, budget: WireBudget): Generator<WireField> {
  if (end > src.size) throw new WireError(`message ends at ${end}, past the end of the data (${src.size} bytes)`, start);
  let pos = start;
  while (pos < end) {
    if (--budget.fields < 0) throw new WireError('field budget spent: the file has more fields than the scanner visits', pos, 'limit');
    const field = readField(src, pos, end);
    yield field;
    pos = field.end;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Decode a length-delimited field as UTF-8, reading at most `maxBytes` of it. */
export function readString(src: ByteSource, field: WireField, maxBytes = 4096): { text: string; truncated: boolean } {
  const length = field.end - field.start;
  const take = Math.min(length, maxBytes);
  return { text: utf8.decode(src.read(field.start, take)), truncated: take < length };
}

/** Copy at most `maxBytes` of a length-delimited field. */
export function readBytes(src: ByteSource, field: WireField, maxBytes: number): Uint8Array {
  return src.read(field.start, Math.min(field.end - field.start, maxBytes)).slice();
}

/**
 * The values of a repeated varint field, packed (type 2) or not (type 0), as exact bigints;
 * at most `max` values are read.
 */
export function readPackedVarints(src: ByteSource, field: WireField, max: number): bigint[] {
  if (field.wireType === 0) return [readVarintBig(src, field.start, field.end).value];
  if (field.wireType !== 2) throw new WireError(`field ${field.number} is not a varint`, field.offset);
  const out: bigint[] = [];
  let pos = field.start;
  while (pos < field.end && out.length < max) {
    const v = readVarintBig(src, pos, field.end);
    out.push(v.value);
    pos = v.next;
  }
  return out;
}
