/**
 * Near-duplicate pairs among text rows: MinHash signatures of the character shingles, banded
 * into LSH buckets (Broder 1997; Leskovec, Rajaraman & Ullman, Mining of Massive Datasets,
 * ch. 3), then each candidate pair checked with its exact Jaccard similarity.
 *
 * With 32 bands of 4 hashes a pair with Jaccard similarity 0.7 becomes a candidate with
 * probability 1 − (1 − 0.7⁴)³² ≈ 0.9998, and a pair at 0.3 with probability about 0.23.
 *
 * Short texts are also indexed by their one-character deletions, so that texts one typo apart
 * meet, and compared by edit distance: a typo in a ten-letter message changes most of its
 * shingles but only a tenth of its characters.
 */
import { createRng } from '../../../stats/index.js';
import type { ComparisonBudget } from './budget.js';
import { deletionKeys, editSimilarity } from './edit-distance.js';
import { mix32 } from './hashing.js';
import type { NearPair } from './numeric-pairs.js';
import { jaccard, squaredDistance, type RowSpace } from './row-space.js';

const bands = 32;
const rowsPerBand = 4;
const hashes = bands * rowsPerBand;

function signature(shingles: Uint32Array, salts: Uint32Array): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  for (const s of shingles) {
    for (let h = 0; h < hashes; h++) {
      const v = mix32(s ^ salts[h]!);
      if (v < sig[h]!) sig[h] = v;
    }
  }
  return sig;
}

/**
 * All pairs of `rows` whose text has Jaccard similarity ≥ `threshold` (found with high
 * probability), with equal group keys and, when the space has numeric dimensions, within
 * `radius` (when given). Similarity is the Jaccard similarity.
 */
export function textNearPairs(space: RowSpace, rows: readonly number[], threshold: number, budget: ComparisonBudget, options: { seed: number; radius?: number; accept?: (a: number, b: number) => boolean }): NearPair[] {
  const shingles = space.shingles;
  if (!shingles) return [];
  const rng = createRng(options.seed);
  const salts = Uint32Array.from({ length: hashes }, () => Math.floor(rng() * 4294967296));
  const buckets = new Map<string, number[]>();
  for (const r of rows) {
    const sh = shingles[r];
    if (!sh) continue;
    const sig = signature(sh, salts);
    for (let b = 0; b < bands; b++) {
      const key = `${b}\u001e${space.groupKeys[r]}\u001e${sig.subarray(b * rowsPerBand, (b + 1) * rowsPerBand).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r);
      else buckets.set(key, [r]);
    }
    const short = space.shortTexts?.[r];
    // Very short texts only meet their exact copies: one letter is too much of them.
    if (!short || short.length < 5) continue;
    for (const variant of deletionKeys(short)) {
      const key = `d\u001e${space.groupKeys[r]}\u001e${variant}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r);
      else buckets.set(key, [r]);
    }
  }
  const seen = new Set<number>();
  const pairs: NearPair[] = [];
  const n = space.size;
  const r2 = options.radius === undefined ? Infinity : options.radius * options.radius;
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = Math.min(bucket[i]!, bucket[j]!);
        const b = Math.max(bucket[i]!, bucket[j]!);
        const id = a * n + b;
        if (seen.has(id) || (options.accept && !options.accept(a, b))) continue;
        seen.add(id);
        if (!budget.take()) return pairs;
        let sim = jaccard(shingles[a]!, shingles[b]!);
        const shortA = space.shortTexts?.[a];
        const shortB = space.shortTexts?.[b];
        if (sim < threshold && shortA && shortB) sim = Math.max(sim, editSimilarity(shortA, shortB));
        if (sim < threshold) continue;
        if (space.dims > 0 && squaredDistance(space, a, b) > r2) continue;
        pairs.push({ a, b, similarity: sim });
      }
    }
  }
  return pairs;
}
