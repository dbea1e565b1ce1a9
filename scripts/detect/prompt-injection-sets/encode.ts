/**
 * Seeded encodings and disguises for attack payloads: base64, hex, ROT13, leetspeak, look-alike
 * letters (Cyrillic and Greek), zero-width characters and URL percent-encoding. Each takes the
 * generator so the same seed gives the same bytes.
 *
 * The look-alike table here is written for the data sets on purpose, independently of the
 * detector's own table (src/detect/prompt-injection/confusables.ts), so the sets do not simply
 * mirror what the detector folds back.
 */
import { randomInt, type Rng } from '../../../src/stats/index.js';

export const ENCODINGS = ['base64', 'hex', 'rot13', 'leetspeak', 'homoglyph', 'zero_width', 'url'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Encodings a reader must decode (the rest are disguises that still read as text). */
export const DECODABLE: ReadonlySet<Encoding> = new Set(['base64', 'hex', 'rot13', 'url']);

/** Names a carrier sentence may use for each decodable encoding. */
export const ENCODING_NAMES: Readonly<Record<Encoding, readonly string[]>> = {
  base64: ['base64', 'Base64', 'b64'],
  hex: ['hex', 'hexadecimal'],
  rot13: ['ROT13', 'rot13', 'ROT-13'],
  url: ['URL encoding', 'percent-encoding'],
  leetspeak: ['leetspeak'],
  homoglyph: ['look-alike letters'],
  zero_width: ['zero-width characters'],
};

function pick<T>(items: readonly T[], rng: Rng): T {
  return items[randomInt(rng, items.length)]!;
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Hex of the UTF-8 bytes: packed, spaced, or with `\x` escapes. */
export function hex(text: string, rng: Rng): string {
  const bytes = [...Buffer.from(text, 'utf8')].map((b) => b.toString(16).padStart(2, '0'));
  const style = randomInt(rng, 3);
  if (style === 0) return bytes.join('');
  if (style === 1) return bytes.join(' ');
  return bytes.map((b) => `\\x${b}`).join('');
}

export function rot13(text: string): string {
  return text.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7'],
  g: ['9'],
  l: ['1', '|'],
  b: ['8'],
};

/** Leetspeak: most substitutable letters replaced (rate drawn per text). */
export function leetspeak(text: string, rng: Rng): string {
  const rate = 0.55 + rng() * 0.4;
  let out = '';
  for (const ch of text) {
    const options = LEET[ch.toLowerCase()];
    out += options !== undefined && rng() < rate ? pick(options, rng) : ch;
  }
  return out;
}

/** Latin letters and Cyrillic / Greek letters drawn the same in common fonts. */
const LOOK_ALIKE: Readonly<Record<string, readonly string[]>> = {
  a: ['\u0430'],
  c: ['\u0441', '\u03F2'],
  e: ['\u0435'],
  i: ['\u0456'],
  j: ['\u0458'],
  o: ['\u043E', '\u03BF'],
  p: ['\u0440', '\u03C1'],
  s: ['\u0455'],
  x: ['\u0445'],
  y: ['\u0443'],
  h: ['\u04BB'],
  A: ['\u0410', '\u0391'],
  B: ['\u0412', '\u0392'],
  C: ['\u0421'],
  E: ['\u0415', '\u0395'],
  H: ['\u041D', '\u0397'],
  I: ['\u0406', '\u0399'],
  K: ['\u041A', '\u039A'],
  M: ['\u041C', '\u039C'],
  O: ['\u041E', '\u039F'],
  P: ['\u0420', '\u03A1'],
  S: ['\u0405'],
  T: ['\u0422', '\u03A4'],
  X: ['\u0425', '\u03A7'],
};

/** Look-alike letters substituted for a share of the Latin letters (rate drawn per text). */
export function homoglyph(text: string, rng: Rng): string {
  const rate = 0.35 + rng() * 0.6;
  let out = '';
  let changed = 0;
  for (const ch of text) {
    const options = LOOK_ALIKE[ch];
    if (options !== undefined && rng() < rate) {
      out += pick(options, rng);
      changed++;
    } else out += ch;
  }
  // A text with no substitution would not be disguised at all.
  return changed > 0 ? out : out.replace(/[aeo]/, (c) => LOOK_ALIKE[c]![0]!);
}

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** Zero-width characters interleaved: after every character, or only inside words. */
export function zeroWidth(text: string, rng: Rng): string {
  const mark = pick(ZERO_WIDTH, rng);
  const mixed = rng() < 0.3;
  const insideWordsOnly = rng() < 0.5;
  let out = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    out += ch;
    const next = chars[i + 1];
    if (next === undefined) return;
    if (insideWordsOnly && (/\s/.test(ch) || /\s/.test(next))) return;
    out += mixed ? pick(ZERO_WIDTH, rng) : mark;
  });
  return out;
}

/** Percent-encoding: every byte, or only what encodeURIComponent escapes. */
export function urlEncode(text: string, rng: Rng): string {
  if (rng() < 0.5) return encodeURIComponent(text);
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Encode `text` with `encoding`. */
export function encode(encoding: Encoding, text: string, rng: Rng): string {
  switch (encoding) {
    case 'base64':
      return base64(text);
    case 'hex':
      return hex(text, rng);
    case 'rot13':
      return rot13(text);
    case 'leetspeak':
      return leetspeak(text, rng);
    case 'homoglyph':
      return homoglyph(text, rng);
    case 'zero_width':
      return zeroWidth(text, rng);
    case 'url':
      return urlEncode(text, rng);
  }
}
