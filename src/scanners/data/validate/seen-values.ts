/**
 * The distinct values a `unique` check remembers: small non-negative integers (row ids, the
 * common case) as bits, any other value in a Set. The two never hold the same value, so the
 * count of values is their sum; equality is that of a Set (`0` and `-0` are one value, the
 * number `1` and the text `'1'` two).
 */
import type { Cell } from '../../../ml/index.js';

/** Largest integer kept as a bit, plus one: 2^24 bits are 2 MiB at most. */
const bitLimit = 1 << 24;

/** A set of non-null cells. */
export class SeenValues {
  private bits = new Uint32Array(0);
  private bitCount = 0;
  private readonly others = new Set<string | number | boolean>();

  /** Values held. */
  get size(): number {
    return this.bitCount + this.others.size;
  }

  /** Add a value; false when it was there already. */
  add(value: Exclude<Cell, null>): boolean {
    if (typeof value === 'number' && value >= 0 && value < bitLimit && Number.isInteger(value)) {
      const word = value >>> 5;
      if (word >= this.bits.length) this.grow(word);
      const mask = 1 << (value & 31);
      if ((this.bits[word]! & mask) !== 0) return false;
      this.bits[word]! |= mask;
      this.bitCount++;
      return true;
    }
    const size = this.others.size;
    return this.others.add(value).size !== size;
  }

  /** Whether a value is held. */
  has(value: Exclude<Cell, null>): boolean {
    if (typeof value === 'number' && value >= 0 && value < bitLimit && Number.isInteger(value)) {
      const word = value >>> 5;
      return word < this.bits.length && (this.bits[word]! & (1 << (value & 31))) !== 0;
    }
    return this.others.has(value);
  }

  private grow(word: number): void {
    const grown = new Uint32Array(Math.min(bitLimit >>> 5, Math.max(word + 1, this.bits.length * 2, 1024)));
    grown.set(this.bits);
    this.bits = grown;
  }
}
