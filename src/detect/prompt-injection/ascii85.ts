/**
 * Base85 text: Ascii85 as Adobe and btoa write it (the characters ! to u, optionally between
 * "<~" and "~>") and the base85 of RFC 1924, git and Python's `b85encode` (0–9, A–Z, a–z and
 * !#$%&()*+-;<=>?@^_`{|}~). Five characters carry four bytes; a last group of two to four
 * characters carries one to three. Ascii85's "z" stands for four zero bytes, which are no text,
 * so a run holding one is not read.
 *
 * A candidate is a maximal run of at least 20 printable ASCII characters without whitespace, all
 * of them digits of one of the two alphabets (a run of base64 characters is tried as base64 too:
 * one in a thousand Ascii85 texts of that length holds no other character). The decoder's search
 * for base64 runs finds these runs too (decode-segments.ts), in the same pass; a run is decoded
 * from the text's units into a reused buffer, and a control character among the bytes (other
 * than tab and line breaks) ends the attempt: such bytes are not text, and most runs of prose
 * (keys, identifiers, JSON without spaces) give one within a group or two.
 */
import type { Candidate } from './decode-segments.js';
import { printableText, textByte } from './decoded-text.js';
import { A85, B85, B85_DIGITS, UNIT } from './decode-units.js';

/** The shortest run tried (16 bytes). */
export const MIN_BASE85_RUN = 20;

/** The value of each ASCII character in RFC 1924 base85 (−1: not in the alphabet). */
const B85_VALUE = ((): Int8Array => {
  const table = new Int8Array(128).fill(-1);
  for (let k = 0; k < 85; k++) table[B85_DIGITS.charCodeAt(k)] = k;
  return table;
})();

/** Decoded bytes, in a reused buffer (decoding is synchronous), grown as needed. */
let decoded = new Uint8Array(4096);

/**
 * Decode `units[start..end)`, every one a digit of the alphabet (`ascii85`: ! to u; else RFC
 * 1924), into {@link decoded}; returns the number of bytes, or −1 when a group exceeds 2^32 − 1,
 * the last group has one character, or a byte is no text byte.
 */
function decodeUnits(units: Uint16Array, start: number, end: number, ascii85: boolean): number {
  const length = end - start;
  if (length % 5 === 1) return -1;
  if (decoded.length < length) decoded = new Uint8Array(Math.max(length, 2 * decoded.length));
  let n = 0;
  for (let i = start; i < end; i += 5) {
    const count = Math.min(5, end - i);
    let group = 0;
    for (let j = 0; j < 5; j++) group = group * 85 + (j < count ? (ascii85 ? units[i + j]! - 0x21 : B85_VALUE[units[i + j]!]!) : 84);
    if (group > 0xffffffff) return -1;
    // A short last group was filled with the highest digit: its first count − 1 bytes are kept.
    for (let b = 0; b < count - 1; b++) {
      const byte = Math.floor(group / 2 ** (24 - 8 * b)) & 0xff;
      if (!textByte(byte)) return -1;
      decoded[n++] = byte;
    }
  }
  return n;
}

/** The and of the class bits of `units[start..end)`. */
function sharedBits(units: Uint16Array, start: number, end: number): number {
  let bits = 0xff;
  for (let i = start; i < end; i++) bits &= UNIT[units[i]!]!;
  return bits;
}

/** The text of `units[start..end)` read as Ascii85 (Adobe's markers taken off), else as RFC 1924 base85; undefined when neither gives text. */
function decodeRun(units: Uint16Array, start: number, end: number): string | undefined {
  let from = start;
  let to = end;
  // Adobe's markers "<~" and "~>".
  if (end - start >= 4 && units[start] === 0x3c && units[start + 1] === 0x7e && units[end - 2] === 0x7e && units[end - 1] === 0x3e) {
    from += 2;
    to -= 2;
  }
  const bits = sharedBits(units, from, to);
  for (const ascii85 of [true, false]) {
    if ((bits & (ascii85 ? A85 : B85)) === 0) continue;
    const n = decodeUnits(units, from, to, ascii85);
    const text = n < 4 ? undefined : printableText(decoded.subarray(0, n));
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Whether a unit is punctuation that may end a sentence after a run ("…: <run>."). */
function trailingPunctuation(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x22 || c === 0x27;
}

/**
 * The base85 candidate of the run `units[start..end)` of printable ASCII (at least 20 units; the
 * caller finds the runs), decoded, or undefined. A run ending in punctuation that does not decode
 * is tried once more without its last character ("…: <run>.").
 */
export function base85Candidate(units: Uint16Array, start: number, end: number): Candidate | undefined {
  let found = decodeRun(units, start, end);
  let tokenEnd = end;
  if (found === undefined && trailingPunctuation(units[end - 1]!)) {
    tokenEnd = end - 1;
    found = decodeRun(units, start, tokenEnd);
  }
  return found === undefined ? undefined : { start, end: tokenEnd, encoding: 'base85', text: found };
}

/** `token` read as a base85 run would be (for tests): its text, or undefined. */
export function decodeBase85Token(token: string): string | undefined {
  return decodeRun(Uint16Array.from(token, (ch) => ch.charCodeAt(0)), 0, token.length);
}

/** Four bytes (or the last one to three) as base85 digits, most significant first; with `zeros`, four zero bytes as "z". */
function encodeGroups(bytes: Uint8Array, digit: (d: number) => string, zeros: boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const kept = Math.min(4, bytes.length - i);
    let group = 0;
    for (let b = 0; b < 4; b++) group = group * 256 + (b < kept ? bytes[i + b]! : 0);
    if (zeros && kept === 4 && group === 0) {
      out += 'z';
      continue;
    }
    let digits = '';
    for (let d = 0; d < 5; d++) {
      digits = digit(group % 85) + digits;
      group = Math.floor(group / 85);
    }
    out += digits.slice(0, kept + 1);
  }
  return out;
}

/** `text`'s UTF-8 bytes in Ascii85 (as Python's `a85encode` writes it; with `adobe`, between "<~" and "~>"): for tests and the benchmark's disguises. */
export function toAscii85(text: string, adobe = false): string {
  const body = encodeGroups(Buffer.from(text, 'utf8'), (d) => String.fromCharCode(0x21 + d), true);
  return adobe ? `<~${body}~>` : body;
}

/** `text`'s UTF-8 bytes in RFC 1924 base85 (as Python's `b85encode` writes it). */
export function toBase85(text: string): string {
  return encodeGroups(Buffer.from(text, 'utf8'), (d) => B85_DIGITS[d]!, false);
}
