/**
 * Finds encoded segments embedded in text and decodes them, so that a prompt-injection
 * classifier can score what an encoding hides: base64 (standard and URL-safe), base32, hex, URL
 * percent-encoding, ROT13, leetspeak, letter-spaced words (spaced-letters.ts), Morse code
 * (morse-code.ts), braille (braille.ts), the NATO alphabet (nato-alphabet.ts), lines written
 * backwards (reversed-text.ts), the Atbash cipher (atbash.ts), Caesar ciphers of other shifts than
 * 13 (caesar.ts), Ascii85 and base85 (ascii85.ts), uuencoded lines (uuencode.ts), Base2048
 * (base2048.ts) and Ecoji (ecoji.ts), both found by wide-runs.ts, sentences run together in
 * camelCase (camel-case.ts) or without spaces (run-together.ts), Pig Latin (pig-latin.ts),
 * words with their inner letters shuffled (scrambled-words.ts), and text hidden in invisible
 * characters: Unicode tag characters (tag-characters.ts), runs of variation selectors
 * (variation-selectors.ts) and binary in invisible characters (invisible-bits.ts).
 * Decoded text is searched again up to a depth limit, and the total decoded output and the
 * number of segments are capped, so time and memory stay bounded on large inputs and on nesting
 * bombs. Nothing decoded is ever executed or parsed.
 */
import { AisecError } from '../../core/errors.js';
import { printableText } from './decoded-text.js';
import { B64, forEachRun, isAsciiLetter, LEET, LETTER, PRINT, searchUnits, UNIT } from './decode-units.js';
import { base85Candidate, MIN_BASE85_RUN } from './ascii85.js';
import { brailleRuns } from './braille.js';
import { camelCaseRuns } from './camel-case.js';
import { caesarRuns } from './caesar.js';
import { invisibleBitRuns } from './invisible-bits.js';
import { morseRuns } from './morse-code.js';
import { natoRuns } from './nato-alphabet.js';
import { pigLatinRuns } from './pig-latin.js';
import { rememberRot13Lines, rot13Runs } from './rot13-search.js';
import { runTogetherRuns } from './run-together.js';
import { scrambledWordRuns } from './scrambled-words.js';
import { spacedLetterRuns } from './spaced-letters.js';
import { joinedLetterRuns } from './joined-letters.js';
import { accentedEnglishRuns } from './accented-english.js';
import { letterSymbolRuns } from './letter-symbols.js';
import { tagCharacterRuns } from './tag-characters.js';
import { uuencodeRuns } from './uuencode.js';
import { wideRuns } from './wide-runs.js';
import { variationSelectorRuns } from './variation-selectors.js';

/** How a segment was encoded ('zalgo': a whole text read without accents by prepare-text.ts, not a segment this file finds). */
export type SegmentEncoding = 'base64' | 'base64url' | 'hex' | 'url' | 'rot13' | 'leet' | 'spaced' | 'reversed' | 'tags' | 'selectors' | 'morse' | 'base32' | 'braille' | 'nato' | 'bits' | 'zalgo' | 'atbash' | 'base85' | 'uu' | 'caesar' | 'base2048' | 'ecoji' | 'camel' | 'pig-latin' | 'scrambled' | 'joined' | 'punctuated' | 'accented' | 'symbols';

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

function decodeBase64(token: string): { encoding: SegmentEncoding; text: string } | undefined {
  const body = token.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  const urlSafe = /[-_]/.test(body);
  if (urlSafe && /[+/]/.test(body)) return undefined;
  const text = printableText(Buffer.from(body, urlSafe ? 'base64url' : 'base64'));
  return text === undefined ? undefined : { encoding: urlSafe ? 'base64url' : 'base64', text };
}

const BASE32_TOKEN = /^[A-Z2-7]+$/;

/**
 * RFC 4648 base32 (upper-case letters and 2–7; padding optional): tried on a token that is not
 * base64 text. Of the lengths a base32 text can leave once its padding is cut, 1, 3 and 6 mod 8
 * are not among them.
 */
function decodeBase32(token: string): string | undefined {
  const body = token.replace(/=+$/, '');
  if (!BASE32_TOKEN.test(body) || [1, 3, 6].includes(body.length % 8)) return undefined;
  const bytes = new Uint8Array(Math.floor((body.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    value = ((value << 5) | (c >= 0x41 ? c - 0x41 : c - 0x32 + 26)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (value >> bits) & 0xff;
    }
  }
  return printableText(bytes.subarray(0, n));
}

/** `text` as padded RFC 4648 base32 of its UTF-8 bytes: the inverse of the decoding above (for tests and the benchmark's disguises). */
export function toBase32(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of Buffer.from(text, 'utf8')) {
    value = ((value << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
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

/** Whether the first `length` units of `token` hold an ASCII letter and a leet character ([0-9@$!|+]), as {@link unleet} requires. */
function mayBeLeet(token: string, length: number): boolean {
  let letter = false;
  let leet = false;
  for (let i = 0; i < length; i++) {
    const c = token.charCodeAt(i);
    if (isAsciiLetter(c)) letter = true;
    else if ((c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c || c === 0x2b) leet = true;
  }
  return letter && leet;
}

/** Lengths of the words leetspeak may spell (a token spells a word of its own length). */
const LEET_WORD_LENGTHS = new Set([...LEET_WORDS].map((w) => w.length));

/** A leetspeak token without its trailing "!" (punctuation), or undefined when it holds no letter or no leet character (unleet would find nothing). */
function leetToken(token: string): string | undefined {
  // Checked on its units before any string is made: most tokens of prose ("great!") fail.
  let length = token.length;
  while (length > 0 && token.charCodeAt(length - 1) === 0x21) length--;
  if (!mayBeLeet(token, length)) return undefined;
  return length === token.length ? token : token.slice(0, length);
}

/**
 * Leetspeak decoding per line: the span from the first to the last token that spells a known
 * word, each token in it replaced by the word it spells. Only a line with a token that spells a
 * known word gives a span, so a line's other tokens are decoded only when it has one (most lines
 * of prose have none).
 */
function findLeet(text: string, tokens: readonly { index: number; token: string }[]): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (let k = 0; k < tokens.length; ) {
    // The tokens of one line (no token holds a line break).
    const lineEnd = text.indexOf('\n', tokens[k]!.index);
    let next = k + 1;
    while (next < tokens.length && (lineEnd === -1 || tokens[next]!.index < lineEnd)) next++;
    if (spellsKnownWord(tokens, k, next)) found.push(leetSpan(text, tokens, k, next));
    k = next;
  }
  return found;
}

/** Whether one of `tokens[from..to)` spells a known word. */
function spellsKnownWord(tokens: readonly { index: number; token: string }[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = leetToken(tokens[k]!.token);
    if (token !== undefined && LEET_WORD_LENGTHS.has(token.length) && unleet(token)?.known === true) return true;
  }
  return false;
}

/** The span of one line's tokens `tokens[from..to)`, of which one spells a known word. */
function leetSpan(text: string, tokens: readonly { index: number; token: string }[], from: number, to: number): { start: number; end: number; text: string } {
  const parts: { start: number; end: number; word: string }[] = [];
  for (let k = from; k < to; k++) {
    const token = leetToken(tokens[k]!.token);
    const r = token === undefined ? undefined : unleet(token);
    if (r !== undefined) parts.push({ start: tokens[k]!.index, end: tokens[k]!.index + token!.length, word: r.word });
  }
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
  return { start, end, text: out };
}

/** A segment found in a text, decoded. @internal */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly encoding: SegmentEncoding;
  readonly text: string;
}

/** The base64, base85 and leetspeak tokens of one text. */
interface Tokens {
  readonly base64: { start: number; token: string }[];
  readonly base85: Candidate[];
  readonly leet: { index: number; token: string }[];
}

/** A leet character (a digit or a symbol that stands for a letter): where a search for leetspeak tokens stops. */
const LEET_SYMBOL_RE = /[0-9@$!|+]/g;
/** The shortest base64 token. */
const BASE64_MIN = 16;

/**
 * The base64, base85 and leetspeak candidates of `text` (its UTF-16 units in `units`):
 * - base64: maximal runs of at least 16 characters of [A-Za-z0-9+/_-], each with up to two
 *   trailing "=";
 * - base85: maximal runs of at least 20 printable ASCII characters (! to ~), decoded
 *   (ascii85.ts);
 * - leetspeak: maximal runs of 3 to 40 characters of [A-Za-z0-9@$!|+] holding a leet character
 *   ([0-9@$!|+]) and a letter.
 *
 * Neither search reads every unit. A base64 or base85 run lies within a maximal run of printable
 * ASCII characters of 16 or more, which is looked for 15 units ahead of the first place one could
 * start: when the unit there is not one, no such run starts at or before it, and the search moves
 * past it (most units of prose are skipped this way); the base64 runs are read within it. A
 * leetspeak token holds a leet character, which a native search finds; the run around it is read
 * from there, and the search goes on after it.
 */
function tokensOf(text: string, units: Uint16Array): Tokens {
  const base85: Candidate[] = [];
  return { base64: printableRuns(text, units, base85), base85, leet: leetRuns(text, units) };
}

/** The base64 tokens of `text` (see {@link tokensOf}); the base85 candidates go to `base85`. */
function printableRuns(text: string, units: Uint16Array, base85: Candidate[]): { start: number; token: string }[] {
  const base64: { start: number; token: string }[] = [];
  forEachRun(units, text.length, PRINT, BASE64_MIN, (start, end) => {
    base64Within(text, units, start, end, base64);
    if (end - start >= MIN_BASE85_RUN) {
      const candidate = base85Candidate(units, start, end);
      if (candidate !== undefined) base85.push(candidate);
    }
    // The unit after the run is not printable ASCII.
    return end + 1;
  });
  return base64;
}

/** The maximal base64 runs of at least 16 characters in `units[start..end)` (a run of printable ASCII), each with up to two "=" after it. */
function base64Within(text: string, units: Uint16Array, start: number, end: number, base64: { start: number; token: string }[]): void {
  for (let i = start; i + BASE64_MIN <= end; ) {
    if ((UNIT[units[i]!]! & B64) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (UNIT[units[j]!]! & B64) !== 0) j++;
    if (j - i >= BASE64_MIN) {
      // "=" is not a base64 character: the padding ends the run, and the next one may start after it.
      let padded = j;
      if (padded < end && units[padded] === 0x3d) padded++;
      if (padded < end && units[padded] === 0x3d) padded++;
      base64.push({ start: i, token: text.slice(i, padded) });
    }
    i = j + 1;
  }
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
export function base64Tokens(text: string, units: Uint16Array = searchUnits(text)): { start: number; token: string }[] {
  return printableRuns(text, units, []);
}

/**
 * The leetspeak candidates: maximal runs of 3 to 40 characters of [A-Za-z0-9@$!|+] holding a
 * leet character ([0-9@$!|+]) and a letter (see {@link tokensOf}).
 * @internal
 */
export function leetTokens(text: string, units: Uint16Array = searchUnits(text)): { index: number; token: string }[] {
  return leetRuns(text, units);
}

/** The candidates of `text`; for the input of a decoding call (`top`), what {@link rot13Lines} answers for it is kept. */
function findCandidates(text: string, onlyRot13 = false, top = false): Candidate[] {
  const out: Candidate[] = [];
  // The run search finds the lines with three rotated words itself (no separate pass); its units are copied only when it reads them.
  const rot13 = (units?: Uint16Array): void => {
    const lines = rot13Runs(text, out, units, !onlyRot13);
    if (top) rememberRot13Lines(text, lines);
  };
  if (onlyRot13) {
    rot13();
    return out;
  }
  const units = searchUnits(text);
  const tokens = tokensOf(text, units);
  for (const { start, token } of tokens.base64) {
    const end = start + token.length;
    const hex = decodeHex(token);
    if (hex !== undefined) {
      out.push({ start, end, encoding: 'hex', text: hex });
      continue;
    }
    const b64 = decodeBase64(token);
    if (b64 !== undefined) {
      out.push({ start, end, ...b64 });
      continue;
    }
    const b32 = decodeBase32(token);
    if (b32 !== undefined) out.push({ start, end, encoding: 'base32', text: b32 });
  }
  // A URL token holds at least three "%XX".
  if (percentEscapes(text, 3) >= 3) {
    for (const m of text.matchAll(URL_TOKEN)) {
      const decoded = decodeUrl(m[0]);
      if (decoded !== undefined) out.push({ start: m.index, end: m.index + m[0].length, encoding: 'url', text: decoded });
    }
  }
  for (const c of tokens.base85) out.push(c);
  rot13(units);
  for (const l of findLeet(text, tokens.leet)) out.push({ ...l, encoding: 'leet' });
  spacedLetterRuns(text, out);
  joinedLetterRuns(text, out);
  accentedEnglishRuns(text, out);
  letterSymbolRuns(text, out);
  morseRuns(text, out);
  brailleRuns(text, out);
  natoRuns(text, out);
  invisibleBitRuns(text, out);
  uuencodeRuns(text, units, out);
  wideRuns(units, text.length, out);
  caesarRuns(text, out);
  camelCaseRuns(text, out);
  runTogetherRuns(text, units, tokens.base64, out);
  pigLatinRuns(text, out);
  scrambledWordRuns(text, out);
  // Tag characters and the selectors that can spell a letter start with \uDB40 (the high surrogate of
  // U+E0000–U+E01FF); most texts hold none, and String.includes finds that fastest.
  if (text.includes('\uDB40')) {
    tagCharacterRuns(text, out);
    variationSelectorRuns(text, out);
  }
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
