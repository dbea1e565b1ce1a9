/**
 * Runs of encoded data in a text's canonical form (features.ts: lower case, every digit folded
 * to 0): base64, base64url, hex and percent-escapes, which the featuriser reads as one ⟨blob⟩
 * token each.
 */

/** Canonical units of the runs {@link findBlobs} looks at: a–z, 0 (every digit), +, /, =, - and %. */
function blobUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x30 || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x2d || c === 0x25;
}

/** The shortest run of encoded data read as a ⟨blob⟩. */
const BLOB_MIN = 24;

/**
 * The runs of encoded data in the first `length` canonical codes, as [start, end) pairs written
 * into `runs` (emptied first). A run is a longest stretch of a–z, digits, +, /, =, - and %
 * (base64, base64url, hex and percent-escapes in canonical form) of at least {@link BLOB_MIN}
 * units with at least three digits and three letters, and at most one - or / in twelve units (so
 * a URL path or a hyphenated slug of words stays words). Only stretches around a digit are
 * read, found by a native search: prose without digits costs one pass of `indexOf`.
 */
export function findBlobs(codes: Uint16Array, length: number, runs: number[]): void {
  runs.length = 0;
  let from = 0;
  while (from < length) {
    const zero = codes.indexOf(0x30, from);
    if (zero === -1 || zero >= length) return;
    let start = zero;
    while (start > from && blobUnit(codes[start - 1]!)) start--;
    let digits = 0;
    let letters = 0;
    let separators = 0;
    let end = start;
    for (; end < length; end++) {
      const c = codes[end]!;
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c === 0x30) digits++;
      else if (c === 0x2d || c === 0x2f) separators++;
      else if (c !== 0x2b && c !== 0x3d && c !== 0x25) break;
    }
    const n = end - start;
    if (n >= BLOB_MIN && digits >= 3 && letters >= 3 && separators * 12 <= n) runs.push(start, end);
    from = end + 1;
  }
}
