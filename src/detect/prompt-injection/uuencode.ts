/**
 * uuencoded text: lines of one length character (a space plus the line's byte count, at most 45,
 * which is "M") followed by four characters for each three bytes, each character a space plus six
 * bits ("`" also for zero). Consecutive such lines are one segment; a line's encoded part may
 * follow other words on it ("Encoded: M…"), when a space parts them. A segment must carry 12
 * bytes or more.
 *
 * Such a segment holds a line that ends in at least 17 characters between the space and "`" (no
 * lower-case letter): one of 45 bytes, or a single line of 12 or more. Those stretches are found
 * by looking 16 units ahead of where one may start, so most units of prose (where a lower-case
 * letter comes every few characters) are not read. A line ending in one is read from its end: for
 * each number of groups k (1 to 15) the length character stands 4k + 1 characters before the end
 * and must give a count that needs k groups. The lines after a line of 45 bytes are read in turn.
 */
import type { Candidate } from './decode-segments.js';
import { printableText } from './decoded-text.js';
import { forEachRun, UNIT, UU } from './decode-units.js';

/** Fewest bytes a segment must carry (four words or so). */
const MIN_BYTES = 12;
/** The shortest stretch a segment's first line ends in: the length character and four groups. */
const MIN_STRETCH = 17;
const MAX_GROUPS = 15;
/** The length character of a line of 45 bytes. */
const FULL_LINE = 0x4d;

/** Where the encoded part of the line `units[from..end)` starts (its length character), or −1. */
function encodedStart(units: Uint16Array, from: number, end: number): number {
  for (let k = MAX_GROUPS; k >= 1; k--) {
    const at = end - 4 * k - 1;
    if (at < from) continue;
    const count = units[at]! - 0x20;
    if (count < 3 * k - 2 || count > 3 * k) continue;
    if (at > from && units[at - 1] !== 0x20 && units[at - 1] !== 0x09) continue;
    let inRange = true;
    for (let i = at + 1; i < end && inRange; i++) inRange = (UNIT[units[i]!]! & UU) !== 0;
    if (inRange) return at;
  }
  return -1;
}

/** Append the bytes of the encoded line `units[at..end)` (its length character first) to `bytes`. */
function decodeLine(units: Uint16Array, at: number, end: number, bytes: number[]): void {
  const count = units[at]! - 0x20;
  let kept = 0;
  for (let i = at + 1; i + 4 <= end && kept < count; i += 4) {
    // Four characters of six bits (a space or "`" for 0) are 24 bits: three bytes.
    const group = (((units[i]! - 0x20) & 63) << 18) | (((units[i + 1]! - 0x20) & 63) << 12) | (((units[i + 2]! - 0x20) & 63) << 6) | ((units[i + 3]! - 0x20) & 63);
    for (let shift = 16; shift >= 0 && kept < count; shift -= 8, kept++) bytes.push((group >> shift) & 0xff);
  }
}

/** The end of the line that starts at `from` (its line break, or the text's length), less a carriage return before it. */
function contentEnd(text: string, units: Uint16Array, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return end > from && units[end - 1] === 0x0d ? end - 1 : end;
}

/**
 * The segment whose first line ends at `end`, with its encoded part from `at`, and the
 * lines after it while each before was of 45 bytes; returns where the search goes on.
 */
function readSegment(text: string, units: Uint16Array, at: number, end: number, out: Candidate[]): number {
  const bytes: number[] = [];
  let last = end;
  let lineAt = at;
  for (;;) {
    decodeLine(units, lineAt, last, bytes);
    const newline = text.indexOf('\n', last);
    if (units[lineAt] !== FULL_LINE || newline === -1) break;
    const next = newline + 1;
    const nextEnd = contentEnd(text, units, next);
    const nextAt = encodedStart(units, next, nextEnd);
    if (nextAt !== next) break;
    lineAt = nextAt;
    last = nextEnd;
  }
  if (bytes.length >= MIN_BYTES) {
    const decoded = printableText(Uint8Array.from(bytes));
    if (decoded !== undefined) out.push({ start: at, end: last, encoding: 'uu', text: decoded });
  }
  return last + 1;
}

/** The uuencoded segments of `text` (its UTF-16 units in `units`), decoded. */
export function uuencodeRuns(text: string, units: Uint16Array, out: Candidate[]): void {
  const n = text.length;
  forEachRun(units, n, UU, MIN_STRETCH, (start, end) => {
    // The stretch must end its line (a carriage return may stand before the line break).
    const lineEnd = end < n && units[end] === 0x0d && units[end + 1] === 0x0a ? end + 1 : end;
    if (lineEnd < n && units[lineEnd] !== 0x0a) return end + 1;
    const encoded = encodedStart(units, text.lastIndexOf('\n', start) + 1, end);
    return encoded === -1 ? end + 1 : readSegment(text, units, encoded, end, out);
  });
}

/** `text`'s UTF-8 bytes uuencoded, 45 bytes a line, zero bits as spaces (as Python's `binascii.b2a_uu` writes them): for tests and the benchmark's disguises. */
export function toUuencode(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i += 45) {
    const line = bytes.subarray(i, i + 45);
    out += String.fromCharCode(0x20 + line.length);
    for (let j = 0; j < line.length; j += 3) {
      const b0 = line[j]!;
      const b1 = line[j + 1] ?? 0;
      const b2 = line[j + 2] ?? 0;
      for (const s of [b0 >> 2, ((b0 & 3) << 4) | (b1 >> 4), ((b1 & 15) << 2) | (b2 >> 6), b2 & 63]) out += String.fromCharCode(0x20 + s);
    }
    out += '\n';
  }
  return out;
}
