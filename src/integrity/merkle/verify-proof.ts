/**
 * Checking proofs against tree heads, exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2
 * (consistency) describe: with only the root hashes, anyone can check that an entry is in a
 * log, and that a later tree extends an earlier one without changing or dropping anything.
 * Every hash must be 32 bytes; anything malformed is `false`, never a throw.
 */
import { nodeHash, verifyInclusion } from '../manifest/merkle.js';
import { HASH_BYTES } from './frontier.js';

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_BYTES;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

/**
 * Whether `leafHash` is leaf `index` of the tree of `size` leaves whose root is `root`, by its
 * audit path `proof`.
 */
export function verifyInclusionProof(leafHash: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (!isHash(leafHash) || !isHash(root) || !proof.every(isHash)) return false;
  return verifyInclusion(leafHash, index, size, proof, root);
}

/**
 * Whether the tree of `size2` leaves with root `root2` extends the tree of `size1` leaves with
 * root `root1` (0 < size1 ≤ size2), by the consistency proof `proof`.
 */
export function verifyConsistency(size1: number, size2: number, proof: readonly Uint8Array[], root1: Uint8Array, root2: Uint8Array): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 1 || size2 < size1) return false;
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return false;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2);
  if (proof.length === 0) return false;
  // 2. A first tree that is a perfect subtree is not in the proof: the verifier has its root.
  const path: readonly Uint8Array[] = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = (fn - 1) / 2;
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = fr;
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}

function isPowerOfTwo(n: number): boolean {
  let v = n;
  while (v > 1 && v % 2 === 0) v /= 2;
  return v === 1;
}
