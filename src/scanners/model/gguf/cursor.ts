import type { ByteSource } from '../_shared/protobuf-wire-source.js';

/** Reading ran past the end of the data, or met a value no valid file has. */
export class GgufFormatError extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.name = 'GgufFormatError';
    this.offset = offset;
  }
}

/**
 * A forward reader of little- or big-endian GGUF values over a {@link ByteSource}. Every read
 * checks the bytes remain; lengths are returned as bigints and checked by the caller before use.
 */
export class GgufCursor {
  pos = 0;

  constructor(
    readonly src: ByteSource,
    readonly littleEndian: boolean,
  ) {}

  /** Bytes left after the cursor. */
  get remaining(): number {
    return this.src.size - this.pos;
  }

  private view(width: number): DataView {
    if (this.remaining < width) throw new GgufFormatError(`needs ${width} more bytes but the data ends`, this.pos);
    const bytes = this.src.read(this.pos, width);
    this.pos += width;
    return new DataView(bytes.buffer, bytes.byteOffset, width);
  }

  u8(): number {
    return this.view(1).getUint8(0);
  }

  u32(): number {
    return this.view(4).getUint32(0, this.littleEndian);
  }

  u64(): bigint {
    return this.view(8).getBigUint64(0, this.littleEndian);
  }

  /** Skip `n` bytes after checking they exist. */
  skip(n: bigint | number): void {
    if (BigInt(n) > BigInt(this.remaining)) throw new GgufFormatError(`a value of ${n} bytes runs past the end of the data`, this.pos);
    this.pos += Number(n);
  }

  /** Read a string of `length` bytes, keeping at most `keep` of them decoded (the rest skipped). */
  string(length: bigint, keep: number): { text: string; truncated: boolean } {
    if (length > BigInt(this.remaining)) throw new GgufFormatError(`a string of ${length} bytes runs past the end of the data`, this.pos);
    const n = Number(length);
    const take = Math.min(n, keep);
    const text = take > 0 ? new TextDecoder('utf-8').decode(this.src.read(this.pos, take)) : '';
    this.pos += n;
    return { text, truncated: take < n };
  }
}
