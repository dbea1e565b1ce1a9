/**
 * The featuriser's character tables (features.ts), built once on first use: each UTF-16 unit's
 * class (part of a word, whitespace, a word by itself in scripts written without spaces, or
 * anything else), its folded form (lower case, every digit 0) and its canonical form.
 */

// Character classes (0: anything else: punctuation, symbols, controls).
export const WORD = 1;
export const SPACE = 2;
/** A character that is a word by itself (scripts written without spaces). */
export const SOLO = 3;

/**
 * The tables, built on first use (the one object is handed out, so a call allocates nothing):
 * each unit's class, its folded form, and its canonical form (the folded one, or a space for
 * whitespace; only whitespace becomes a space).
 */
let builtTables: { readonly cls: Uint8Array; readonly fold: Uint16Array; readonly canon: Uint16Array } | undefined;

export function tables(): { readonly cls: Uint8Array; readonly fold: Uint16Array; readonly canon: Uint16Array } {
  if (builtTables !== undefined) return builtTables;
  const cls = new Uint8Array(65536);
  const fold = new Uint16Array(65536);
  const solo = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
  const word = /[\p{L}\p{M}\p{N}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  for (let c = 0; c < 65536; c++) {
    fold[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      cls[c] = WORD; // astral characters: letters of historic scripts, CJK extensions, emoji
      continue;
    }
    if (c < 0x80) {
      // ASCII fast path (the common case; the regexes below give the same answers).
      if (c >= 0x30 && c <= 0x39) {
        cls[c] = WORD;
        fold[c] = 0x30;
      } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        cls[c] = WORD;
        if (c <= 0x5a) fold[c] = c + 32;
      } else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) cls[c] = SPACE;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (space.test(ch)) {
      cls[c] = SPACE;
      continue;
    }
    if (digit.test(ch)) {
      cls[c] = WORD;
      fold[c] = 0x30;
      continue;
    }
    if (solo.test(ch)) cls[c] = SOLO;
    else if (word.test(ch)) cls[c] = WORD;
    const lower = ch.toLowerCase();
    if (lower.length === 1) fold[c] = lower.charCodeAt(0);
  }
  const canon = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    canon[c] = cls[c] === SPACE ? 0x20 : fold[c]!;
    if (cls[c] !== SPACE && canon[c] === 0x20) throw new Error(`U+${c.toString(16)} folds to a space`);
  }
  builtTables = { cls, fold, canon };
  return builtTables;
}
