import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leafHash, merkleRoot } from '../manifest/merkle.js';
import { EMPTY_ROOT, MerkleFrontier } from './frontier.js';
import { auditPath, consistencyProof } from './proof-plan.js';
import { verifyConsistency, verifyInclusionProof } from './verify-proof.js';

// The leaves and the roots of the trees of 0..8 of them published with transparency-dev/merkle
// (testonly/constants.go), the reference test data of RFC 6962 implementations.
const leafInputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const roots = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// Edge hashes (compact trees) for sizes 3 and 7.
const edge3 = ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125', '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7'];
const edge7 = ['d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7', '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f'];

interface InclusionVector { leafIdx: number | string; treeSize: number; root: string; leafHash: string; proof: string[] | null; desc: string; wantErr: boolean; file: string }
interface ConsistencyVector { size1: number; size2: number; root1: string; root2: string; proof: string[] | null; desc: string; wantErr: boolean; file: string }
const vectors = JSON.parse(readFileSync(new URL('./testdata/transparency-dev-vectors.json', import.meta.url), 'utf8')) as { inclusion: InclusionVector[]; consistency: ConsistencyVector[] };
const b64 = (s: string) => Buffer.from(s, 'base64');
const leaves = leafInputs.map((d) => leafHash(d));

// Vectors where this implementation is deliberately stricter: it refuses hashes that are not
// 32 bytes even when both roots are equal (the reference accepts any equal byte strings).
const stricter = new Set(['consistency/additional/sizes-are-equal-one-and-proof-is-empty.json']);

describe('Merkle tree hash (RFC 6962 test data)', () => {
  it('gives the published root of every tree of 0 to 8 leaves, incrementally and at once', () => {
    const tree = new MerkleFrontier();
    expect(tree.root().toString('hex')).toBe(roots[0]);
    expect(EMPTY_ROOT.toString('hex')).toBe(roots[0]);
    leaves.forEach((leaf, i) => {
      tree.append(leaf);
      expect(tree.size).toBe(i + 1);
      expect(tree.root().toString('hex')).toBe(roots[i + 1]);
      expect(merkleRoot(leaves.slice(0, i + 1)).toString('hex')).toBe(roots[i + 1]);
      if (i + 1 === 3) expect(tree.hashes().map((h) => h.toString('hex'))).toEqual(edge3);
      if (i + 1 === 7) expect(tree.hashes().map((h) => h.toString('hex'))).toEqual(edge7);
    });
  });

  it('continues from a saved edge to the same roots, and refuses an edge of the wrong shape', () => {
    const tree = new MerkleFrontier();
    for (const leaf of leaves.slice(0, 5)) tree.append(leaf);
    const restored = MerkleFrontier.restore(5, tree.hashes());
    for (const leaf of leaves.slice(5)) restored.append(leaf);
    expect(restored.root().toString('hex')).toBe(roots[8]);
    expect(() => MerkleFrontier.restore(5, tree.hashes().slice(1))).toThrow(/has 2 edge hashes, not 1/);
    expect(() => MerkleFrontier.restore(1, [Buffer.alloc(31)])).toThrow(/32 bytes/);
    expect(() => MerkleFrontier.restore(-1, [])).toThrow(RangeError);
  });
});

describe('inclusion proofs (transparency-dev/merkle test vectors)', () => {
  it.each(vectors.inclusion.map((v) => [v.file, v] as const))('%s', (_file, v) => {
    const index = typeof v.leafIdx === 'string' ? Number.MAX_SAFE_INTEGER + 2 : v.leafIdx;
    const ok = verifyInclusionProof(b64(v.leafHash), index, v.treeSize, (v.proof ?? []).map(b64), b64(v.root));
    expect(ok).toBe(!v.wantErr);
    // A published valid proof over the reference leaves is exactly the proof built here.
    const size = roots.indexOf(b64(v.root).toString('hex'));
    if (!v.wantErr && size === v.treeSize && leaves[index]?.equals(b64(v.leafHash))) {
      expect(auditPath(leaves, index, v.treeSize).map((h) => h.toString('base64'))).toEqual(v.proof ?? []);
    }
  });
  it('covers valid and invalid cases, and reproduces the published proofs over the reference leaves', () => {
    const reproducible = vectors.inclusion.filter((v) => !v.wantErr && roots.indexOf(b64(v.root).toString('hex')) === v.treeSize && typeof v.leafIdx === 'number' && leaves[v.leafIdx]?.equals(b64(v.leafHash)));
    expect(reproducible.length).toBeGreaterThanOrEqual(4);
    for (const v of reproducible) expect(auditPath(leaves, v.leafIdx as number, v.treeSize).map((h) => h.toString('base64'))).toEqual(v.proof ?? []);
    const consistent = vectors.consistency.filter((v) => !v.wantErr && v.size1 < v.size2 && roots[v.size2] === b64(v.root2).toString('hex'));
    expect(consistent.length).toBeGreaterThanOrEqual(4);
    for (const v of consistent) expect(consistencyProof(leaves, v.size1, v.size2).map((h) => h.toString('base64'))).toEqual(v.proof ?? []);
    expect(vectors.inclusion.filter((v) => !v.wantErr).length).toBeGreaterThanOrEqual(5);
    expect(vectors.inclusion.filter((v) => v.wantErr).length).toBeGreaterThanOrEqual(80);
  });
});

describe('consistency proofs (transparency-dev/merkle test vectors)', () => {
  it.each(vectors.consistency.map((v) => [v.file, v] as const))('%s', (file, v) => {
    const ok = verifyConsistency(v.size1, v.size2, (v.proof ?? []).map(b64), b64(v.root1), b64(v.root2));
    expect(ok).toBe(stricter.has(file) ? false : !v.wantErr);
    if (!v.wantErr && roots[v.size2] === b64(v.root2).toString('hex') && roots[v.size1] === b64(v.root1).toString('hex')) {
      expect(consistencyProof(leaves, v.size1, v.size2).map((h) => h.toString('base64'))).toEqual(v.proof ?? []);
    }
  });
  it('builds a proof for every pair of sizes of the reference tree that verifies against the published roots', () => {
    for (let m = 1; m <= 8; m++) {
      for (let n = m; n <= 8; n++) {
        const proof = consistencyProof(leaves, m, n);
        expect(verifyConsistency(m, n, proof, Buffer.from(roots[m]!, 'hex'), Buffer.from(roots[n]!, 'hex'))).toBe(true);
      }
      for (let i = 0; i < m; i++) expect(verifyInclusionProof(leaves[i]!, i, m, auditPath(leaves, i, m), Buffer.from(roots[m]!, 'hex'))).toBe(true);
    }
  });
});
