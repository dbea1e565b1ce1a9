import { isInert, LOST, type Sym } from './values.js';

/** Memo entries kept in all; past this, new data entries are dropped (code references never are). */
const MAX_ENTRIES = 8_000_000;
/** Approximate bytes of kept string text; past this, new strings are dropped. */
const MAX_TEXT_BYTES = 96 << 20;
/** Keys this far past the dense part go to the sparse map instead of growing the array. */
const DENSE_SLACK = 1 << 16;

/**
 * The pickle memo. Keys written in order (MEMOIZE, and what picklers emit for PUT) go to a
 * dense array; a hostile key such as 0xFFFFFFFF goes to a map instead of allocating an array
 * that large (CPython's own unpickler grows its memo array to the key, a memory DoS).
 *
 * Memory is bounded: past the budget, data values are stored as {@link LOST}; references to
 * globals and call results are always kept, since they are what findings are about.
 */
export class Memo {
  private readonly dense: (Sym | undefined)[] = [];
  private readonly sparse = new Map<number, Sym>();
  private textBytes = 0;
  /** Number of distinct keys (what MEMOIZE uses as its next key). */
  size = 0;
  /** Whether values were dropped to stay in budget. */
  dropped = false;

  /** Store `value` under `key` (a non-negative integer). */
  set(key: number, value: Sym): void {
    let v = value;
    if (this.size >= MAX_ENTRIES || this.textBytes > MAX_TEXT_BYTES) {
      if (isInert(v)) {
        v = LOST;
        this.dropped = true;
      }
    } else if (typeof v === 'string') {
      this.textBytes += v.length + 16;
    }
    if (key < this.dense.length + DENSE_SLACK && key < MAX_ENTRIES) {
      if (key >= this.dense.length) {
        // Only sequential or near-sequential keys reach here, so the holes stay small.
        while (this.dense.length < key) this.dense.push(undefined);
        this.dense.push(v);
        this.size++;
        return;
      }
      if (this.dense[key] === undefined) this.size++;
      this.dense[key] = v;
      return;
    }
    if (!this.sparse.has(key)) {
      if (this.sparse.size >= MAX_ENTRIES) {
        this.dropped = true;
        return;
      }
      this.size++;
    }
    this.sparse.set(key, v);
  }

  /** The value under `key`, or undefined when there is none (CPython raises then). */
  get(key: number): Sym | undefined {
    if (key < this.dense.length) return this.dense[key];
    return this.sparse.get(key);
  }

  /** Forget everything (each pickle of a file has its own memo). */
  clear(): void {
    this.dense.length = 0;
    this.sparse.clear();
    this.size = 0;
    this.textBytes = 0;
  }
}
