/**
 * A defence against character-level evasion: NFKC normalisation (full-width and styled letters
 * become plain ones), removal of invisible characters, and folding of Cyrillic and Greek
 * look-alikes back to the Latin letters they imitate. Apply it to text before a classifier,
 * in training and in serving alike. It undoes homoglyph and zero-width attacks; it does not
 * undo typos or spacing changes.
 */
import { confusableToLatin } from './confusables.js';

/** Options of {@link normaliseText}. */
export interface NormaliseOptions {
  /**
   * Which look-alikes to fold: `all` (right for a model of Latin-script text), `mixed-script`
   * (only in words that also hold a Latin letter, so genuine Russian or Greek words keep their
   * letters), or `none`. Default `all`.
   */
  readonly foldConfusables?: 'all' | 'mixed-script' | 'none';
}

/**
 * Characters that render as nothing: Unicode's default-ignorable code points (zero-width space,
 * joiners, word joiner, byte order mark, direction marks and overrides, soft hyphen, variation
 * selectors, the combining grapheme joiner, Hangul fillers, tag characters, …). Removing ZWNJ
 * and ZWJ changes how some Persian, Indic and emoji text renders; for such text strip only what
 * the model never needs.
 */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** `text` without invisible characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** How many invisible characters `text` holds. */
export function countInvisible(text: string): number {
  return text.match(INVISIBLE)?.length ?? 0;
}

const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function fold(text: string): string {
  let out = '';
  for (const ch of text) out += confusableToLatin.get(ch) ?? ch;
  return out;
}

/**
 * Normalise text against character-level evasion: NFKC, then remove invisible characters,
 * then fold look-alike letters.
 *
 * @example
 * normaliseText('FR\u0415E ca\u200Bsh') // 'FREE cash'
 */
export function normaliseText(text: string, options: NormaliseOptions = {}): string {
  const mode = options.foldConfusables ?? 'all';
  const plain = stripInvisible(text.normalize('NFKC'));
  if (mode === 'none') return plain;
  if (mode === 'all') return fold(plain);
  return plain.replace(WORD, (word) => (LATIN.test(word) ? fold(word) : word));
}
