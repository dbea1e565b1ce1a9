/**
 * Text in a Caesar cipher of any shift but 13 (ROT13 has its own search, rot13-search.ts): each
 * letter moved k places along the alphabet ("Ljqruh doo suhylrxv" is "Ignore all previous" moved
 * by 3, as CipherChat writes it). Each piece of a line (a sentence, or the words before a colon)
 * of twelve letters or more that does not read as English as written is tried: the shift that
 * makes its letter counts most like English (the log-frequency of each letter moved back) is
 * found, and when it is not 0 and moves the piece far closer to English than it is as written,
 * its line is read through that shift by substituted-lines.ts: a stretch of its sentences is
 * decoded when, moved back, it reads as at least 3 common words, 30 % of its words, and twice as
 * many plus 2 as it has as written (as for ROT13 and Atbash, so English is never moved).
 *
 * Only texts of up to 16 KB are read: the count is a pass over every letter, which a long
 * document would pay on every call, and an instruction in a cipher is most often a message of
 * its own. A Caesar line inside a longer text is therefore not read.
 */
import type { Candidate } from './decode-segments.js';
import { COMMON_WORDS_ALL } from './common-words.js';
import { substitutedStretches, type Substitution } from './substituted-lines.js';

/** Texts longer than this are not searched. */
export const CAESAR_MAX_TEXT = 16_384;
/** Letters a line needs before its shift is looked for. */
const MIN_LETTERS = 12;
/**
 * How much closer to English (mean log-frequency per letter, natural log) the best shift must bring
 * a line than it is as written: English lines score best unshifted, ciphered ones gain 0.2–1.0
 * (less with a question in plain words before the cipher), lines of other languages and of code
 * gain little.
 */
const MIN_GAIN = 0.15;
/**
 * A line whose letters score better than this as written (mean log-frequency per letter) reads as
 * English and is not moved: of the lines of the English dev rows, half score above −2.93 and 99 %
 * above −3.27; moved by 3, 7 or 20, 99 % of them score below −3.46.
 */
const ENGLISH_AS_WRITTEN = -3.25;

/** Relative frequencies of a–z in English text. */
const ENGLISH_FREQUENCY = [
  8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074,
];
const LOG_FREQUENCY = Float64Array.from(ENGLISH_FREQUENCY, (f) => Math.log(f / 100));

const COMMON: ReadonlySet<string> = new Set(COMMON_WORDS_ALL);

/** `text` with every ASCII letter moved `shift` places along the alphabet (0–25; the inverse of a shift k is 26 − k). */
export function caesarShift(text: string, shift: number): string {
  const k = ((shift % 26) + 26) % 26;
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + k) % 26) + base);
  });
}

const counts = new Int32Array(26);

/** The shift that moves the line `text[from..to)` back towards English, or 0 when none does clearly. */
function bestShift(text: string, from: number, to: number): number {
  counts.fill(0);
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      counts[c - 0x61]!++;
      letters++;
    }
  }
  if (letters < MIN_LETTERS) return 0;
  // A line that reads as English as written (most lines of most texts) is not moved.
  const asWritten = scoreAt(0);
  if (asWritten / letters > ENGLISH_AS_WRITTEN) return 0;
  let best = 0;
  let bestScore = asWritten;
  for (let s = 1; s < 26; s++) {
    if (s === 13) continue;
    const score = scoreAt(s);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best !== 0 && (bestScore - asWritten) / letters >= MIN_GAIN ? best : 0;
}

/** The log-frequencies twice over, so that a letter moved back by up to 25 places is read without a remainder. */
const LOG_TWICE = Float64Array.from({ length: 52 }, (_, k) => LOG_FREQUENCY[k % 26]!);

/** The line's score (the letter counts of {@link bestShift}) moved back by `s`: each letter c read as c − s. */
function scoreAt(s: number): number {
  let score = 0;
  for (let c = 0; c < 26; c++) {
    const n = counts[c]!;
    if (n !== 0) score += n * LOG_TWICE[c - s + 26]!;
  }
  return score;
}

/** For each shift, the common words moved by it and how it is read (made when first needed). */
const substitutions: (Substitution | undefined)[] = [];

/** The shift `shift` as {@link substitutedStretches} reads it. */
function substitution(shift: number): Substitution {
  let made = substitutions[shift];
  if (made === undefined) {
    const moved: ReadonlySet<string> = new Set([...COMMON].map((w) => caesarShift(w, shift)));
    const back = 26 - shift;
    made = { encoding: 'caesar', readsCommon: (word) => moved.has(word), isCommon: (word) => COMMON.has(word), decode: (text) => caesarShift(text, back) };
    substitutions[shift] = made;
  }
  return made;
}

/** Where a piece of a line ends: a sentence's end, as substituted-lines.ts cuts sentences. */
const PIECE_END = /[.!?:;\n]/g;

/** The Caesar-cipher candidates of `text` (none in a text over {@link CAESAR_MAX_TEXT} units). */
export function caesarRuns(text: string, out: Candidate[]): void {
  if (text.length > CAESAR_MAX_TEXT || text.length < MIN_LETTERS) return;
  let lineStart = 0;
  let pieceStart = 0;
  // The shift already read on the current line (a line is read once for each shift found in it).
  let lineShift = 0;
  PIECE_END.lastIndex = 0;
  for (;;) {
    const m = PIECE_END.exec(text);
    const pieceEnd = m === null ? text.length : m.index;
    // Each piece of a line (a sentence, or the words before a colon) is tried on its own: a
    // question in plain words before the cipher on the same line would make the line read as English.
    const shift = bestShift(text, pieceStart, pieceEnd);
    if (shift !== 0 && shift !== lineShift) {
      const newline = text.indexOf('\n', pieceEnd);
      substitutedStretches(text, lineStart, newline === -1 ? text.length : newline, substitution(shift), out);
      lineShift = shift;
    }
    if (m === null) break;
    pieceStart = pieceEnd + 1;
    if (m[0] === '\n') {
      lineStart = pieceStart;
      lineShift = 0;
    }
  }
  PIECE_END.lastIndex = 0;
}
