/**
 * Ecoji text (versions 1 and 2 of the standard): ten bits per emoji, four emojis for each five
 * bytes, most significant bits first. A last group of one to three bytes ends in the fill emoji
 * ☕ (version 2 may leave out the fills after the first), and one of four bytes ends in one of
 * four emojis that carry the fourth byte's last two bits. Each version has its own 1,024 emojis
 * (data/ecoji/, from the standard's repository; an emoji in both has the same value in both).
 *
 * A candidate is a run of at least {@link MIN_ECOJI_RUN} emojis of either alphabet in a row (line
 * breaks and the emoji presentation selector U+FE0F between them are passed over), at least
 * {@link MIN_DISTINCT} of them different, whose bytes are text (decoded-text.ts): a row of the same
 * emoji or two, as people write them, is not read. Every emoji of the alphabets is U+1F000–
 * U+1FAFF (a surrogate pair) or U+2300–U+2BFF: only stretches of such units and other characters
 * outside ASCII are looked for (wide-runs.ts, one search for this reader and the Base2048 one),
 * and the alphabets are read from their files when a text first holds one with enough emojis.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AisecError } from '../../core/errors.js';
import type { Candidate } from './decode-segments.js';
import { printableText, textByte } from './decoded-text.js';

/** The shortest run read: two groups, up to ten bytes. */
export const MIN_ECOJI_RUN = 8;
/** Fewest different emojis in a run read. */
const MIN_DISTINCT = 4;

/** The alphabets, each 1,024 code points in hexadecimal, one a line, the line's number (from 0) its value. */
const ALPHABET_FILES = [new URL('../../../data/ecoji/emojisV1.txt', import.meta.url), new URL('../../../data/ecoji/emojisV2.txt', import.meta.url)];
/** The emoji of a group of one to three bytes after its last byte's emoji. */
const FILL = 0x2615;
/** The last emoji of a group of four bytes, by the fourth byte's last two bits (versions 1 and 2). */
const LAST = [
  [0x269c, 0x1f3cd, 0x1f4d1, 0x1f64b],
  [0x1f977, 0x1f6fc, 0x1f4d1, 0x1f64b],
];

/** What a code point is to Ecoji: its value (0–1023), or {@link FILL_VALUE}, or {@link LAST_VALUE} + the two bits. */
const FILL_VALUE = 1024;
const LAST_VALUE = 2048;

/** A shipped alphabet file is damaged: the detector's data error, with its place and the fix. */
function alphabetFault(place: string, what: string): never {
  throw new AisecError('ERR_DETECT_MODEL', `Ecoji alphabet ${place}: ${what}; reinstall aisec.`, { details: { place } });
}

/** A shipped alphabet is about 6 KB; a file far larger is not an alphabet. */
const MAX_ALPHABET_BYTES = 1 << 16;

/**
 * The code points of an Ecoji alphabet file, by value: 1,024 lines of a code point in
 * hexadecimal. A missing, unreadable or damaged file fails with ERR_DETECT_MODEL naming the place.
 * @internal
 */
export function readAlphabet(file: URL | string): number[] {
  const name = typeof file === 'string' ? file : fileURLToPath(file);
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_ALPHABET_BYTES) alphabetFault(name, `${size} bytes, more than an alphabet of ${MAX_ALPHABET_BYTES} bytes at most`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof AisecError) throw error;
    alphabetFault(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  if (lines.length !== 1024) alphabetFault(name, `an Ecoji alphabet needs 1,024 code points, found ${lines.length}`);
  return lines.map((line, value) => {
    if (!/^[0-9a-f]{4,5}$/i.test(line)) alphabetFault(`${name} line ${value + 1}`, `${JSON.stringify(line.slice(0, 40))} is not a code point in hexadecimal`);
    return Number.parseInt(line, 16);
  });
}

let lists: (readonly number[])[] | undefined;

/** The code points of each version's alphabet, by value; read once. */
function alphabets(): (readonly number[])[] {
  lists ??= ALPHABET_FILES.map((file) => readAlphabet(file));
  return lists;
}

let values: Map<number, number> | undefined;

/** Each emoji of either alphabet (and the fill and last emojis) by what it is to Ecoji. */
function alphabet(): Map<number, number> {
  if (values !== undefined) return values;
  const map = new Map<number, number>();
  for (const list of alphabets()) {
    list.forEach((cp, value) => {
      if (map.has(cp) && map.get(cp) !== value) alphabetFault('data/ecoji', `U+${cp.toString(16)} has two values in the alphabets`);
      map.set(cp, value);
    });
  }
  map.set(FILL, FILL_VALUE);
  for (const last of LAST) last.forEach((cp, bits) => map.set(cp, LAST_VALUE + bits));
  values = map;
  return map;
}

/** Decoded bytes, in a reused buffer (decoding is synchronous), grown as needed. */
let decoded = new Uint8Array(4096);

/** The values of one run of emojis, and where each starts in the text (one more: where the last ends). */
interface Emojis {
  readonly values: number[];
  readonly starts: number[];
}

/** The runs of emojis of the alphabets in `units[start..end)`, split where another character stands. */
function emojiRuns(units: Uint16Array, start: number, end: number, table: Map<number, number>): Emojis[] {
  const runs: Emojis[] = [];
  let run: Emojis = { values: [], starts: [] };
  const close = (at: number): void => {
    if (run.values.length >= MIN_ECOJI_RUN) runs.push({ values: run.values, starts: [...run.starts, at] });
    run = { values: [], starts: [] };
  };
  let lastEnd = start;
  for (let i = start; i < end; ) {
    const c = units[i]!;
    if (c === 0x0a || c === 0x0d || c === 0xfe0f) {
      i++;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff;
    const cp = pair ? ((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000 : c;
    const value = table.get(cp);
    if (value === undefined) close(lastEnd);
    else {
      run.values.push(value);
      run.starts.push(i);
    }
    i += pair ? 2 : 1;
    if (value !== undefined) lastEnd = i;
  }
  close(lastEnd);
  return runs;
}

/**
 * Decode the emojis of a run from its `from`th into {@link decoded}, group by group, up to the
 * first group that is not whole or a group that ends short; returns the number of bytes and, in
 * {@link decodedEmojis}, how many emojis they took, or −1 at a control byte.
 */
function decodeEmojis(values: readonly number[], from: number): number {
  if (decoded.length < values.length * 2) decoded = new Uint8Array(Math.max(values.length * 2, 2 * decoded.length));
  let n = 0;
  let k = from;
  decodedEmojis = 0;
  while (k < values.length) {
    const group = [values[k]!, values[k + 1] ?? FILL_VALUE, values[k + 2] ?? FILL_VALUE, values[k + 3] ?? FILL_VALUE];
    // A group starts with a value; a fill stands only after the first, and only fills after it; a last emoji only fourth.
    const fill = group.indexOf(FILL_VALUE);
    if (group[0]! >= FILL_VALUE || (fill !== -1 && group.slice(fill).some((v) => v !== FILL_VALUE)) || group.slice(0, 3).some((v) => v >= LAST_VALUE)) break;
    // Fewer than four emojis left: only a group ending in fills (version 2 may leave some out) is whole.
    const left = values.length - k;
    if (left < 4 && (fill === -1 || fill >= left)) break;
    const bytesOf = fill === -1 ? (group[3]! >= LAST_VALUE ? 4 : 5) : fill;
    const bits = group.map((v) => (v >= LAST_VALUE ? (v - LAST_VALUE) << 8 : v >= FILL_VALUE ? 0 : v));
    // Forty bits: the top eight of the first value, then the rest.
    const high = bits[0]! >> 2;
    const low = (((bits[0]! & 3) << 30) | (bits[1]! << 20) | (bits[2]! << 10) | bits[3]!) >>> 0;
    const five = [high, low >>> 24, (low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff];
    for (let b = 0; b < bytesOf; b++) {
      // A control byte is no text: the attempt ends (most emojis that encode nothing give one soon).
      if (!textByte(five[b]!)) return -1;
      decoded[n++] = five[b]!;
    }
    const used = Math.min(4, left);
    k += used;
    decodedEmojis += used;
    if (bytesOf < 5) break;
  }
  return n;
}

/** How many emojis the last {@link decodeEmojis} decoded (a second result, without an object). */
let decodedEmojis = 0;

/** Whether the first {@link MIN_ECOJI_RUN} values hold {@link MIN_DISTINCT} different ones. */
function variedEnough(values: readonly number[], from: number): boolean {
  return new Set(values.slice(from, from + MIN_ECOJI_RUN)).size >= MIN_DISTINCT;
}

/**
 * Append the candidates of one run of emojis to `out`, segment after segment (a segment ends
 * after a group that ends short). Where no text decodes, the run is tried from its next three
 * emojis (an emoji of the alphabets written before the encoded text shifts its groups), then
 * given up.
 */
function readRun(run: Emojis, out: Candidate[]): void {
  let k = 0;
  let shifts = 0;
  while (run.values.length - k >= MIN_ECOJI_RUN) {
    const n = variedEnough(run.values, k) ? decodeEmojis(run.values, k) : -1;
    const text = n >= 4 ? printableText(decoded.subarray(0, n)) : undefined;
    if (text === undefined) {
      if (++shifts > 3) return;
      k++;
      continue;
    }
    out.push({ start: run.starts[k]!, end: run.starts[k + decodedEmojis]!, encoding: 'ecoji', text });
    k += decodedEmojis;
    shifts = 0;
  }
}

/**
 * Append to `out` the Ecoji candidates of the stretch `units[start..end)` of characters outside
 * ASCII and line breaks (wide-runs.ts finds such stretches; a run of emojis lies within one). A
 * stretch with fewer than {@link MIN_ECOJI_RUN} units of emojis is not read.
 */
export function ecojiInStretch(units: Uint16Array, start: number, end: number, out: Candidate[]): void {
  let emojiUnits = 0;
  for (let i = start; i < end && emojiUnits < MIN_ECOJI_RUN; i++) if (units[i]! >= 0x2300) emojiUnits++;
  if (emojiUnits < MIN_ECOJI_RUN) return;
  for (const run of emojiRuns(units, start, end, alphabet())) readRun(run, out);
}

/** `token` read as an Ecoji run would be (for tests): the texts of its segments. */
export function decodeEcojiToken(token: string): string[] {
  const out: Candidate[] = [];
  const units = Uint16Array.from(token, (ch) => ch.charCodeAt(0));
  for (const run of emojiRuns(units, 0, units.length, alphabet())) readRun(run, out);
  return out.map((c) => c.text);
}

/** `bytes` in Ecoji: `version` 1 pads a last short group to four emojis, 2 writes one fill after its last byte's emoji, as the standard's own encoder does. */
export function ecojiOfBytes(bytes: Uint8Array, version: 1 | 2 = 2): string {
  const emojis = alphabets()[version - 1]!;
  let out = '';
  for (let i = 0; i < bytes.length; i += 5) {
    const group = bytes.subarray(i, i + 5);
    const b = [0, 1, 2, 3, 4].map((j) => group[j] ?? 0);
    const low = ((b[1]! << 24) | (b[2]! << 16) | (b[3]! << 8) | b[4]!) >>> 0;
    const v = [(b[0]! << 2) | (low >>> 30), (low >>> 20) & 0x3ff, (low >>> 10) & 0x3ff, low & 0x3ff];
    const cps =
      group.length === 5
        ? v.map((x) => emojis[x]!)
        : group.length === 4
          ? [emojis[v[0]!]!, emojis[v[1]!]!, emojis[v[2]!]!, LAST[version - 1]![b[3]! & 3]!]
          : [...v.slice(0, group.length).map((x) => emojis[x]!), ...Array<number>(version === 1 ? 4 - group.length : 1).fill(FILL)];
    out += String.fromCodePoint(...cps);
  }
  return out;
}

/** `text`'s UTF-8 bytes in Ecoji (see {@link ecojiOfBytes}): for tests, the red team and the benchmark's disguises. */
export function toEcoji(text: string, version: 1 | 2 = 2): string {
  return ecojiOfBytes(new TextEncoder().encode(text), version);
}
