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
  /** One bit per hash of the first three units of each keyword of three or more units: a position that passes the pair test reads a bucket only when its bit is on. */
  private readonly triples = new Int32Array(1 << (BITS - 5));
  /**
   * For three ASCII units (bit c0·2^14 + c1·2^7 + c2), whether a keyword may start with them: a
   * keyword of three or more units whose first three they are, or a shorter one they start with
   * (any units after it). Positions of ASCII text are tested with one read; most fail it.
   */
  private readonly asciiTriples = new Int32Array(1 << 16);
  /** The keywords of four or more units as UTF-16 units, by their position in the lists of `four`. */
  private readonly fourUnits: Uint16Array[][];

  constructor(keywords: readonly string[]) {
    const distinct = [...new Set(keywords)].filter((k) => k.length > 0);
    for (const k of distinct) {
      this.starts[k.charCodeAt(0)]! |= k.length === 1 ? ONE : k.length === 2 ? TWO : k.length === 3 ? THREE : FOUR;
      if (k.length >= 2 && k.charCodeAt(0) < 128 && k.charCodeAt(1) < 128) this.pairs[k.charCodeAt(0) * 128 + k.charCodeAt(1)] = 1;
      if (k.length >= 3) {
        const h = hash3(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2));
        this.triples[h >>> 5]! |= 1 << (h & 31);
      }
    }
    for (const k of distinct) {
      const head = [0, 1, 2].map((u) => k.charCodeAt(u));
      if (head.slice(0, Math.min(3, k.length)).some((c) => c >= 128)) continue;
      // The units a keyword does not fix: every ASCII unit and 0 (the end of the text).
      const options = head.map((c, u) => (u < k.length ? [c] : Array.from({ length: 128 }, (_, x) => x)));
      for (const c0 of options[0]!) for (const c1 of options[1]!) for (const c2 of options[2]!) {
        const bit = (c0 << 14) | (c1 << 7) | c2;
        this.asciiTriples[bit >>> 5]! |= 1 << (bit & 31);
      }
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
    this.fourUnits = this.four.lists.map((list) => list.map((k) => Uint16Array.from(k, (_, i) => k.charCodeAt(i))));
  }

  /** Every keyword that occurs in `text`, with the ascending positions where it starts (overlapping occurrences included). */
  scan(text: string): Map<string, number[]> {
    // The text's UTF-16 units in a reused buffer (one native copy): reading a typed array costs
    // less per unit than charCodeAt, and every unit is read up to four times.
    return this.scanUnits(unitsOf(text), text.length);
  }

  /** {@link scan} of a text given as its `n` UTF-16 units, which `units` holds followed by two units of 0. */
  scanUnits(units: Uint16Array, n: number): Map<string, number[]> {
    if (units.length < n + 2) throw new RangeError(`scanUnits needs the ${n} units of the text and two units of 0 after them`);
    const found = new Map<string, number[]>();
    const note = (k: string, at: number): void => {
      const list = found.get(k);
      if (list === undefined) found.set(k, [at]);
      else list.push(at);
    };
    const { starts, pairs, triples, asciiTriples, one, two, three, four, fourUnits } = this;
    for (let i = 0; i < n; i++) {
      const c0 = units[i]!;
      // Two units of 0 follow the text in the buffer.
      const c1Ahead = units[i + 1]!;
      const c2Ahead = units[i + 2]!;
      if ((c0 | c1Ahead | c2Ahead) < 128) {
        const bit = (c0 << 14) | (c1Ahead << 7) | c2Ahead;
        if ((asciiTriples[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      }
      const lengths = starts[c0]!;
      if (lengths === 0) continue;
      if ((lengths & ONE) !== 0) {
        const b1 = one.index[hash1(c0)]!;
        if (b1 !== 0) for (const k of one.lists[b1]!) if (k.charCodeAt(0) === c0) note(k, i);
      }
      if (i + 1 >= n) continue;
      const c1 = units[i + 1]!;
      // Most positions of ASCII prose start no keyword's first two units.
      if (c0 < 128 && c1 < 128 && pairs[c0 * 128 + c1] === 0) continue;
      if ((lengths & TWO) !== 0) {
        const b2 = two.index[hash2(c0, c1)]!;
        if (b2 !== 0) for (const k of two.lists[b2]!) if (k.charCodeAt(0) === c0 && k.charCodeAt(1) === c1) note(k, i);
      }
      if (lengths < THREE || i + 2 >= n) continue;
      const c2 = units[i + 2]!;
      const h3 = hash3(c0, c1, c2);
      if ((triples[h3 >>> 5]! & (1 << (h3 & 31))) === 0) continue;
      if ((lengths & THREE) !== 0) {
        const b3 = three.index[h3]!;
        if (b3 !== 0) for (const k of three.lists[b3]!) if (k.charCodeAt(0) === c0 && k.charCodeAt(1) === c1 && k.charCodeAt(2) === c2) note(k, i);
      }
      if ((lengths & FOUR) === 0 || i + 3 >= n) continue;
      const b4 = four.index[hash4(c0, c1, c2, units[i + 3]!)]!;
      if (b4 === 0) continue;
      const list = four.lists[b4]!;
      const forms = fourUnits[b4]!;
      for (let j = 0; j < list.length; j++) {
        const form = forms[j]!;
        const m = form.length;
        if (i + m > n) continue;
        let u = 0;
        while (u < m && units[i + u] === form[u]) u++;
        if (u === m) note(list[j]!, i);
      }
    }
    return found;
  }
}

/** A buffer reused across scans (scanning is synchronous), grown as needed. */
let scratch = Buffer.alloc(0);

/** `text`'s UTF-16 code units, in the scratch buffer (valid until the next call), followed by two units of 0 (the view's length is the text's). */
function unitsOf(text: string): Uint16Array {
  const bytes = 2 * text.length;
  if (scratch.length < bytes + 4) scratch = Buffer.allocUnsafeSlow(Math.max(bytes + 4, 2 * scratch.length, 4096));
  scratch.write(text, 0, bytes, 'utf16le');
  scratch.writeUInt32LE(0, bytes);
  return new Uint16Array(scratch.buffer, scratch.byteOffset, text.length + 2);
}
