/**
 * Finds encoded segments embedded in text and decodes them, so that a prompt-injection
 * classifier can score what an encoding hides: base64 (standard and URL-safe), hex, URL
 * percent-encoding, ROT13 and leetspeak. Decoded text is searched again up to a depth limit,
 * and the total decoded output and the number of segments are capped, so time and memory stay
 * bounded on large inputs and on nesting bombs. Nothing decoded is ever executed or parsed.
 */
import { isUtf8 } from 'node:buffer';
import { AisecError } from '../../core/errors.js';

/** How a segment was encoded. */
export type SegmentEncoding = 'base64' | 'base64url' | 'hex' | 'url' | 'rot13' | 'leet';

/** One decoded segment. */
export interface DecodedSegment {
  readonly encoding: SegmentEncoding;
  /** The decoded text. */
  readonly text: string;
  /** 1 for a segment found in the input, 2 for one found inside a decoded segment, … */
  readonly depth: number;
  /** UTF-8 byte offset in the original input where the outermost enclosing segment starts. */
  readonly byteStart: number;
  /** UTF-8 byte offset just after the outermost enclosing segment. */
  readonly byteEnd: number;
  /** Index in the result of the segment this one was found in (absent at depth 1). */
  readonly parent?: number;
}

/** Limits of {@link decodeSegments}. */
export interface DecodeLimits {
  /** How deep decoded text is searched again (1 = only the input). Default 3. */
  readonly maxDepth?: number;
  /** Total decoded characters kept across all segments. Default 1,048,576. */
  readonly maxOutputChars?: number;
  /** Segments kept. Default 1,000. */
  readonly maxSegments?: number;
}

/** The decoded segments and whether a limit stopped the search. */
export interface DecodeResult {
  readonly segments: readonly DecodedSegment[];
  /** True when a limit (output, segment count) cut the search short. */
  readonly truncated: boolean;
}

export const DEFAULT_DECODE_LIMITS = Object.freeze({ maxDepth: 3, maxOutputChars: 1 << 20, maxSegments: 1000 });

// Candidates: each pattern is linear (disjoint classes, starts anchored at token boundaries).
// Base64 and leetspeak tokens are found by searches that skip most units (tokensOf).
const HEX_TOKEN = /^(?:[0-9a-fA-F]{2}){8,}$/;
const URL_TOKEN = /(?<![^\s%])[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,}/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Number of "%XX" escapes in `text`, counting up to `enough`. */
function percentEscapes(text: string, enough: number): number {
  let n = 0;
  for (let i = text.indexOf('%'); i !== -1 && i + 2 < text.length; i = text.indexOf('%', i + 1)) {
    if (isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2)) && ++n >= enough) break;
  }
  return n;
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Decoded bytes as text when they are valid UTF-8, at least 95 % printable, at least half letters or digits, with a letter. */
function printableText(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  // Checked before decoding: a decoder that throws on invalid input costs an exception per
  // token, and most base64-looking tokens of prose decode to invalid UTF-8.
  if (!isUtf8(bytes)) return undefined;
  const text = utf8.decode(bytes);
  let printable = 0;
  let letters = 0;
  let alnum = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      // ASCII without regexes: the same classes as the Unicode tests below.
      const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
      if (letter) letters++;
      if (letter || (c >= 0x30 && c <= 0x39)) alnum++;
      if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f)) printable++;
      continue;
    }
    if (/\p{L}/u.test(ch)) letters++;
    if (/[\p{L}\p{N}]/u.test(ch)) alnum++;
    if (!/[\p{C}]/u.test(ch)) printable++;
  }
  return printable >= 0.95 * total && letters > 0 && alnum >= 0.5 * total ? text : undefined;
}

function decodeBase64(token: string): { encoding: SegmentEncoding; text: string } | undefined {
  const body = token.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  const urlSafe = /[-_]/.test(body);
  if (urlSafe && /[+/]/.test(body)) return undefined;
  const text = printableText(Buffer.from(body, urlSafe ? 'base64url' : 'base64'));
  return text === undefined ? undefined : { encoding: urlSafe ? 'base64url' : 'base64', text };
}

function decodeHex(token: string): string | undefined {
  return HEX_TOKEN.test(token) ? printableText(Buffer.from(token, 'hex')) : undefined;
}

function decodeUrl(token: string): string | undefined {
  let text: string;
  try {
    text = decodeURIComponent(token);
  } catch {
    return undefined;
  }
  return text !== token && !/\p{Cc}/u.test(text.replace(/[\t\n\r]/g, '')) ? text : undefined;
}

function rot13(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

const COMMON_WORDS_RAW = [
  'the', 'and', 'to', 'of', 'in', 'is', 'are', 'you', 'your', 'me', 'my', 'it', 'this', 'that', 'all',
  'now', 'do', 'not', 'with', 'for', 'what', 'from', 'will', 'must', 'can', 'please', 'ignore',
  'previous', 'prior', 'instructions', 'instruction', 'system', 'prompt', 'disregard', 'forget',
  'reveal', 'password', 'secret', 'rules', 'above', 'say', 'tell', 'print', 'output', 'act',
  'pretend', 'mode', 'developer', 'respond', 'answer', 'only', 'any',
];
/** Common English and instruction words whose ROT13 is not itself in the list. */
const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON_WORDS_RAW.filter((w) => !COMMON_WORDS_RAW.includes(rot13(w))));

/** The ROT13 of each common word: a word whose ROT13 is common is in this set. */
const ROT13_OF_COMMON: ReadonlySet<string> = new Set([...COMMON_WORDS].map(rot13));

const LONGEST_COMMON = Math.max(...COMMON_WORDS_RAW.map((w) => w.length));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}


const LEET_WORDS: ReadonlySet<string> = new Set([
  'ignore', 'ignoring', 'previous', 'prior', 'instructions', 'instruction', 'system', 'prompt',
  'disregard', 'forget', 'reveal', 'password', 'secret', 'secrets', 'bypass', 'jailbreak',
  'override', 'rules', 'admin', 'developer', 'pretend', 'unrestricted', 'above', 'execute',
  'confidential', 'restrictions', 'guidelines', 'filter', 'filters',
]);
const LEET_MAP: Readonly<Record<string, string>> = {
  '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '+': 't',
};
const LEET_AMBIGUOUS = /[1!|]/g;

/** The word a leetspeak token spells (lower case), or undefined for a token with no leet or no letter. */
function unleet(token: string): { word: string; known: boolean } | undefined {
  if (!/[A-Za-z]/.test(token) || !/[0-9@$!|+]/.test(token)) return undefined;
  const mapped = token.toLowerCase().replace(/[0345789@$+]/g, (c) => LEET_MAP[c] ?? c);
  const asI = mapped.replace(LEET_AMBIGUOUS, 'i');
  if (LEET_WORDS.has(asI)) return { word: asI, known: true };
  const asL = mapped.replace(LEET_AMBIGUOUS, 'l');
  if (LEET_WORDS.has(asL)) return { word: asL, known: true };
  return /^[a-z]+$/.test(asI) ? { word: asI, known: false } : undefined;
}

/** Leetspeak decoding per line: the span from the first to the last token that spells a known word. */
function findLeet(text: string, tokens: readonly { index: number; token: string }[]): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  let line: { start: number; end: number; parts: { start: number; end: number; word: string }[]; known: boolean } | undefined;
  const flush = (): void => {
    if (line?.known !== true) return;
    const parts = line.parts;
    const first = parts.findIndex((p) => LEET_WORDS.has(p.word));
    let last = parts.length - 1;
    while (!LEET_WORDS.has(parts[last]?.word ?? '')) last--;
    const start = parts[first]?.start ?? 0;
    const end = parts[last]?.end ?? 0;
    let out = '';
    let at = start;
    for (const p of parts.slice(first, last + 1)) {
      out += text.slice(at, p.start) + p.word;
      at = p.end;
    }
    found.push({ start, end, text: out });
  };
  for (const m of tokens) {
    const token = m.token.replace(/!+$/, ''); // a trailing "!" is punctuation
    const r = unleet(token);
    if (r === undefined) continue;
    const start = m.index;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    if (line?.start !== lineStart) {
      flush();
      line = { start: lineStart, end: start, parts: [], known: false };
    }
    line.parts.push({ start, end: start + token.length, word: r.word });
    if (r.known) line.known = true;
  }
  flush();
  return found;
}

/** A segment found in a text, decoded. @internal */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly encoding: SegmentEncoding;
  readonly text: string;
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
const LETTER = 1;
const B64 = 2;
const LEET = 4;
/** A unit that may sit between the words of a ROT13 run: anything but ASCII letters, line breaks and . ! ? : ; */
const RUN_GAP = 16;
const UNIT = ((): Uint8Array => {
  const table = new Uint8Array(65536).fill(RUN_GAP);
  for (let c = 0; c < 128; c++) {
    let bits = isAsciiLetter(c) || c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b ? 0 : RUN_GAP;
    if (isAsciiLetter(c)) bits |= LETTER;
    if (BASE64_CHAR[c] === 1) bits |= B64;
    if (LEET_CHAR[c] === 1) bits |= LEET;
    table[c] = bits;
  }
  return table;
})();

/** UTF-16 units of the text being searched, in a reused buffer (searching is synchronous). */
let unitBuffer = Buffer.alloc(0);

/** `text`'s UTF-16 units (one native copy), valid until the next call. */
function unitsOf(text: string): Uint16Array {
  const bytes = 2 * text.length;
  if (unitBuffer.length < bytes) unitBuffer = Buffer.allocUnsafeSlow(Math.max(bytes, 2 * unitBuffer.length, 4096));
  unitBuffer.write(text, 0, bytes, 'utf16le');
  return new Uint16Array(unitBuffer.buffer, unitBuffer.byteOffset, text.length);
}

/** The base64 and leetspeak tokens of one text. */
interface Tokens {
  readonly base64: { start: number; token: string }[];
  readonly leet: { index: number; token: string }[];
}

/** A leet character (a digit or a symbol that stands for a letter): where a search for leetspeak tokens stops. */
const LEET_SYMBOL_RE = /[0-9@$!|+]/g;
/** The shortest base64 token. */
const BASE64_MIN = 16;

/**
 * The base64 and leetspeak candidates of `text` (its UTF-16 units in `units`):
 * - base64: maximal runs of at least 16 characters of [A-Za-z0-9+/_-], each with up to two
 *   trailing "=";
 * - leetspeak: maximal runs of 3 to 40 characters of [A-Za-z0-9@$!|+] holding a leet character
 *   ([0-9@$!|+]) and a letter.
 *
 * Neither search reads every unit. A base64 run is looked for 15 units ahead of the first place
 * one could start: when the unit there is not a base64 character, no run of 16 starts at or
 * before it, and the search moves past it (most units of prose are skipped this way). A
 * leetspeak token holds a leet character, which a native search finds; the run around it is read
 * from there, and the search goes on after it.
 */
function tokensOf(text: string, units: Uint16Array): Tokens {
  return { base64: base64Runs(text, units), leet: leetRuns(text, units) };
}

function base64Runs(text: string, units: Uint16Array): { start: number; token: string }[] {
  const base64: { start: number; token: string }[] = [];
  const n = text.length;
  // `at` is where a run may start: 0, or just after a unit that is not a base64 character.
  let at = 0;
  while (at + BASE64_MIN <= n) {
    const probe = at + BASE64_MIN - 1;
    if ((UNIT[units[probe]!]! & B64) === 0) {
      at = probe + 1;
      continue;
    }
    // The run holding the probe starts at or after `at`: find where.
    let start = probe;
    while (start > at && (UNIT[units[start - 1]!]! & B64) !== 0) start--;
    if (start > at) {
      // Shorter than 16 up to the probe: look again 15 units after its start.
      at = start;
      continue;
    }
    let end = probe + 1;
    while (end < n && (UNIT[units[end]!]! & B64) !== 0) end++;
    // "=" is not a base64 character: the padding ends the run, and the next one may start after it.
    let padded = end;
    if (padded < n && units[padded] === 0x3d) padded++;
    if (padded < n && units[padded] === 0x3d) padded++;
    base64.push({ start, token: text.slice(start, padded) });
    at = end + 1;
  }
  return base64;
}

function holdsLetter(units: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((UNIT[units[i]!]! & LETTER) !== 0) return true;
  return false;
}

function leetRuns(text: string, units: Uint16Array): { index: number; token: string }[] {
  const leet: { index: number; token: string }[] = [];
  const n = text.length;
  LEET_SYMBOL_RE.lastIndex = 0;
  // test() moves lastIndex past the one-unit match and allocates no match array.
  while (LEET_SYMBOL_RE.test(text)) {
    const at = LEET_SYMBOL_RE.lastIndex - 1;
    // The maximal run of leet-token characters around the leet character.
    let start = at;
    while (start > 0 && (UNIT[units[start - 1]!]! & LEET) !== 0) start--;
    let end = at + 1;
    while (end < n && (UNIT[units[end]!]! & LEET) !== 0) end++;
    if (end - start >= 3 && end - start <= 40 && holdsLetter(units, start, end)) leet.push({ index: start, token: text.slice(start, end) });
    // The run's other leet characters belong to it.
    LEET_SYMBOL_RE.lastIndex = end;
  }
  LEET_SYMBOL_RE.lastIndex = 0;
  return leet;
}

/**
 * The base64 candidates: maximal runs of at least 16 characters of [A-Za-z0-9+/_-], each with
 * up to two trailing "=" (see {@link tokensOf}).
 * @internal
 */
export function base64Tokens(text: string, units: Uint16Array = unitsOf(text)): { start: number; token: string }[] {
  return base64Runs(text, units);
}

/**
 * The leetspeak candidates: maximal runs of 3 to 40 characters of [A-Za-z0-9@$!|+] holding a
 * leet character ([0-9@$!|+]) and a letter (see {@link tokensOf}).
 * @internal
 */
export function leetTokens(text: string, units: Uint16Array = unitsOf(text)): { index: number; token: string }[] {
  return leetRuns(text, units);
}

/**
 * Key of the first {@link KEYED} letters of a word, lower-cased (base 27, so distinct prefixes get
 * distinct keys; 27^6 < 2^30 keeps it a small integer).
 */
const KEYED = 6;
function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < Math.min(word.length, KEYED); i++) key = key * 27 + ((word.charCodeAt(i) | 0x20) - 0x60);
  return key;
}
/** Keys of the rotated common words of at most {@link KEYED} letters, and of the longer ones' first letters. */
const ROT13_SHORT_KEYS: ReadonlySet<number> = new Set([...ROT13_OF_COMMON].filter((w) => w.length <= KEYED).map(wordKey));
const ROT13_LONG_PREFIXES: ReadonlySet<number> = new Set([...ROT13_OF_COMMON].filter((w) => w.length > KEYED).map(wordKey));

/**
 * Whether the text holds at least 3 words (runs of ASCII letters) that are the ROT13 of a
 * common word: no run of it can pass {@link rot13Runs} otherwise, so the run search is skipped.
 * Whitespace does not change the answer (it changes no word).
 * @internal
 */
export function mayHoldRot13(text: string): boolean {
  // Preparation asks again about the text it just decoded: the last answer is kept.
  if (text === lastRot13Text) return lastRot13Answer;
  lastRot13Text = text;
  lastRot13Answer = countRot13Words(text);
  return lastRot13Answer;
}

let lastRot13Text = '';
let lastRot13Answer = false;

function countRot13Words(text: string): boolean {
  let found = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    for (; i < n && i - start < KEYED; i++) {
      const c = text.charCodeAt(i);
      if (!isAsciiLetter(c)) break;
      key = key * 27 + ((c | 0x20) - 0x60);
    }
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    const length = i - start;
    if (length > LONGEST_COMMON) continue;
    const maybe = KEY_FILTER[keySlot(key)]!;
    const hit = length <= KEYED ? (maybe & 2) !== 0 && ROT13_SHORT_KEYS.has(key) : (maybe & 8) !== 0 && ROT13_LONG_PREFIXES.has(key) && ROT13_OF_COMMON.has(text.slice(start, i).toLowerCase());
    if (hit && ++found >= 3) return true;
  }
  return false;
}

/** Key of a word of at most {@link KEYED} letters, for the sets below. */
const COMMON_SHORT_KEYS: ReadonlySet<number> = new Set([...COMMON_WORDS].filter((w) => w.length <= KEYED).map(wordKey));
const COMMON_LONG_PREFIXES: ReadonlySet<number> = new Set([...COMMON_WORDS].filter((w) => w.length > KEYED).map(wordKey));

/**
 * A first test of a word key against the four sets above, one table read (bit 1: maybe a common
 * word, 2: maybe a rotated one, 4 and 8: maybe the prefix of a longer one); a set is asked only
 * when its bit is on, which for most words of prose it is not.
 */
const KEY_FILTER = ((): Uint8Array => {
  const table = new Uint8Array(1 << 16);
  const mark = (keys: ReadonlySet<number>, bit: number): void => {
    for (const key of keys) table[keySlot(key)]! |= bit;
  };
  mark(COMMON_SHORT_KEYS, 1);
  mark(ROT13_SHORT_KEYS, 2);
  mark(COMMON_LONG_PREFIXES, 4);
  mark(ROT13_LONG_PREFIXES, 8);
  return table;
})();

function keySlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/**
 * The ROT13 candidates: each maximal run of at least three words (runs of ASCII letters) joined
 * by gaps of one to three characters other than letters, line breaks and . ! ? : ; (the matches of
 * `(?<![A-Za-z])[A-Za-z]+(?:[^A-Za-z\n.!?:;]{1,3}[A-Za-z]+){2,}`), rotated when the rotation has
 * markedly more common words: at least 3, at least 30 % of its words, and at least twice as many
 * plus 2 as the run itself has (so English is not rotated). One loop over the code units; words are
 * counted by numeric keys, and a run is cut out of the text only when it is kept. Returns what
 * {@link mayHoldRot13} answers for the text (whether three rotated common words occur in it).
 * @internal
 */
export function rot13Runs(text: string, out: Candidate[], units: Uint16Array = unitsOf(text)): boolean {
  const n = text.length;
  /** Rotated common words in the whole text. */
  let rotated = 0;
  let runStart = -1;
  let runEnd = 0;
  let words = 0;
  let after = 0;
  let i = 0;
  while (i < n && (UNIT[units[i]!]! & LETTER) === 0) i++;
  while (i < n) {
    // A word (i is at its first letter).
    const start = i;
    let key = 0;
    for (; i < n && i - start < KEYED; i++) {
      const c = units[i]!;
      if ((UNIT[c]! & LETTER) === 0) break;
      key = key * 27 + ((c | 0x20) - 0x60);
    }
    while (i < n && (UNIT[units[i]!]! & LETTER) !== 0) i++;
    const length = i - start;
    if (runStart === -1) {
      runStart = start;
      words = after = 0;
    }
    runEnd = i;
    words++;
    // Rotated common words only (few words of prose pass the filter); a run's common words are
    // counted only when it could be rotated (commonWordsIn).
    const maybe = length <= LONGEST_COMMON ? KEY_FILTER[keySlot(key)]! : 0;
    if (
      maybe !== 0 &&
      (length <= KEYED
        ? (maybe & 2) !== 0 && ROT13_SHORT_KEYS.has(key)
        : (maybe & 8) !== 0 && ROT13_LONG_PREFIXES.has(key) && ROT13_OF_COMMON.has(text.slice(start, i).toLowerCase()))
    ) {
      after++;
      rotated++;
    }
    // The gap after it: one to three gap characters followed by a letter continue the run.
    const gapStart = i;
    while (i < n && i - gapStart < 4 && (UNIT[units[i]!]! & RUN_GAP) !== 0) i++;
    if (i - gapStart <= 3 && i < n && (UNIT[units[i]!]! & LETTER) !== 0) continue;
    closeRun(text, units, runStart, runEnd, words, after, out);
    runStart = -1;
    while (i < n && (UNIT[units[i]!]! & LETTER) === 0) i++;
  }
  if (runStart !== -1) closeRun(text, units, runStart, runEnd, words, after, out);
  return rotated >= 3;
}

/** Keep the run from `start` to `end` (`words` words, `after` of them rotated common ones) when its rotation has markedly more common words. */
function closeRun(text: string, units: Uint16Array, start: number, end: number, words: number, after: number, out: Candidate[]): void {
  if (after >= 3 && after >= 0.3 * words && after >= 2 * commonWordsIn(text, units, start, end) + 2) {
    out.push({ start, end, encoding: 'rot13', text: rot13(text.slice(start, end)) });
  }
}

/** The common words (not rotated) among the words of `text` from `start` to `end` (a run: it starts and ends at word boundaries). */
function commonWordsIn(text: string, units: Uint16Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; ) {
    if ((UNIT[units[i]!]! & LETTER) === 0) {
      i++;
      continue;
    }
    const from = i;
    let key = 0;
    for (; i < end && i - from < KEYED; i++) {
      const c = units[i]!;
      if ((UNIT[c]! & LETTER) === 0) break;
      key = key * 27 + ((c | 0x20) - 0x60);
    }
    while (i < end && (UNIT[units[i]!]! & LETTER) !== 0) i++;
    const length = i - from;
    if (length > LONGEST_COMMON) continue;
    const maybe = KEY_FILTER[keySlot(key)]!;
    if (length <= KEYED ? (maybe & 1) !== 0 && COMMON_SHORT_KEYS.has(key) : (maybe & 4) !== 0 && COMMON_LONG_PREFIXES.has(key) && COMMON_WORDS.has(text.slice(from, i).toLowerCase())) count++;
  }
  return count;
}

/** The candidates of `text`; for the input of a decoding call (`top`), what {@link mayHoldRot13} answers for it is kept. */
function findCandidates(text: string, onlyRot13 = false, top = false): Candidate[] {
  const out: Candidate[] = [];
  const units = unitsOf(text);
  // The run search answers the three-word question itself (no separate pass).
  const rot13 = (): void => {
    const answer = rot13Runs(text, out, units);
    if (top) {
      lastRot13Text = text;
      lastRot13Answer = answer;
    }
  };
  if (onlyRot13) {
    rot13();
    return out;
  }
  const tokens = tokensOf(text, units);
  for (const { start, token } of tokens.base64) {
    const end = start + token.length;
    const hex = decodeHex(token);
    if (hex !== undefined) {
      out.push({ start, end, encoding: 'hex', text: hex });
      continue;
    }
    const b64 = decodeBase64(token);
    if (b64 !== undefined) out.push({ start, end, ...b64 });
  }
  // A URL token holds at least three "%XX".
  if (percentEscapes(text, 3) >= 3) {
    for (const m of text.matchAll(URL_TOKEN)) {
      const decoded = decodeUrl(m[0]);
      if (decoded !== undefined) out.push({ start: m.index, end: m.index + m[0].length, encoding: 'url', text: decoded });
    }
  }
  rot13();
  for (const l of findLeet(text, tokens.leet)) out.push({ ...l, encoding: 'leet' });
  return out.sort((a, b) => a.start - b.start);
}

/** UTF-8 byte offsets of ascending UTF-16 positions in `text`, in one pass. */
function byteOffsets(text: string, positions: readonly number[]): Map<number, number> {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let i = 0;
  let bytes = 0;
  for (const pos of sorted) {
    for (; i < pos && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          bytes += 4;
          i++;
        } else bytes += 3;
      } else bytes += 3;
    }
    out.set(pos, bytes);
  }
  return out;
}

function checkLimit(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AisecError('ERR_CONFIG_INVALID', `decodeSegments: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`, {
      details: { place: `decodeSegments.${name}` },
    });
  }
  return value;
}

/**
 * Find and decode the encoded segments of `text`, then search each decoded text again, down
 * to `maxDepth`. Segments are listed outer first, each top-level one in order of position.
 */
export function decodeSegments(text: string, limits: DecodeLimits = {}): DecodeResult {
  return decode(text, limits, false);
}

/**
 * The segments {@link decodeSegments} finds whose outermost encoding is ROT13 (with everything
 * nested in them). For a text that differs from one already decoded only in its whitespace:
 * base64, hex, URL and leetspeak tokens do not depend on whitespace, ROT13 runs (words joined by
 * at most three other characters) do.
 */
export function decodeRot13Segments(text: string, limits: DecodeLimits = {}): DecodeResult {
  return decode(text, limits, true);
}

function decode(text: string, limits: DecodeLimits, onlyRot13: boolean): DecodeResult {
  const maxDepth = checkLimit('maxDepth', limits.maxDepth ?? DEFAULT_DECODE_LIMITS.maxDepth, 1, 16);
  const maxOutputChars = checkLimit('maxOutputChars', limits.maxOutputChars ?? DEFAULT_DECODE_LIMITS.maxOutputChars, 0, 1 << 28);
  const maxSegments = checkLimit('maxSegments', limits.maxSegments ?? DEFAULT_DECODE_LIMITS.maxSegments, 0, 1_000_000);

  const top = findCandidates(text, onlyRot13, true);
  const offsets = byteOffsets(text, top.flatMap((c) => [c.start, c.end]));
  const segments: DecodedSegment[] = [];
  let output = 0;
  let truncated = false;

  const add = (c: Candidate, depth: number, byteStart: number, byteEnd: number, parent: number | undefined): boolean => {
    if (segments.length >= maxSegments || output + c.text.length > maxOutputChars) {
      truncated = true;
      return false;
    }
    output += c.text.length;
    segments.push({ encoding: c.encoding, text: c.text, depth, byteStart, byteEnd, ...(parent === undefined ? {} : { parent }) });
    const index = segments.length - 1;
    if (depth < maxDepth) {
      for (const inner of findCandidates(c.text)) if (!add(inner, depth + 1, byteStart, byteEnd, index)) return false;
    }
    return true;
  };

  for (const c of top) {
    if (!add(c, 1, offsets.get(c.start) ?? 0, offsets.get(c.end) ?? 0, undefined)) break;
  }
  return { segments, truncated };
}
