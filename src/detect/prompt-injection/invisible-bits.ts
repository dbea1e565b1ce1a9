/**
 * Text hidden as binary in two invisible characters ("Sneaky Bits"): INVISIBLE TIMES (U+2062)
 * is 0 and INVISIBLE PLUS (U+2064) is 1. Each character is written as the bits of its code,
 * either eight to a character or without leading zeros (six or seven bits for printable
 * ASCII), and a space either as its bits or as a zero-width space (U+200B). Normalisation
 * removes all three characters from the text it scores; this reads the runs first.
 *
 * A hidden message holds a 1, so one native search for U+2064 rejects nearly every text.
 */
import type { Candidate } from './decode-segments.js';

const ZERO = 0x2062;
const ONE = 0x2064;
const SPACE = 0x200b;
/** A run of the three characters. */
const RUN = /[\u2062\u2064\u200B]+/g;
/** A run must spell this many characters. */
const MIN_CHARS = 4;

/** A printable ASCII code, and a letter among them. */
const printable = (c: number): boolean => c >= 0x20 && c <= 0x7e;
const letter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/**
 * How likely a character is in a message, to choose between cuts: a letter 4; a full stop,
 * comma, colon, question or exclamation mark 3 at the end of a word and 1 inside one; an
 * apostrophe or a hyphen 2; a digit 1; anything else 0. Some words cut two ways ("aaa." and
 * "0ppn" have the same bits); these weights pick the first.
 */
function weight(c: number, atEnd: boolean): number {
  if (letter(c)) return 4;
  if (c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x3a) return atEnd ? 3 : 1;
  if (c === 0x27 || c === 0x2d) return 2;
  return c >= 0x30 && c <= 0x39 ? 1 : 0;
}

/** The bits of one word (0 and 1), read eight to a character, or undefined when one is not printable. */
function eightBits(bits: Uint8Array): string | undefined {
  if (bits.length % 8 !== 0) return undefined;
  let out = '';
  for (let i = 0; i < bits.length; i += 8) {
    let c = 0;
    for (let k = 0; k < 8; k++) c = (c << 1) | bits[i + k]!;
    if (!printable(c)) return undefined;
    out += String.fromCharCode(c);
  }
  return out;
}

/**
 * The bits of one word read as characters of six or seven bits, each starting with a 1 (no
 * leading zeros): of the ways to cut them, the one whose characters weigh most (letters, then
 * common punctuation; dynamic programming over the cut points), or undefined when no cut gives
 * printable characters only.
 */
function shortBits(bits: Uint8Array): string | undefined {
  const n = bits.length;
  // best[i]: the most weight a cut of the first i bits gives (−1: none), from[i]: the last character's length.
  const best = new Int32Array(n + 1).fill(-1);
  const from = new Uint8Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i]! < 0 || bits[i] !== 1) continue;
    for (const len of [6, 7]) {
      if (i + len > n) continue;
      let c = 0;
      for (let k = 0; k < len; k++) c = (c << 1) | bits[i + k]!;
      if (!printable(c)) continue;
      const score = best[i]! + weight(c, i + len === n);
      if (score > best[i + len]!) {
        best[i + len] = score;
        from[i + len] = len;
      }
    }
  }
  if (best[n]! < 0) return undefined;
  // The codes, last first, into bytes (a spread of one word's codes as arguments overflows the stack on a long word).
  const codes: number[] = [];
  for (let i = n; i > 0; i -= from[i]!) {
    let c = 0;
    for (let k = i - from[i]!; k < i; k++) c = (c << 1) | bits[k]!;
    codes.push(c);
  }
  return Buffer.from(codes.reverse()).toString('latin1');
}

/** What a run spells, or undefined when a word does not read as printable characters or the whole is too short. */
function spell(run: string): string | undefined {
  const words: string[] = [];
  for (const word of run.split('\u200B')) {
    if (word === '') continue;
    const bits = new Uint8Array(word.length);
    for (let i = 0; i < word.length; i++) bits[i] = word.charCodeAt(i) === ONE ? 1 : 0;
    const text = eightBits(bits) ?? shortBits(bits);
    if (text === undefined) return undefined;
    words.push(text);
  }
  const spelt = words.join(' ');
  let letters = 0;
  for (let i = 0; i < spelt.length; i++) if (letter(spelt.charCodeAt(i))) letters++;
  return spelt.length >= MIN_CHARS && letters * 2 >= spelt.length ? spelt : undefined;
}

/** The runs of invisible bits in `text`, each spelled out. */
export function invisibleBitRuns(text: string, out: Candidate[]): void {
  if (!text.includes('\u2064')) return;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    // Four characters take 19 units at least (three of six bits and a zero-width space).
    if (m[0].length < 19) continue;
    const spelt = spell(m[0]);
    if (spelt !== undefined) out.push({ start: m.index, end: m.index + m[0].length, encoding: 'bits', text: spelt });
  }
  RUN.lastIndex = 0;
}

/**
 * `text` (printable ASCII; other characters are left out) as invisible bits: eight bits a
 * character, spaces included (`eight`), or each character's code without leading zeros and
 * spaces as zero-width spaces, which is shorter but can read back two ways where digits and
 * symbols meet letters.
 */
export function toInvisibleBits(text: string, eight = false): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (!printable(c)) continue;
    if (c === 0x20 && !eight) out += String.fromCharCode(SPACE);
    else for (const bit of eight ? c.toString(2).padStart(8, '0') : c.toString(2)) out += String.fromCharCode(bit === '1' ? ONE : ZERO);
  }
  return out;
}
