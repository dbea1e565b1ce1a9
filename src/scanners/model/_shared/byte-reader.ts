import type { ChunkInput } from './chunk-input.js';

/** Default window: big enough that sequential parsing rarely refills. */
export const DEFAULT_WINDOW_BYTES = 1 << 20;
/** The most a reader ever holds at once, whatever a file declares. */
export const MAX_WINDOW_BYTES = 64 << 20;

/**
 * A sequential reader over a {@link ChunkInput} through one bounded window. Hot parsers read
 * `buf[i]` directly after {@link ByteReader.need}; everything else goes through methods.
 *
 * Declared lengths are never allocated: {@link ByteReader.skip} jumps over payloads (without
 * reading them when the input is seekable) and {@link ByteReader.need} refuses more than
 * {@link MAX_WINDOW_BYTES}.
 */
export class ByteReader {
  /** The window; valid bytes are `[i, end)`. */
  buf: Uint8Array;
  /** Index in `buf` of the next unread byte. */
  i = 0;
  /** End of valid bytes in `buf`. */
  end = 0;
  /** Absolute position of `buf[0]`. */
  start: number;
  private readonly input: ChunkInput | undefined;
  private readonly maxWindow: number;
  private ended = false;

  /** Read `input` from absolute position `from` (0 by default). */
  constructor(input: ChunkInput | undefined, options: { from?: number; window?: number; maxWindow?: number; bytes?: Uint8Array } = {}) {
    this.input = input;
    this.start = options.from ?? 0;
    this.maxWindow = options.maxWindow ?? MAX_WINDOW_BYTES;
    if (options.bytes) {
      // Zero-copy mode over bytes already in memory: the whole array is the window.
      this.buf = options.bytes;
      this.end = options.bytes.length;
      this.ended = true;
    } else {
      const size = input?.size;
      const want = options.window ?? DEFAULT_WINDOW_BYTES;
      this.buf = new Uint8Array(Math.max(64, size === undefined ? want : Math.min(want, size - this.start + 16)));
    }
  }

  /** A reader over bytes in memory, without copying them; `base` is the absolute position of `bytes[0]`. */
  static over(bytes: Uint8Array, base = 0): ByteReader {
    return new ByteReader(undefined, { bytes, from: base });
  }

  /** Absolute position of the next unread byte. */
  get pos(): number {
    return this.start + this.i;
  }

  /** Total size of the input when known. */
  get size(): number | undefined {
    if (this.input === undefined) return this.start + this.end;
    return this.input.size;
  }

  /** Whether the input can jump to any position. */
  get seekable(): boolean {
    return this.input === undefined || this.input.seekable;
  }

  /** Bytes known to remain after the current position (Infinity when the size is unknown). */
  remaining(): number {
    const size = this.size;
    return size === undefined ? Infinity : Math.max(0, size - this.pos);
  }

  /** The input's reason for ending early, if any. */
  failure(): string | undefined {
    return this.input?.failure?.();
  }

  /**
   * Make `n` bytes available at `buf[i..i+n)`. Returns false at the end of the input or when
   * `n` exceeds the window limit; the bytes that do exist stay readable.
   */
  need(n: number): boolean {
    if (this.end - this.i >= n) return true;
    if (n > this.maxWindow) return false;
    return this.fill(n);
  }

  private fill(n: number): boolean {
    if (this.ended || this.input === undefined) return false;
    if (this.i > 0) {
      // Slide unread bytes to the front so the window never grows for sequential reads.
      this.buf.copyWithin(0, this.i, this.end);
      this.start += this.i;
      this.end -= this.i;
      this.i = 0;
    }
    if (n > this.buf.length) {
      let size = this.buf.length;
      while (size < n) size *= 2;
      const grown = new Uint8Array(Math.min(size, this.maxWindow));
      grown.set(this.buf.subarray(0, this.end));
      this.buf = grown;
    }
    while (this.end < n) {
      const got = this.input.readInto(this.start + this.end, this.buf, this.end, this.buf.length - this.end);
      if (got <= 0) {
        this.ended = true;
        return false;
      }
      this.end += got;
    }
    return true;
  }

  /** Read one byte, or -1 at the end. */
  u8(): number {
    if (this.i < this.end || this.need(1)) return this.buf[this.i++]!;
    return -1;
  }

  /** Little-endian unsigned integer of `width` bytes (≤ 8) as a number; -1 at the end. Values above 2^53 lose precision but stay huge. */
  uint(width: number): number {
    if (!this.need(width)) return -1;
    let value = 0;
    for (let k = width - 1; k >= 0; k--) value = value * 256 + this.buf[this.i + k]!;
    this.i += width;
    return value;
  }

  /** Little-endian signed 32-bit integer; undefined at the end. */
  i32(): number | undefined {
    if (!this.need(4)) return undefined;
    const b = this.buf;
    const v = b[this.i]! | (b[this.i + 1]! << 8) | (b[this.i + 2]! << 16) | (b[this.i + 3]! << 24);
    this.i += 4;
    return v;
  }

  /** A view of the next `n` bytes (valid until the next read), advancing past them; undefined if they are not all there. */
  take(n: number): Uint8Array | undefined {
    if (!this.need(n)) return undefined;
    const view = this.buf.subarray(this.i, this.i + n);
    this.i += n;
    return view;
  }

  /** A view of up to `n` bytes at the current position without advancing (shorter at the end). */
  peek(n: number): Uint8Array {
    this.need(Math.min(n, this.maxWindow));
    return this.buf.subarray(this.i, Math.min(this.end, this.i + n));
  }

  /**
   * Advance `n` bytes. Seekable inputs jump without reading; others read and discard.
   * Returns false (and stops at the end) when fewer than `n` bytes remain.
   */
  skip(n: number): boolean {
    const inWindow = this.end - this.i;
    if (n <= inWindow) {
      this.i += n;
      return true;
    }
    if (this.seekable && this.input !== undefined) {
      const target = this.pos + n;
      const size = this.input.size ?? Infinity;
      if (target > size) {
        this.jumpTo(size);
        return false;
      }
      this.jumpTo(target);
      return true;
    }
    let left = n;
    while (left > 0) {
      const have = this.end - this.i;
      if (have === 0 && !this.need(1)) return false;
      const step = Math.min(left, this.end - this.i);
      this.i += step;
      left -= step;
    }
    return true;
  }

  private jumpTo(position: number): void {
    this.start = position;
    this.i = 0;
    this.end = 0;
  }

  /**
   * Read a line ending in `\n`. Returns the bytes before the newline (at most `keep`; longer
   * lines are consumed but cut, with `cut` set), or undefined when the input ends first. The
   * bytes may be a view of the window: decode or copy them before the next read.
   */
  line(keep: number): { bytes: Uint8Array; cut: boolean } | undefined {
    const max = Math.min(keep, this.maxWindow - 1);
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.i);
      if (nl >= 0 && nl < this.end) {
        const len = nl - this.i;
        if (len <= max) {
          const bytes = this.buf.subarray(this.i, nl);
          this.i = nl + 1;
          return { bytes, cut: false };
        }
        const bytes = this.buf.slice(this.i, this.i + max);
        this.i = nl + 1;
        return { bytes, cut: true };
      }
      const have = this.end - this.i;
      if (have > max) return this.longLine(max);
      if (!this.need(have + 1)) return undefined;
    }
  }

  // A line longer than we keep: remember its start, then discard window after window.
  private longLine(max: number): { bytes: Uint8Array; cut: boolean } | undefined {
    const bytes = this.buf.slice(this.i, this.i + max);
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.i);
      if (nl >= 0 && nl < this.end) {
        this.i = nl + 1;
        return { bytes, cut: true };
      }
      this.i = this.end;
      if (!this.need(1)) return undefined;
    }
  }
}
