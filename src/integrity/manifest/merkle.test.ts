import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inclusionProof, leafHash, merkleRoot, nodeHash, verifyInclusion } from './merkle.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Buffer => Buffer.from(s, 'hex');

// The Certificate Transparency reference inputs and tree heads for sizes 0..8 (RFC 6962).
const CT_DATA = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
const CT_ROOTS = [
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
const CT_LEAVES = CT_DATA.map(leafHash);

describe('merkle (RFC 6962)', () => {
  it('matches the reference root of every size 0..8', () => {
    for (let n = 0; n <= 8; n++) expect(hex(merkleRoot(CT_LEAVES.slice(0, n))), `size ${n}`).toBe(CT_ROOTS[n]);
  });

  it('matches the reference audit paths of leaves 0 and 5 in the tree of 8', () => {
    expect(inclusionProof(CT_LEAVES, 0).map(hex)).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(inclusionProof(CT_LEAVES, 5).map(hex)).toEqual([
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
  });

  it('separates leaves from nodes: a node hash given as a leaf does not give the same root', () => {
    const [a, b] = [leafHash(Buffer.from('a')), leafHash(Buffer.from('b'))];
    const root = merkleRoot([a, b]);
    // A naive tree would hash the concatenation of the children as a "leaf" to the same value.
    expect(hex(leafHash(Buffer.concat([a, b])))).not.toBe(hex(root));
    expect(hex(nodeHash(a, b))).toBe(hex(root));
  });

  it('hashes an inner node as SHA-256(0x01 ‖ left ‖ right), for digests and for other lengths, each result its own buffer', () => {
    const sha = (...parts: Uint8Array[]) => createHash('sha256').update(Buffer.concat(parts)).digest('hex');
    const a = Buffer.alloc(32, 0xaa);
    const b = Buffer.alloc(32, 0xbb);
    const first = nodeHash(a, b);
    const second = nodeHash(b, a);
    expect(hex(first)).toBe(sha(Buffer.from([1]), a, b));
    expect(hex(second)).toBe(sha(Buffer.from([1]), b, a));
    expect(hex(first)).not.toBe(hex(second));
    expect(hex(nodeHash(Buffer.from('ab'), Buffer.alloc(40, 7)))).toBe(sha(Buffer.from([1]), Buffer.from('ab'), Buffer.alloc(40, 7)));
  });

  it('refuses an audit path for a leaf outside the tree', () => {
    expect(() => inclusionProof(CT_LEAVES, 8)).toThrow(RangeError);
    expect(() => inclusionProof([], 0)).toThrow(RangeError);
  });
});

const chunks = fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: 1, maxLength: 70 });

describe('merkle properties', () => {
  it('every leaf proof verifies against the root, and fails at any other index or root', () => {
    fc.assert(
      fc.property(chunks, (data) => {
        const leaves = data.map(leafHash);
        const root = merkleRoot(leaves);
        leaves.forEach((leaf, i) => {
          const proof = inclusionProof(leaves, i);
          expect(verifyInclusion(leaf, i, leaves.length, proof, root)).toBe(true);
          expect(verifyInclusion(leaf, i, leaves.length, proof, leafHash(Buffer.from('other')))).toBe(false);
          if (leaves.length > 1) {
            const j = (i + 1) % leaves.length;
            // Placed at another index, a leaf can only verify if that index holds the same chunk.
            if (hex(leaves[j]!) !== hex(leaf)) expect(verifyInclusion(leaf, j, leaves.length, proof, root)).toBe(false);
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a proof with a flipped bit, or one hash short, does not verify', () => {
    fc.assert(
      fc.property(chunks, fc.nat(), fc.nat(), (data, pick, bit) => {
        fc.pre(data.length > 1);
        const leaves = data.map(leafHash);
        const root = merkleRoot(leaves);
        const i = pick % leaves.length;
        const proof = inclusionProof(leaves, i);
        const bad = proof.map((p) => Buffer.from(p));
        const which = bit % bad.length;
        bad[which]![Math.floor(bit / 8) % 32]! ^= 1 << bit % 8;
        expect(verifyInclusion(leaves[i]!, i, leaves.length, bad, root)).toBe(false);
        expect(verifyInclusion(leaves[i]!, i, leaves.length, proof.slice(0, -1), root)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('any single-byte change in one chunk changes the root, and only that leaf differs', () => {
    fc.assert(
      fc.property(chunks, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), (data, pick, at, delta) => {
        const i = pick % data.length;
        fc.pre(data[i]!.length > 0);
        const changed = data.map((c) => Uint8Array.from(c));
        const pos = at % changed[i]!.length;
        changed[i]![pos] = (changed[i]![pos]! + delta) % 256;
        const before = data.map(leafHash);
        const after = changed.map(leafHash);
        expect(hex(merkleRoot(after))).not.toBe(hex(merkleRoot(before)));
        const differing = before.flatMap((leaf, j) => (hex(leaf) === hex(after[j]!) ? [] : [j]));
        expect(differing).toEqual([i]);
        // The old proof of the changed leaf no longer verifies against the new root.
        expect(verifyInclusion(before[i]!, i, before.length, inclusionProof(before, i), merkleRoot(after))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
