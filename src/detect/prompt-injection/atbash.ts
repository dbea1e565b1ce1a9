/**
 * Text in the Atbash cipher, which writes each letter as its mirror in the alphabet (a↔z, b↔y,
 * …, m↔n, capitals alike): "Rtmliv zoo kiverlfh rmhgifxgrlmh" is "Ignore all previous
 * instructions". It is found as ROT13 is: the ROT13 search's one native search for disguised
 * common words (rot13-search.ts) also looks for the mirrors of common English words of three
 * letters or more, and only a line that holds three such words is read here, by
 * substituted-lines.ts (two-letter words counted too): a stretch of its sentences is decoded when
 * it holds at least 3 mirrored common words, 30 % of its words, and twice as many plus 2 as its
 * common words (so English is never read through the mirror).
 */
import type { Candidate } from './decode-segments.js';
import { COMMON_EN_SET } from './common-words.js';
import { substitutedStretches, type Substitution } from './substituted-lines.js';

/** `text` with every ASCII letter mirrored (Atbash is its own inverse). */
export function atbash(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code <= 0x5a ? 0x9b - code : 0xdb - code);
  });
}

const ENGLISH = COMMON_EN_SET;
/** The mirror of each common English word whose mirror is not itself a common word (counted in a line being read). */
const MIRRORED: ReadonlySet<string> = new Set([...ENGLISH].map(atbash).filter((w) => !ENGLISH.has(w)));
/** Those of three letters or more: what the first search looks for ("rm", "gl" and "zh" are too common in other writing). */
export const MIRRORED_SEARCHED: readonly string[] = [...MIRRORED].filter((w) => w.length >= 3);

/** Atbash as {@link substitutedStretches} reads it. */
const MIRROR: Substitution = {
  encoding: 'atbash',
  readsCommon: (word) => MIRRORED.has(word),
  isCommon: (word) => ENGLISH.has(word),
  decode: atbash,
};

/** The Atbash candidates of the line `text[start..end)` (one that holds three disguised common words). */
export function mirroredLine(text: string, start: number, end: number, out: Candidate[]): void {
  substitutedStretches(text, start, end, MIRROR, out);
}
