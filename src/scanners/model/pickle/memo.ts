import { BYTES, DATA_TEXT, isInert, LOST, type Sym } from './values.js';

/** Memo entries kept in all; past this nothing more is stored and the analysis is marked incomplete. */
const MAX_ENTRIES = 8_000_000;
/** Approximate bytes of kept string text; past this, new strings are dropped. */
const MAX_TEXT_BYTES = 96 << 20;
/** Strings that could name a module or an attribute (what STACK_GLOBAL and getattr need); others are data. */
const NAME_LIKE = /^[A-Za-z_][\w.]{0,255}$/;
/** Keys this far past the dense part go to the sparse map instead of growing the pages. */
const DENSE_SLACK = 1024;
/** Sparse keys kept; past this a hostile stream's PUTs are dropped. */
const MAX_SPARSE = 1_000_000;
/** Dense keys live in fixed pages: growing one huge array by push is slow (every growth copies it). */
const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;

/**
 * The pickle memo. Keys written in order (MEMOIZE, and what picklers emit for PUT) go to a
 * dense array; a hostile key such as 0xFFFFFFFF goes to a map instead of allocating an array
 * that large (CPython's own unpickler grows its memo array to the key, a memory DoS).
 *
 * Memory is bounded: strings that cannot name anything are kept only as {@link DATA_TEXT}, and
 * past the budget data values are stored as {@link LOST}; references to globals and call
 * results are always kept, since they are what findings are about.
 */
export class Memo {
  private readonly pages: (Sym | undefined)[][] = [];
  /** One past the highest dense key stored. */
  private denseLength = 0;
  private readonly sparse = new Map<number, Sym>();
  private textBytes = 0;
  /** Number of distinct keys (what MEMOIZE uses as its next key). */
  size = 0;
  /** Whether values were dropped to stay in budget. */
  dropped = false;

  /** Store `value` under `key` (a non-negative integer). */
  set(key: number, value: Sym): void {
    if (!(key >= 0 && Number.isSafeInteger(key))) return;
    let v = value;
    if (this.size >= MAX_ENTRIES) {
      // Nothing more is stored: a stream of a byte per MEMOIZE must not grow memory with the file.
      this.dropped = true;
      return;
    }
    if (this.textBytes > MAX_TEXT_BYTES) {
      if (isInert(v)) {
        v = LOST;
        this.dropped = true;
      }
    } else if (typeof v === 'string') {
      if (NAME_LIKE.test(v)) this.textBytes += v.length + 16;
      else v = DATA_TEXT;
    } else if (v.k === 'text') {
      v = DATA_TEXT;
    } else if (v.k === 'bytes' && v.text !== undefined) {
      if (NAME_LIKE.test(v.text)) this.textBytes += v.text.length + 32;
      else v = BYTES;
    }
    const index = key >>> PAGE_BITS;
    // Only near-sequential keys go to pages, and pages must stay well filled (a stream that
    // strides through keys would otherwise allocate a page per opcode).
    if (key < this.denseLength + DENSE_SLACK && key < MAX_ENTRIES && (index < this.pages.length || this.pages.length <= (this.size >> 8) + 1)) {
      while (this.pages.length <= index) this.pages.push(new Array<Sym | undefined>(PAGE));
      const page = this.pages[index]!;
      const slot = key & (PAGE - 1);
      if (page[slot] === undefined) this.size++;
      page[slot] = v;
      if (key >= this.denseLength) this.denseLength = key + 1;
      return;
    }
    if (!this.sparse.has(key)) {
      if (this.sparse.size >= MAX_SPARSE) {
        this.dropped = true;
        return;
      }
      this.size++;
    }
    this.sparse.set(key, v);
  }

  /** The value under `key`, or undefined when there is none (CPython raises then). */
  get(key: number): Sym | undefined {
    if (!(key >= 0)) return undefined;
    const dense = key < this.denseLength ? this.pages[key >>> PAGE_BITS]![key & (PAGE - 1)] : undefined;
    return dense ?? this.sparse.get(key);
  }

  /** Forget everything (each pickle of a file has its own memo). */
  clear(): void {
    this.pages.length = 0;
    this.denseLength = 0;
    this.sparse.clear();
    this.size = 0;
    this.textBytes = 0;
  }
}
