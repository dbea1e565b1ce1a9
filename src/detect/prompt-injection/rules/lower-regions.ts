/**
 * The parts of a long text's lower-case form that its rules read, made into strings only there.
 * A text over 16 KB is searched in regions around its keywords (rules.ts); its lower-case form
 * stays in a reused buffer of units (match-text.ts), and each merged stretch of the regions,
 * from {@link LOOKBEHIND_REACH} before it, becomes a string of its own: a 100 KB text's whole
 * lower-case form was a 200 KB string, a large object that the collector maps and unmaps on its
 * own. A pattern searched from a region's start on such a string finds what it finds on the
 * whole text: it starts at least {@link LOOKBEHIND_REACH} units into the string (the start of
 * the string is not the start of the text, but no lookbehind reaches it) and stops where the
 * region ends, as on the whole text.
 */
import { lowerText } from './match-text.js';

/**
 * How far back a pattern's lookbehind may read (the longest reads 121 characters;
 * rules-lookbehind.test.ts checks every pattern's).
 */
export const LOOKBEHIND_REACH = 256;

/** The longest text whose stretches are packed exactly into one number each (start · (length + 1) + end < 2^53). */
export const MAX_REGIONS_TEXT = 1 << 26;

/** Stretches of one lower-case text (that of the last lowerUnitsForMatching), each made a string when first read. */
export class LowerRegions {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly strings: (string | undefined)[] = [];
  /** Where the string the last {@link subject} or {@link around} returned starts in the text. */
  offset = 0;

  /**
   * `regions`: for each search, the [from, to) pairs of the regions it will search (a search
   * from `from` reads up to `to`), of a lower-case text of `length` units.
   */
  constructor(
    readonly length: number,
    regions: readonly (readonly number[])[],
  ) {
    if (length > MAX_REGIONS_TEXT) throw new RangeError(`a text of ${length} units is longer than ${MAX_REGIONS_TEXT}`);
    // Each stretch a region needs, as one number (start · (length + 1) + end), sorted by start.
    const base = length + 1;
    let count = 0;
    for (const pairs of regions) count += pairs.length >> 1;
    const spans = new Float64Array(count);
    let k = 0;
    for (const pairs of regions) {
      for (let j = 0; j + 1 < pairs.length; j += 2) spans[k++] = Math.max(0, pairs[j]! - LOOKBEHIND_REACH) * base + Math.min(pairs[j + 1]!, length);
    }
    spans.sort();
    for (const span of spans) {
      const from = Math.floor(span / base);
      const to = span - from * base;
      const last = this.ends.length - 1;
      if (last >= 0 && from <= this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, to);
      else {
        this.starts.push(from);
        this.ends.push(to);
        this.strings.push(undefined);
      }
    }
  }

  /**
   * What a search of the region from `from` to `to` (one given to the constructor) runs on: the
   * lower-case text from {@link offset} (at least {@link LOOKBEHIND_REACH} before `from`, or the
   * text's start) to `to` (or the text's end).
   */
  subject(from: number, to: number): string {
    const at = Math.max(0, from - LOOKBEHIND_REACH);
    // The stretch that holds the region: the last that starts at or before it.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo]!;
    const end = this.ends[lo]!;
    if (!(start <= at && Math.min(to, this.length) <= end)) throw new RangeError(`region ${from}–${to} was not planned`);
    const text = (this.strings[lo] ??= lowerText(start, end));
    this.offset = start;
    const cut = Math.min(to, this.length) - start;
    return cut >= text.length ? text : text.slice(0, cut);
  }

  /** The lower-case text from `reach` before `start` to `reach` after `end` (within the text), from {@link offset}. */
  around(start: number, end: number, reach: number): string {
    const from = Math.max(0, start - reach);
    this.offset = from;
    return lowerText(from, Math.min(this.length, end + reach));
  }
}
