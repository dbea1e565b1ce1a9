/**
 * The right edge of an RFC 6962 Merkle tree as it grows (a compact range from leaf 0): the roots
 * of the perfect subtrees that make up a tree of `size` leaves, one per set bit of the size,
 * largest first. Appending a leaf costs O(1) amortised node hashes (at most log2 n), memory is
 * O(log n), and the root is a right-to-left fold of the edge — so a log of millions of entries
 * keeps a few dozen hashes, never its leaves.
 */
import { createHash } from 'node:crypto';
import { nodeHash } from '../manifest/merkle.js';

/** Bytes of a SHA-256 hash. */
export const HASH_BYTES = 32;

/** The root of the empty tree: SHA-256 of nothing (RFC 9162 §2.1.1). */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** Number of set bits of a non-negative safe integer. */
export function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v > 0; v = Math.floor(v / 2)) count += v % 2;
  return count;
}

/** A growing Merkle tree that keeps only its right edge. */
export class MerkleFrontier {
  #size = 0;
  /** Roots of the perfect subtrees, left to right (sizes are the set bits of #size, largest first). */
  readonly #edge: Buffer[] = [];

  /** Number of leaves appended. */
  get size(): number {
    return this.#size;
  }

  /**
   * Continue a tree from its saved edge (see {@link hashes}). Throws a RangeError when the
   * number of hashes does not match the size or a hash is not 32 bytes.
   */
  static restore(size: number, hashes: readonly Uint8Array[]): MerkleFrontier {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`a tree size is a whole number ≥ 0, not ${size}`);
    if (hashes.length !== bitCount(size)) throw new RangeError(`a tree of ${size} leaves has ${bitCount(size)} edge hashes, not ${hashes.length}`);
    const frontier = new MerkleFrontier();
    for (const h of hashes) {
      if (h.length !== HASH_BYTES) throw new RangeError(`an edge hash is ${HASH_BYTES} bytes, not ${h.length}`);
      frontier.#edge.push(Buffer.from(h));
    }
    frontier.#size = size;
    return frontier;
  }

  /** Append the leaf hash (SHA-256(0x00 ‖ entry)) of the next entry. */
  append(leafHash: Uint8Array): void {
    let hash = Buffer.isBuffer(leafHash) ? leafHash : Buffer.from(leafHash);
    // Each trailing 1 bit of the size is a perfect subtree of the same height as `hash`: merge.
    for (let n = this.#size; n % 2 === 1; n = (n - 1) / 2) hash = nodeHash(this.#edge.pop()!, hash);
    this.#edge.push(hash);
    this.#size++;
  }

  /** The Merkle tree hash (RFC 9162 §2.1.1) of the leaves appended so far. */
  root(): Buffer {
    const edge = this.#edge;
    if (edge.length === 0) return EMPTY_ROOT;
    let root = edge[edge.length - 1]!;
    for (let i = edge.length - 2; i >= 0; i--) root = nodeHash(edge[i]!, root);
    return root;
  }

  /** A copy of the edge, for {@link MerkleFrontier.restore}. */
  hashes(): Buffer[] {
    return this.#edge.slice();
  }

  /** An independent copy. */
  clone(): MerkleFrontier {
    return MerkleFrontier.restore(this.#size, this.#edge);
  }
}
