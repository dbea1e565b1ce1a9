/**
 * Finds every occurrence of a fixed set of literal keywords in a text, in one pass over its
 * code units: each position's first four units (or fewer, for short keywords) are hashed into
 * a small table that lists the keywords starting with them, and only those are compared. On long
 * prose this costs a few table reads per character, where one regular expression alternating
 * hundreds of keywords costs tens of nanoseconds per character.
 */

/** Keywords of each length class, bucketed by a hash of their first units. */
interface Buckets {
  /** Bucket of each hash (0: empty), into `lists`. */
  readonly index: Int32Array;
  readonly lists: (readonly string[])[];
}

const ONE = 1;
const TWO = 2;
const THREE = 4;
const FOUR = 8;
const BITS = 16;
const MASK = (1 << BITS) - 1;

function hash1(c0: number): number {
  return c0 & MASK;
}
function hash2(c0: number, c1: number): number {
  return (c0 * 31 + c1) & MASK;
}
function hash3(c0: number, c1: number, c2: number): number {
  return ((c0 * 31 + c1) * 31 + c2) & MASK;
}
function hash4(c0: number, c1: number, c2: number, c3: number): number {
  return (((c0 * 31 + c1) * 31 + c2) * 31 + c3) & MASK;
}

function buckets(keywords: readonly string[], key: (k: string) => number): Buckets {
  const index = new Int32Array(1 << BITS);
  const lists: string[][] = [[]];
  for (const k of keywords) {
    const h = key(k);
    if (index[h] === 0) {
      index[h] = lists.length;
      lists.push([]);
    }
    lists[index[h]!]!.push(k);
  }
  return { index, lists };
}

/** Scans texts for one set of keywords. Stateless between calls. */
export class KeywordScanner {
  private readonly one: Buckets;
  private readonly two: Buckets;
  private readonly three: Buckets;
  private readonly four: Buckets;
  /** For each code unit, which lengths of keyword start with it (bits: 1 one unit, 2 two, 4 three, 8 four or more): a cheap first test at each position. */
  private readonly starts = new Uint8Array(65536);
  /** For two ASCII units (index c0·128 + c1), whether a keyword of two or more units starts with them. */
  private readonly pairs = new Uint8Array(128 * 128);

  constructor(keywords: readonly string[]) {
    const distinct = [...new Set(keywords)].filter((k) => k.length > 0);
    for (const k of distinct) {
      this.starts[k.charCodeAt(0)]! |= k.length === 1 ? ONE : k.length === 2 ? TWO : k.length === 3 ? THREE : FOUR;
      if (k.length >= 2 && k.charCodeAt(0) < 128 && k.charCodeAt(1) < 128) this.pairs[k.charCodeAt(0) * 128 + k.charCodeAt(1)] = 1;
    }
    this.one = buckets(
      distinct.filter((k) => k.length === 1),
      (k) => hash1(k.charCodeAt(0)),
    );
    this.two = buckets(
      distinct.filter((k) => k.length === 2),
      (k) => hash2(k.charCodeAt(0), k.charCodeAt(1)),
    );
    this.three = buckets(
      distinct.filter((k) => k.length === 3),
      (k) => hash3(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2)),
    );
    this.four = buckets(
      distinct.filter((k) => k.length >= 4),
      (k) => hash4(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2), k.charCodeAt(3)),
    );
  }

  /** Every keyword that occurs in `text`, with the ascending positions where it starts (overlapping occurrences included). */
  scan(text: string): Map<string, number[]> {
    const found = new Map<string, number[]>();
    const note = (k: string, at: number): void => {
      const list = found.get(k);
      if (list === undefined) found.set(k, [at]);
      else list.push(at);
    };
    const { starts, pairs, one, two, three, four } = this;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i);
      const lengths = starts[c0]!;
      if (lengths === 0) continue;
      if ((lengths & ONE) !== 0) {
        const b1 = one.index[hash1(c0)]!;
        if (b1 !== 0) for (const k of one.lists[b1]!) if (k.charCodeAt(0) === c0) note(k, i);
      }
      if (i + 1 >= n) continue;
      const c1 = text.charCodeAt(i + 1);
      // Most positions of ASCII prose start no keyword's first two units.
      if (c0 < 128 && c1 < 128 && pairs[c0 * 128 + c1] === 0) continue;
      if ((lengths & TWO) !== 0) {
        const b2 = two.index[hash2(c0, c1)]!;
        if (b2 !== 0) for (const k of two.lists[b2]!) if (k.charCodeAt(0) === c0 && k.charCodeAt(1) === c1) note(k, i);
      }
      if (lengths < THREE || i + 2 >= n) continue;
      const c2 = text.charCodeAt(i + 2);
      if ((lengths & THREE) !== 0) {
        const b3 = three.index[hash3(c0, c1, c2)]!;
        if (b3 !== 0) for (const k of three.lists[b3]!) if (k.charCodeAt(0) === c0 && k.charCodeAt(1) === c1 && k.charCodeAt(2) === c2) note(k, i);
      }
      if ((lengths & FOUR) === 0 || i + 3 >= n) continue;
      const b4 = four.index[hash4(c0, c1, c2, text.charCodeAt(i + 3))]!;
      if (b4 !== 0) for (const k of four.lists[b4]!) if (text.startsWith(k, i)) note(k, i);
    }
    return found;
  }
}
