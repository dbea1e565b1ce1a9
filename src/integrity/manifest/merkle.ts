/**
 * Merkle trees over row chunks, exactly as RFC 6962 (Certificate Transparency) defines them:
 * leaves are hashed with a 0x00 prefix and inner nodes with 0x01, so a leaf can never be
 * passed off as a node (the second-preimage attack on naive Merkle trees), and trees of any
 * size split at the largest power of two below it.
 */
import { createHash, hash, type Hash } from 'node:crypto';

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** A SHA-256 hasher with the leaf prefix already fed, for hashing a chunk as it streams past. */
export function createLeafHasher(): Hash {
  return createHash('sha256').update(LEAF_PREFIX);
}

/** The RFC 6962 leaf hash of `data`: SHA-256(0x00 ‖ data). */
export function leafHash(data: Uint8Array): Buffer {
  return createLeafHasher().update(data).digest();
}

// The input of an inner node hash of two SHA-256 digests, reused: one-shot hash() of 65 bytes
// costs about half of a Hash object fed three times (a Merkle log hashes about one node per entry).
const nodeInput = Buffer.alloc(65);
nodeInput[0] = 0x01;

/** The RFC 6962 inner node hash: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== 32 || right.length !== 32) return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
  nodeInput.set(left, 1);
  nodeInput.set(right, 33);
  return hash('sha256', nodeInput, 'buffer');
}

/** Largest power of two strictly below `n` (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The Merkle tree hash (MTH) of a list of leaf hashes. The empty tree is SHA-256 of nothing.
 *
 * @example
 * merkleRoot([leafHash(chunk0), leafHash(chunk1)]).toString('hex')
 */
export function merkleRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  return rootOf(leaves, 0, leaves.length);
}

function rootOf(leaves: readonly Uint8Array[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 1) return Buffer.from(leaves[from]!);
  const k = splitPoint(n);
  return nodeHash(rootOf(leaves, from, from + k), rootOf(leaves, from + k, to));
}

/**
 * The audit path of leaf `index` (RFC 6962 §2.1.1): the sibling hashes from the leaf up, with
 * which anyone holding the root can check that one chunk belongs to the tree.
 */
export function inclusionProof(leaves: readonly Uint8Array[], index: number): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  const proof: Buffer[] = [];
  collectPath(leaves, index, 0, leaves.length, proof);
  return proof;
}

function collectPath(leaves: readonly Uint8Array[], m: number, from: number, to: number, out: Buffer[]): void {
  const n = to - from;
  if (n === 1) return;
  const k = splitPoint(n);
  if (m < k) {
    collectPath(leaves, m, from, from + k, out);
    out.push(rootOf(leaves, from + k, to));
  } else {
    collectPath(leaves, m - k, from + k, to, out);
    out.push(rootOf(leaves, from, from + k));
  }
}

/**
 * Check an audit path (RFC 9162 §2.1.3.2): whether `leaf` is leaf `index` of the tree of
 * `size` leaves whose root is `root`.
 */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(Buffer.from(root));
}
