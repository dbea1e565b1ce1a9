/**
 * Base2048 text, as the npm package `base2048` writes it (qntm's encoding): eleven bits per
 * character, most significant first, each character one of 2,048 letters and digits below U+1100
 * (Latin with A–Z, a–z, 8 and 9, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts,
 * Thai and more). When the bits do not fill the last character, it carries eleven bits or, for one
 * to three bits, is one of the digits 0–7, which carry three; the bits left over are ones.
 *
 * A candidate is a maximal run of at least {@link MIN_BASE2048_RUN} characters of the alphabet
 * (and a digit 0–7 after it) whose bits decode to text (decoded-text.ts). A run is decoded only
 * when at least half of its characters are outside ASCII and they come from at least three blocks
 * of 256 code points: random bits spread over all seventeen blocks the alphabet spans, where a
 * word of one script, or a sentence of Thai (written without spaces), stays in one or two.
 *
 * Only stretches of eight characters outside ASCII in a row are looked for (wide-runs.ts, one
 * search for this reader and the Ecoji one, which reads most units of prose not at all), and the
 * run is read around them. 54 of the 2,048 characters are ASCII: a run whose ASCII characters
 * leave no eight others in a row is missed (mostly a short one: "aaaaa aaaaaaaaa." is
 * "ٽƋמలuଚࡂϦٽƋמك"). A run glued to a word before it ("base2048ԓѹভ…"; after "key:" it is a run
 * of its own) is read again from its first character outside ASCII.
 */
import { encode } from 'base2048';
import type { Candidate } from './decode-segments.js';
import { printableText } from './decoded-text.js';

/** The shortest run tried: 16 bytes or more. */
export const MIN_BASE2048_RUN = 12;
const BITS_PER_CHAR = 11;

/**
 * The alphabet of eleven bits, by value, read from the package's own encoder: 2,048 values of
 * eleven bits, one after another, are 2,816 bytes that it writes as those values' characters, in
 * order.
 */
const ALPHABET = ((): string => {
  const bytes = new Uint8Array((2048 * BITS_PER_CHAR) / 8);
  for (let v = 0; v < 2048; v++) {
    for (let b = 0; b < BITS_PER_CHAR; b++) {
      const bit = (v >> (BITS_PER_CHAR - 1 - b)) & 1;
      const at = v * BITS_PER_CHAR + b;
      bytes[at >> 3]! |= bit << (7 - (at & 7));
    }
  }
  const alphabet = encode(bytes);
  if (alphabet.length !== 2048) throw new Error(`base2048 wrote ${alphabet.length} characters for 2,048 values`);
  return alphabet;
})();

/** The value of each UTF-16 unit in the alphabet (−1: not in it). */
const VALUE = ((): Int16Array => {
  const table = new Int16Array(65536).fill(-1);
  for (let v = 0; v < 2048; v++) table[ALPHABET.charCodeAt(v)] = v;
  return table;
})();

/** Whether a unit is a character of the alphabet of eleven bits. */
const inAlphabet = (c: number): boolean => VALUE[c]! >= 0;

/** The highest unit of the alphabet (wide-runs.ts looks for stretches of units from U+0080 to it). */
export const HIGHEST_BASE2048_UNIT = Math.max(...Array.from(ALPHABET, (ch) => ch.charCodeAt(0)));

/** Decoded bytes, in a reused buffer (decoding is synchronous), grown as needed. */
let decoded = new Uint8Array(4096);

/** Whether the characters of `units[start..end)` are at least half outside ASCII and from at least three blocks of 256 code points. */
function mixedEnough(units: Uint16Array, start: number, end: number): boolean {
  let outside = 0;
  let first = -1;
  let second = -1;
  let third = false;
  for (let i = start; i < end; i++) {
    const c = units[i]!;
    if (c >= 0x80) outside++;
    const block = c >> 8;
    if (first === -1 || block === first) first = block;
    else if (second === -1 || block === second) second = block;
    else third = true;
  }
  return third && 2 * outside >= end - start;
}

/**
 * Decode `units[start..end)` (characters of the alphabet, then perhaps a digit 0–7 at `end`
 * − 1) into {@link decoded}; the number of bytes, or −1 when the bits left over are not all ones.
 */
function decodeUnits(units: Uint16Array, start: number, end: number): number {
  const need = Math.ceil(((end - start) * BITS_PER_CHAR) / 8);
  if (decoded.length < need) decoded = new Uint8Array(Math.max(need, 2 * decoded.length));
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const c = units[i]!;
    const value = VALUE[c]!;
    // A digit 0–7 (the last character, the caller's doing) carries three bits.
    const width = value >= 0 ? BITS_PER_CHAR : 3;
    acc = (acc << width) | (value >= 0 ? value : c - 0x30);
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      decoded[n++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  return acc === (1 << bits) - 1 ? n : -1;
}

/** The text of `units[start..end)` read as Base2048, or undefined when it is not text. */
function decodeRun(units: Uint16Array, start: number, end: number): string | undefined {
  if (!mixedEnough(units, start, end)) return undefined;
  const n = decodeUnits(units, start, end);
  return n < 4 ? undefined : printableText(decoded.subarray(0, n));
}

const isTailDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x37;

/**
 * Append to `out` the Base2048 candidates of the runs of the alphabet that meet the stretch
 * `units[start..end)` of characters outside ASCII (wide-runs.ts finds such stretches), each run
 * widened over the characters of the alphabet on either side (ASCII letters among them), but not
 * back before `done`. Returns where the last run read ends (the next call's `done`).
 */
export function base2048InStretch(units: Uint16Array, n: number, start: number, end: number, done: number, out: Candidate[]): number {
  let i = start;
  while (i < end) {
    if (!inAlphabet(units[i]!)) {
      i++;
      continue;
    }
    let from = i;
    while (from > done && inAlphabet(units[from - 1]!)) from--;
    let to = i + 1;
    while (to < n && inAlphabet(units[to]!)) to++;
    done = to;
    i = to;
    if (to - from < MIN_BASE2048_RUN) continue;
    // A digit 0–7 right after the run may be its last character.
    const runEnd = isTailDigit(units[to]) && (to + 1 >= n || !inAlphabet(units[to + 1]!)) ? to + 1 : to;
    let found = decodeRun(units, from, runEnd);
    if (found === undefined && units[from]! < 0x80) {
      // A word glued before the encoded text: from its first character outside ASCII.
      while (from < runEnd && units[from]! < 0x80) from++;
      if (runEnd - from >= MIN_BASE2048_RUN) found = decodeRun(units, from, runEnd);
    }
    if (found !== undefined) out.push({ start: from, end: runEnd, encoding: 'base2048', text: found });
    done = runEnd;
    i = Math.max(i, runEnd);
  }
  return done;
}

/** `token` read as a Base2048 run would be (for tests): its text, or undefined. */
export function decodeBase2048Token(token: string): string | undefined {
  return decodeRun(Uint16Array.from(token, (ch) => ch.charCodeAt(0)), 0, token.length);
}

/** `text`'s UTF-8 bytes in Base2048: for tests, the red team and the benchmark's disguises. */
export function toBase2048(text: string): string {
  return encode(new TextEncoder().encode(text));
}
