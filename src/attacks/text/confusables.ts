/**
 * The look-alike letters the character attack substitutes and the defence folds back (the
 * table lives with text normalisation in detect/), and the invisible characters it inserts.
 */
export { confusableToLatin, latinConfusables } from '../../detect/index.js';

/** Zero-width and other invisible characters an attacker can insert into a word. */
export const zeroWidthCharacters: readonly string[] = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
