/**
 * Bytes hidden in Unicode variation selectors: the 256 selectors U+FE00–U+FE0F and
 * U+E0100–U+E01EF render as nothing, so a run of them after a visible character (an emoji, a
 * letter) can carry any bytes, one selector a byte (U+FE00 + b for b < 16, U+E0100 + b − 16
 * otherwise). Some tools write a character's code as U+E0100 + code instead (the supplement's
 * selectors only), and a run that does not read as text the first way is read that way.
 * Normalisation removes them from the text it scores; this finds the runs first and gives back
 * what they spell when it reads as text.
 *
 * A character takes at most one selector in real text (an emoji's text or emoji presentation,
 * an ideograph's variant), so only runs of four or more are read.
 */
import type { Candidate } from './decode-segments.js';
import { printableText } from './decoded-text.js';

/** A unit a selector starts with (a tag character's too): one class, found by a native scan. */
const SELECTOR_START = /[\uFE00-\uFE0F\uDB40]/g;
/** A run needs this many selectors: real text puts at most one after a character. */
const MIN_RUN = 4;

/** The number of UTF-16 units of the variation selector at `i` of `text` (0: none). */
function selectorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xfe00 && c <= 0xfe0f) return 1;
  if (c !== 0xdb40) return 0;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdd00 && low <= 0xddef ? 2 : 0;
}

/** The bytes a run of variation selectors carries, one a selector (U+FE00 + b for b < 16, U+E0100 + b − 16 otherwise). */
function bytesOf(run: string): Uint8Array {
  const bytes = new Uint8Array(run.length);
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0xdb40) bytes[n++] = run.charCodeAt(++i) - 0xdd00 + 16;
    else bytes[n++] = c - 0xfe00;
  }
  return bytes.subarray(0, n);
}

/** The codes a run of the supplement's selectors carries as U+E0100 + code (undefined when it holds one of U+FE00–U+FE0F). */
function codesOf(run: string): Uint8Array | undefined {
  const bytes = new Uint8Array(run.length >> 1);
  for (let i = 0; i < run.length; i += 2) {
    if (run.charCodeAt(i) !== 0xdb40) return undefined;
    bytes[i >> 1] = run.charCodeAt(i + 1) - 0xdd00;
  }
  return bytes;
}

/**
 * Each run of four or more variation selectors in `text` whose bytes read as text (decoded-text.ts),
 * as a candidate. A run that spells a letter holds a selector of U+E0100–U+E01EF (\uDB40 in
 * UTF-16: a letter's UTF-8 bytes are all 0x41 or more), so the decoder calls this only for texts
 * that hold \uDB40.
 */
export function variationSelectorRuns(text: string, out: Candidate[]): void {
  SELECTOR_START.lastIndex = 0;
  while (SELECTOR_START.test(text)) {
    const start = SELECTOR_START.lastIndex - 1;
    let end = start;
    let count = 0;
    for (let step = selectorAt(text, end); step > 0; step = selectorAt(text, end)) {
      end += step;
      count++;
    }
    SELECTOR_START.lastIndex = Math.max(end, start + 1);
    if (count < MIN_RUN) continue;
    const run = text.slice(start, end);
    let decoded = printableText(bytesOf(run));
    if (decoded === undefined) {
      const codes = codesOf(run);
      if (codes !== undefined) decoded = printableText(codes);
    }
    if (decoded !== undefined) out.push({ start, end, encoding: 'selectors', text: decoded });
  }
  SELECTOR_START.lastIndex = 0;
}

/** `text` as UTF-8 bytes written in variation selectors: the inverse of the decoding above. */
export function toVariationSelectors(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) out += String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16);
  return out;
}

/** `text` written the other way: each character's code as U+E0100 + code (characters over U+00EF have no such selector and are left out). */
export function toVariationSelectorCodes(text: string): string {
  let out = '';
  for (const ch of text) if (ch.charCodeAt(0) <= 0xef) out += String.fromCodePoint(0xe0100 + ch.charCodeAt(0));
  return out;
}
