/**
 * Bytes hidden in Unicode variation selectors: the 256 selectors U+FE00–U+FE0F and
 * U+E0100–U+E01EF render as nothing, so a run of them after a visible character (an emoji, a
 * letter) can carry any bytes, one selector a byte (U+FE00 + b for b < 16, U+E0100 + b − 16
 * otherwise). Normalisation removes them from the text it scores; this finds the runs first and
 * gives back the text they spell when it is UTF-8.
 *
 * A character takes at most one selector in real text (an emoji's text or emoji presentation,
 * an ideograph's variant), so only runs of four or more are read.
 */
import type { Candidate } from './decode-segments.js';

/** Runs of at least four variation selectors: U+FE00–U+FE0F, or U+E0100–U+E01EF as \uDB40\uDD00–\uDB40\uDDEF. */
const SELECTOR_RUN = /(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]){4,}/g;
/** A unit a selector may start with (a tag character's too): one class, the cheapest test before the run search. */
const ANY_SELECTOR = /[\uFE00-\uFE0F\uDB40]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes a run of variation selectors carries. */
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

/** Whether `text` reads as text: no control character but tab and line breaks (C0, DEL, C1), and a letter. */
function readable(text: string): boolean {
  return !/[^\P{Cc}\t\n\r]/u.test(text) && /\p{L}/u.test(text);
}

/** Each run of four or more variation selectors in `text` that spells readable UTF-8 text, as a candidate. */
export function variationSelectorRuns(text: string, out: Candidate[]): void {
  if (!ANY_SELECTOR.test(text)) return;
  SELECTOR_RUN.lastIndex = 0;
  for (let m = SELECTOR_RUN.exec(text); m !== null; m = SELECTOR_RUN.exec(text)) {
    let decoded: string;
    try {
      decoded = utf8.decode(bytesOf(m[0]));
    } catch {
      continue;
    }
    if (readable(decoded)) out.push({ start: m.index, end: m.index + m[0].length, encoding: 'selectors', text: decoded });
  }
  SELECTOR_RUN.lastIndex = 0;
}

/** `text` as UTF-8 bytes written in variation selectors: the inverse of the decoding above. */
export function toVariationSelectors(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) out += String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16);
  return out;
}
