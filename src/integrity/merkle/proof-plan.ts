/**
 * Which subtree hashes make up an inclusion or a consistency proof (RFC 9162 §2.1.3.1 and
 * §2.1.4.1), as leaf ranges, so the proof can be built in one streaming pass over the leaves
 * with O(log n) memory: {@link RangeHasher} computes the Merkle tree hash of every range as the
 * leaf hashes go by. The in-memory helpers build proofs from a list of leaf hashes (tests,
 * small trees).
 */
import { MerkleFrontier } from './frontier.js';

/** Leaves `start` (inclusive) to `end` (exclusive). */
export type LeafRange = readonly [start: number, end: number];

/** Largest power of two strictly below `n` (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function checkSize(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be a whole number ≥ ${min}, not ${value}`);
}

/**
 * The ranges whose tree hashes form the audit path of leaf `index` in the tree of `size`
 * leaves, in proof order (from the leaf up).
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  checkSize('the tree size', size, 1);
  checkSize('the leaf index', index, 0);
  if (index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  const out: LeafRange[] = [];
  let lo = 0;
  let hi = size;
  const upward: LeafRange[] = [];
  while (hi - lo > 1) {
    const k = split(hi - lo);
    if (index < lo + k) {
      upward.push([lo + k, hi]);
      hi = lo + k;
    } else {
      upward.push([lo, lo + k]);
      lo += k;
    }
  }
  // Collected from the root down; the proof lists them from the leaf up.
  for (let i = upward.length - 1; i >= 0; i--) out.push(upward[i]!);
  return out;
}

/**
 * The ranges whose tree hashes form the consistency proof from the tree of `from` leaves to
 * the tree of `to` leaves (0 < from ≤ to), in proof order. Empty when from = to.
 */
export function consistencyRanges(from: number, to: number): LeafRange[] {
  checkSize('the first tree size', from, 1);
  checkSize('the second tree size', to, from);
  const downward: LeafRange[] = [];
  let m = from;
  let lo = 0;
  let hi = to;
  let whole = true; // SUBPROOF's flag b: the current subtree is a prefix the verifier already knows
  while (m !== hi - lo) {
    const k = split(hi - lo);
    if (m <= k) {
      downward.push([lo + k, hi]);
      hi = lo + k;
    } else {
      downward.push([lo, lo + k]);
      lo += k;
      m -= k;
      whole = false;
    }
  }
  const out: LeafRange[] = [];
  if (!whole) out.push([lo, hi]);
  for (let i = downward.length - 1; i >= 0; i--) out.push(downward[i]!);
  return out;
}

/**
 * Computes the Merkle tree hash of several disjoint leaf ranges while the leaf hashes are fed
 * in index order, once each. Memory: O(log n) hashes per range.
 */
export class RangeHasher {
  readonly #ranges: { range: LeafRange; slot: number; tree: MerkleFrontier }[];
  readonly #results: Buffer[];
  #next = 0;
  #at = 0;

  /** `start`: the index of the first leaf that will be fed (ranges must not begin before it). */
  constructor(ranges: readonly LeafRange[], start = 0) {
    const sorted = ranges.map((range, slot) => ({ range, slot, tree: new MerkleFrontier() })).sort((a, b) => a.range[0] - b.range[0]);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.range[0] < sorted[i - 1]!.range[1]) throw new RangeError('proof ranges overlap');
    }
    for (const r of sorted) if (!(r.range[0] < r.range[1]) || r.range[0] < start) throw new RangeError(`proof range ${r.range[0]}..${r.range[1]} is empty or starts before leaf ${start}`);
    this.#ranges = sorted;
    this.#at = start;
    this.#results = new Array<Buffer>(ranges.length);
  }

  /** Index of the first leaf any range still needs (feeding can stop once it is Infinity). */
  get needs(): number {
    return this.#next < this.#ranges.length ? Math.max(this.#at, this.#ranges[this.#next]!.range[0]) : Infinity;
  }

  /** Feed leaf `index` (indexes must increase by one from `start`). */
  add(index: number, leafHash: Uint8Array): void {
    if (index !== this.#at) throw new RangeError(`leaf ${index} fed where leaf ${this.#at} was expected`);
    this.#at++;
    const current = this.#ranges[this.#next];
    if (current === undefined || index < current.range[0]) return;
    current.tree.append(leafHash);
    if (index + 1 === current.range[1]) {
      this.#results[current.slot] = current.tree.root();
      this.#next++;
    }
  }

  /** The hashes in the order the ranges were given; throws when a range was not fed to its end. */
  results(): Buffer[] {
    if (this.#next < this.#ranges.length) throw new RangeError(`leaves up to ${this.#ranges[this.#next]!.range[1] - 1} are needed, only ${this.#at} were fed`);
    return this.#results.slice();
  }
}

/**
 * The leaf ranges of the perfect subtrees a tree of `size` leaves keeps as its right edge
 * (see MerkleFrontier), largest first. The nodes of a consistency proof from `size` that lie
 * before leaf `size` are exactly some of these.
 */
export function edgeRanges(size: number): LeafRange[] {
  checkSize('the tree size', size, 0);
  const out: LeafRange[] = [];
  let start = 0;
  let bit = 1;
  while (bit * 2 <= size) bit *= 2;
  for (; bit >= 1; bit /= 2) {
    if (Math.floor((size - start) / bit) >= 1 && start + bit <= size) {
      out.push([start, start + bit]);
      start += bit;
    }
  }
  return out;
}

/**
 * The consistency proof from `from` to `to` leaves, from the right edge of the `from` tree and
 * the leaves after it: `edge` are the hashes of {@link edgeRanges}(from), and `tail` hashes the
 * ranges at or after leaf `from` (fed with leaves from..to-1). Returns the ranges `tail` must
 * be built with and a function assembling the proof once it is fed.
 */
export function consistencyFromEdge(from: number, to: number, edge: readonly Uint8Array[]): { tail: RangeHasher; proof: () => Buffer[] } {
  const ranges = consistencyRanges(from, to);
  const known = edgeRanges(from);
  if (edge.length !== known.length) throw new RangeError(`a tree of ${from} leaves has ${known.length} edge hashes, not ${edge.length}`);
  const right = ranges.filter((r) => r[0] >= from);
  const tail = new RangeHasher(right, from);
  return {
    tail,
    proof: () => {
      const hashed = tail.results();
      let next = 0;
      return ranges.map((r) => {
        if (r[0] >= from) return hashed[next++]!;
        const at = known.findIndex((k) => k[0] === r[0] && k[1] === r[1]);
        if (at < 0) throw new RangeError(`proof range ${r[0]}..${r[1]} is not on the edge of a tree of ${from} leaves`);
        return Buffer.from(edge[at]!);
      });
    },
  };
}

/** Hash the ranges over an in-memory list of leaf hashes. */
export function hashRanges(leaves: readonly Uint8Array[], ranges: readonly LeafRange[]): Buffer[] {
  const hasher = new RangeHasher(ranges);
  const end = Math.max(0, ...ranges.map((r) => r[1]));
  if (end > leaves.length) throw new RangeError(`the proof needs ${end} leaves, only ${leaves.length} were given`);
  for (let i = 0; i < end; i++) hasher.add(i, leaves[i]!);
  return hasher.results();
}

/** The consistency proof between the first `from` and the first `to` leaves of `leaves`. */
export function consistencyProof(leaves: readonly Uint8Array[], from: number, to: number): Buffer[] {
  return hashRanges(leaves, consistencyRanges(from, to));
}

/** The audit path of leaf `index` in the tree of the first `size` leaves of `leaves`. */
export function auditPath(leaves: readonly Uint8Array[], index: number, size: number): Buffer[] {
  return hashRanges(leaves, inclusionRanges(index, size));
}
