/**
 * Remembering a key's recent distinct queries by a 53-bit hash of their exact values, so exact
 * repeats (retries, cache misses) are left out of every signal. PRADA in particular alarms on a
 * benign client that repeats itself (a distance of 0 is far from normal).
 */

/** A 53-bit hash of the exact bits of `row` (two FNV-1a passes over its 32-bit words). */
export function hashRow(row: Float64Array): number {
  const words = new Uint32Array(row.buffer, row.byteOffset, row.length * 2);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ row.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ (w >>> 16) ^ (w << 16), 0x0100_0193 + 2);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** The last `capacity` distinct hashes seen (first in, first out). */
export class RecentHashes {
  private readonly seen = new Set<number>();
  private readonly ring: Float64Array;
  private head = 0;

  constructor(readonly capacity: number) {
    this.ring = new Float64Array(capacity);
  }

  /** True when `hash` was seen (and is still remembered); otherwise remember it and return false. */
  repeat(hash: number): boolean {
    if (this.capacity === 0) return false;
    if (this.seen.has(hash)) return true;
    if (this.seen.size >= this.capacity) this.seen.delete(this.ring[this.head]!);
    this.ring[this.head] = hash;
    this.head = (this.head + 1) % this.capacity;
    this.seen.add(hash);
    return false;
  }

  get size(): number {
    return this.seen.size;
  }
}
