import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProof, leafHash, merkleRoot } from '../manifest/merkle.js';
import { MerkleFrontier } from './frontier.js';
import { auditPath, consistencyFromEdge, consistencyProof, consistencyRanges, edgeRanges, inclusionRanges } from './proof-plan.js';
import { verifyConsistency, verifyInclusionProof } from './verify-proof.js';

const leavesOf = (n: number, salt: number) => Array.from({ length: n }, (_, i) => leafHash(createHash('sha256').update(`${salt}:${i}`).digest()));
const rootOf = (leaves: Buffer[], size: number) => merkleRoot(leaves.slice(0, size));

/** A tree size n and m ≤ n, both ≥ 1. */
const sizes = fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n })));

/** Flip one bit of one hash of a proof. */
function flipped(proof: Buffer[], which: number, bit: number): Buffer[] {
  return proof.map((h, i) => {
    if (i !== which) return h;
    const copy = Buffer.from(h);
    copy[bit >> 3]! ^= 1 << (bit & 7);
    return copy;
  });
}

describe('Merkle proofs (properties)', () => {
  it('the incrementally kept root equals the recursive tree hash for every size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.nat(), (n, salt) => {
        const leaves = leavesOf(n, salt);
        const tree = new MerkleFrontier();
        for (const leaf of leaves) tree.append(leaf);
        expect(tree.root().equals(merkleRoot(leaves))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('inclusion proofs verify, match the recursive audit path, and fail for a changed leaf, index, root or proof hash', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(), fc.nat({ max: 255 }), ([n, m], salt, pick, bit) => {
        const leaves = leavesOf(n, salt);
        const index = m - 1;
        const root = rootOf(leaves, n);
        const proof = auditPath(leaves, index, n);
        expect(proof).toEqual(inclusionProof(leaves, index));
        expect(proof.length).toBe(inclusionRanges(index, n).length);
        expect(verifyInclusionProof(leaves[index]!, index, n, proof, root)).toBe(true);
        // Any other leaf, or the same leaf claimed at another place, does not verify.
        const other = leavesOf(1, salt + 1)[0]!;
        expect(verifyInclusionProof(other, index, n, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusionProof(leaves[index]!, (index + 1 + (pick % (n - 1))) % n, n, proof, root)).toBe(false);
        expect(verifyInclusionProof(leaves[index]!, index, n, proof, flipped([root], 0, bit)[0]!)).toBe(false);
        if (proof.length > 0) {
          expect(verifyInclusionProof(leaves[index]!, index, n, flipped(proof, pick % proof.length, bit), root)).toBe(false);
          expect(verifyInclusionProof(leaves[index]!, index, n, proof.slice(1), root)).toBe(false);
          expect(verifyInclusionProof(leaves[index]!, index, n, proof.slice(0, -1), root)).toBe(false);
        }
        expect(verifyInclusionProof(leaves[index]!, index, n, [...proof, root], root)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('consistency proofs verify and fail for a changed old leaf, root or proof hash', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(), fc.nat({ max: 255 }), ([n, m], salt, pick, bit) => {
        const leaves = leavesOf(n, salt);
        const root1 = rootOf(leaves, m);
        const root2 = rootOf(leaves, n);
        const proof = consistencyProof(leaves, m, n);
        expect(proof.length).toBe(consistencyRanges(m, n).length);
        expect(verifyConsistency(m, n, proof, root1, root2)).toBe(true);
        // A log that rewrote an entry of the old tree cannot prove it extends it.
        const rewritten = leaves.slice();
        rewritten[pick % m] = leavesOf(1, salt + 7)[0]!;
        expect(verifyConsistency(m, n, consistencyProof(rewritten, m, n), root1, rootOf(rewritten, n))).toBe(false);
        expect(verifyConsistency(m, n, proof, flipped([root1], 0, bit)[0]!, root2)).toBe(false);
        expect(verifyConsistency(m, n, proof, root1, flipped([root2], 0, bit)[0]!)).toBe(false);
        if (proof.length > 0) {
          expect(verifyConsistency(m, n, flipped(proof, pick % proof.length, bit), root1, root2)).toBe(false);
          expect(verifyConsistency(m, n, proof.slice(0, -1), root1, root2)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('builds the same consistency proof from the old tree\'s edge and the new leaves only', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), ([n, m], salt) => {
        const leaves = leavesOf(n, salt);
        const old = new MerkleFrontier();
        for (const leaf of leaves.slice(0, m)) old.append(leaf);
        expect(edgeRanges(m).map(([a, b]) => rootOf(leaves.slice(a, b), b - a))).toEqual(old.hashes());
        const { tail, proof } = consistencyFromEdge(m, n, old.hashes());
        for (let i = m; i < n; i++) tail.add(i, leaves[i]!);
        expect(proof()).toEqual(consistencyProof(leaves, m, n));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses impossible sizes instead of building a proof', () => {
    expect(() => inclusionRanges(5, 5)).toThrow(/not in a tree of 5/);
    expect(() => inclusionRanges(0, 0)).toThrow(RangeError);
    expect(() => consistencyRanges(0, 3)).toThrow(RangeError);
    expect(() => consistencyRanges(4, 3)).toThrow(RangeError);
    expect(() => auditPath(leavesOf(3, 1), 1, 4)).toThrow(/needs 4 leaves/);
    expect(verifyConsistency(0, 0, [], Buffer.alloc(32), Buffer.alloc(32))).toBe(false);
    expect(verifyInclusionProof(Buffer.alloc(32), Number.NaN, 1, [], Buffer.alloc(32))).toBe(false);
  });
});
