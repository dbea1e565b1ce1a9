/**
 * A reused buffer of UTF-16 units. The detector's readers copy a text's units into one (one
 * native copy: a typed array reads faster than `charCodeAt`, and nothing is allocated per call
 * once it is large enough). Each reader keeps its own, since its units must stay valid while it
 * reads, whatever the other readers copy meanwhile.
 */
export class UnitBuffer {
  private bytes: Buffer = Buffer.alloc(0);

  /** The buffer, grown to hold at least `units` units (at least doubling, never under 2,048), its first `keep` units kept. */
  reserve(units: number, keep = 0): Buffer {
    const need = 2 * units;
    if (this.bytes.length < need) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.bytes.length, 4096));
      this.bytes.copy(grown, 0, 0, 2 * keep);
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Write `part`'s units after the first `size` units (growing the buffer, keeping them); returns the new size. */
  append(part: string, size: number): number {
    this.reserve(size + part.length, size).write(part, 2 * size, 2 * part.length, 'utf16le');
    return size + part.length;
  }

  /** The first `size` units, valid until this buffer's next call. */
  view(size: number): Uint16Array {
    return new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, size);
  }

  /** The units of `text` from `start` to `end`, valid until this buffer's next call. */
  of(text: string, start = 0, end = text.length): Uint16Array {
    const n = end - start;
    const bytes = this.reserve(n);
    bytes.write(start === 0 && end === text.length ? text : text.slice(start, end), 0, 2 * n, 'utf16le');
    return new Uint16Array(bytes.buffer, bytes.byteOffset, n);
  }
}
