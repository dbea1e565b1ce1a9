/**
 * Building blocks for rule patterns. Every gap is bounded and made of whole words (a run of
 * non-space characters followed by one space), so a pattern built from them backtracks at most
 * a few words per start position and stays linear in the length of the text.
 */

/** Start of a word in any script (no letter, mark or digit before). Needs the `u` flag. */
export const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`;
/** End of a word in any script. Needs the `u` flag. */
export const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** Alternation group of the given pattern sources. */
export function alt(...sources: readonly string[]): string {
  return `(?:${sources.join('|')})`;
}

/** Up to `n` whole words of at most 40 characters (lazily), not crossing a sentence end. */
export function words(n: number): string {
  return String.raw`(?:[^\s.!?;:。！？]{1,40}\s){0,${n}}?`;
}

/** Up to `n` characters of a script written without spaces (CJK, Thai), not crossing a sentence end. */
export function chars(n: number): string {
  return String.raw`[^\n.!?。！？]{0,${n}}?`;
}

/** A unicode-aware pattern from parts. */
export function pattern(...parts: readonly string[]): RegExp {
  return new RegExp(parts.join(''), 'u');
}
