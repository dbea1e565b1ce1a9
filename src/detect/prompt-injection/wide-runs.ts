/**
 * One search for the two decoders whose text is a long run of characters outside ASCII: Base2048
 * (base2048.ts; its characters are below U+1100) and Ecoji (ecoji.ts; emojis of U+1F000–U+1FAFF,
 * written as surrogate pairs, and symbols of U+2300–U+2BFF, with U+FE0F after some, and lines
 * broken anywhere). It finds
 * the stretches of at least {@link MIN_STRETCH} units of those ranges in a row by looking that
 * many units ahead of where one may start (decode-units.ts): in prose, where such characters are
 * rare or come a word at a time, most units are not read at all. Each stretch is handed to both.
 */
import { base2048InStretch, HIGHEST_BASE2048_UNIT } from './base2048.js';
import type { Candidate } from './decode-segments.js';
import { forEachRun } from './decode-units.js';
import { ecojiInStretch } from './ecoji.js';

/** The shortest stretch read: eight characters outside ASCII of Base2048, or four emojis. */
const MIN_STRETCH = 8;

const WIDE = 1;
/** The units of the stretches: U+0080 to the highest of Base2048, U+2300–U+2BFF, the surrogates of U+1F000–U+1FBFF, U+FE0F, line breaks. */
const CLASSES = ((): Uint8Array => {
  const table = new Uint8Array(65536);
  const mark = (from: number, to: number): void => {
    table.fill(WIDE, from, to + 1);
  };
  mark(0x80, HIGHEST_BASE2048_UNIT);
  mark(0x2300, 0x2bff);
  mark(0xd83c, 0xd83e);
  mark(0xdc00, 0xdfff);
  mark(0xfe0f, 0xfe0f);
  // Line breaks, which may part the lines of wrapped Ecoji; blank lines make stretches that hold nothing to read.
  mark(0x0a, 0x0a);
  mark(0x0d, 0x0d);
  return table;
})();

/** Append the Base2048 and Ecoji candidates of `text` (its `n` UTF-16 units in `units`) to `out`. */
export function wideRuns(units: Uint16Array, n: number, out: Candidate[]): void {
  // Where the last Base2048 run read ended.
  let done = 0;
  forEachRun(
    units,
    n,
    WIDE,
    MIN_STRETCH,
    (start, end) => {
      done = base2048InStretch(units, n, start, end, done, out);
      ecojiInStretch(units, start, end, out);
      return Math.max(end, done) + 1;
    },
    CLASSES,
  );
}
