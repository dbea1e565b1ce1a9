/**
 * Combining diacritical marks, and text read without them. Zalgo text buries each letter under
 * a stack of marks (ḭ̶̡g̸̛n̷̢o̵̧r̴̨e̶̡): hashed n-grams and the rules no longer see the word. Normalisation
 * removes the marks NFKC could not compose into a letter; a text that had at least
 * {@link ZALGO_MIN_MARKS} of them is also read with every accent taken off (the letters NFKC
 * composed, as ṟ, ḭ or ő, as well), and scored as a decoded view (encoding `zalgo`).
 */
import type { NormalisedText } from './normalise.js';

/**
 * Runs of the combining marks that sit on Latin, Greek and Cyrillic letters: Combining
 * Diacritical Marks (U+0300–U+036F), the Cyrillic combining marks (U+0483–U+0489), their
 * Extended (U+1AB0–U+1AFF) and Supplement (U+1DC0–U+1DFF) blocks, and Combining Half Marks
 * (U+FE20–U+FE2F). Marks of other scripts (Devanagari vowel signs, Arabic harakat, Hebrew
 * points) and those of symbols (the keycap of 1️⃣) are not in it: they belong to how those are
 * written.
 */
// One class per block: lint reads a class that joins blocks of marks as one combined character.
export const DIACRITICS = /(?:[\u0300-\u036F]|[\u0483-\u0489]|[\u1AB0-\u1AFF]|[\u1DC0-\u1DFF]|[\uFE20-\uFE2F])+/g;

/**
 * Normalisation removed at least this many marks from words: the text is also read without
 * accents. Written text leaves few such marks after NFKC (a stress mark on a Russian vowel, a
 * tone on a Yoruba dotted vowel); Zalgo text leaves one or more on nearly every letter.
 */
export const ZALGO_MIN_MARKS = 3;

/** `text` with every combining diacritical mark taken off, those composed into letters too (NFD first). */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '');
}

/**
 * What a text reads as Zalgo text: its normalised form without accents, when normalisation took
 * at least {@link ZALGO_MIN_MARKS} marks off it; else undefined.
 */
export function zalgoReading(normalised: NormalisedText): string | undefined {
  return normalised.changes.marksRemoved >= ZALGO_MIN_MARKS ? withoutDiacritics(normalised.text) : undefined;
}

/** The marks Zalgo generators stack on letters (above, through and below): U+0300–U+036F but the invisible combining grapheme joiner. */
const ZALGO_MARKS: readonly string[] = Array.from({ length: 0x70 }, (_, k) => String.fromCharCode(0x300 + k)).filter((m) => m !== '\u034F');

/**
 * `text` as Zalgo text: after every letter, 1 to `most` marks drawn by `random` (a function
 * giving numbers in [0, 1)); `marks` is how many were added.
 */
export function toZalgo(text: string, random: () => number, most: number): { text: string; marks: number } {
  let marks = 0;
  const out = text.replace(/\p{L}/gu, (letter) => {
    let stacked = letter;
    for (let k = 1 + Math.floor(random() * most); k > 0; k--) stacked += ZALGO_MARKS[Math.floor(random() * ZALGO_MARKS.length)]!;
    marks += stacked.length - letter.length;
    return stacked;
  });
  return { text: out, marks };
}
