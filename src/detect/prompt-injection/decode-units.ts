/**
 * What the decoder's loops know about each UTF-16 unit (one table read per unit), and the units
 * of the text being searched in a reused buffer (searching is synchronous).
 */
import { UnitBuffer } from './unit-buffer.js';

/** Whether the unit `c` is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the unit `c` is whitespace as `\s` reads it. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters of a base64 token (standard and URL-safe alphabets), as a table over ASCII. */
const BASE64_CHAR = asciiTable(/[A-Za-z0-9+/_-]/);
/** Characters of a leetspeak token. */
const LEET_CHAR = asciiTable(/[A-Za-z0-9@$!|+]/);

function asciiTable(chars: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (chars.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

// What each UTF-16 unit is to the token loops (bits), so that a loop reads one table entry per unit.
export const LETTER = 1;
export const B64 = 2;
export const LEET = 4;
/** Printable ASCII but the space (! to ~): a character of a base85 run. */
export const PRINT = 8;
/** A digit of Ascii85 (! to u). */
export const A85 = 32;
/** A digit of RFC 1924 base85. */
export const B85 = 64;
/** A character of a uuencoded line (the space to "`"). */
export const UU = 128;
/** The digits of RFC 1924 base85, in order. */
export const B85_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
/** A unit that may sit between the words of a ROT13 run: anything but ASCII letters, line breaks and . ! ? : ; */
export const RUN_GAP = 16;
export const UNIT = ((): Uint8Array => {
  const table = new Uint8Array(65536).fill(RUN_GAP);
  for (let c = 0; c < 128; c++) {
    let bits = isAsciiLetter(c) || c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b ? 0 : RUN_GAP;
    if (isAsciiLetter(c)) bits |= LETTER;
    if (BASE64_CHAR[c] === 1) bits |= B64;
    if (LEET_CHAR[c] === 1) bits |= LEET;
    if (c >= 0x21 && c <= 0x7e) bits |= PRINT;
    if (c >= 0x21 && c <= 0x75) bits |= A85;
    if (B85_DIGITS.includes(String.fromCharCode(c))) bits |= B85;
    if (c >= 0x20 && c <= 0x60) bits |= UU;
    table[c] = bits;
  }
  return table;
})();

/** UTF-16 units of the text being searched (searching is synchronous). */
const searched = new UnitBuffer();

/** `text`'s UTF-16 units (one native copy), valid until the next call. */
export function searchUnits(text: string): Uint16Array {
  return searched.of(text);
}

/**
 * Call `visit(start, end)` for each maximal run of at least `min` units of `units[0..n)` whose class
 * (`classes`, by default {@link UNIT}) has `bit`, in order; `visit` returns where the search goes
 * on (after the run). The search looks `min` − 1 units ahead of the first place a run could
 * start: when the unit there is not of the class, no run of `min` starts at or before it, and the
 * search moves past it, so most units of prose are not read.
 */
export function forEachRun(units: Uint16Array, n: number, bit: number, min: number, visit: (start: number, end: number) => number, classes: Uint8Array = UNIT): void {
  // `at` is where a run may start: 0, or just after a unit not of the class.
  let at = 0;
  while (at + min <= n) {
    const probe = at + min - 1;
    if ((classes[units[probe]!]! & bit) === 0) {
      at = probe + 1;
      continue;
    }
    // The run holding the probe starts at or after `at`: find where.
    let start = probe;
    while (start > at && (classes[units[start - 1]!]! & bit) !== 0) start--;
    if (start > at) {
      // Shorter than `min` up to the probe: look again from its start.
      at = start;
      continue;
    }
    let end = probe + 1;
    while (end < n && (classes[units[end]!]! & bit) !== 0) end++;
    at = visit(start, end);
  }
}
