/**
 * Pig Latin, a disguise that rewrites every word: a word that starts with consonants has them
 * moved to its end and "ay" added ("previous" → "eviouspray"), a word that starts with a vowel
 * gets "way" ("ignore" → "ignoreway"; some write "yay" or "ay"). promptfoo's piglatin strategy
 * writes a payload so.
 *
 * A line is searched when it holds three such words in a row. A stretch of it is read when it
 * holds 4 words or more ending in "ay", half of its words or more, with no more than 64
 * characters between two of them (a marker, a link, an address, a name); it is decoded word by
 * word (with what the line holds before and after it when that has no letter).
 *
 * Where the moved consonants end is not written, so each reading of a word (the "way" reading,
 * each run of one to four trailing consonants moved back to the front, the "yay" reading, the
 * word with "ay" taken off) is looked up among the common English words (common-words.ts) and
 * the frequent words of the English training rows (english-words.ts), and the first found wins;
 * otherwise the "way" or "yay" reading, else the longest run that is an English onset ("str",
 * "pr", "th", …), else one consonant. The stretch is kept only when at least 3 of its decoded
 * words, and a fifth, are common words (a list of weekdays, all ending in "day", decodes to
 * none). Texts without three words in a row ending in "ay" are not searched.
 */
import type { Candidate } from './decode-segments.js';
import { COMMON_EN_SET } from './common-words.js';
import { englishWordSet } from './english-words.js';

/** Three words in a row ending in "ay": the search's first test. */
const THREE_IN_A_ROW_RE = /ay[^A-Za-z\n]{1,3}[A-Za-z]+ay[^A-Za-z\n]{1,3}[A-Za-z]+ay(?![A-Za-z])/g;
/** A word of a line: a run of letters, as the encoding rewrites them ("let's" is two). */
const WORD_RE = /[A-Za-z]+/g;

const COMMON = COMMON_EN_SET;
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Consonant clusters that start English words. */
const ONSETS: ReadonlySet<string> = new Set([
  'sch', 'scr', 'shr', 'spl', 'spr', 'squ', 'str', 'thr',
  'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'kn', 'ph', 'pl', 'pr', 'sc', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th', 'tr', 'tw', 'wh', 'wr',
]);
const MIN_WORDS = 4;
const MIN_PIG_SHARE = 0.5;
/** Characters between two Pig Latin words of a stretch at most (a marker, a link, an address, a name). */
const MAX_GAP_CHARS = 64;
const MIN_COMMON = 3;
const MIN_COMMON_SHARE = 0.2;

/** `text` in Pig Latin as promptfoo's strategy writes it (each run of letters rewritten, the case of its letters kept where they land). */
export function toPigLatin(text: string): string {
  return text.replace(/[A-Za-z]+/g, (word) => {
    let k = 0;
    while (k < word.length && !VOWELS.has(word[k]!.toLowerCase())) k++;
    return k === 0 ? `${word}way` : `${word.slice(k)}${word.slice(0, k)}ay`;
  });
}

function isConsonant(c: string): boolean {
  return c >= 'a' && c <= 'z' && !VOWELS.has(c);
}

/** One word read back from Pig Latin, lower case (undefined when it does not end in "ay"). */
export function readPigLatinWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !lower.endsWith('ay')) return undefined;
  const stem = lower.slice(0, -2);
  const readings: string[] = [];
  // A word that started with a vowel and got "way" (or "yay", or "ay" alone, as some write it):
  // the "way" reading first, the others after the moved consonants ("ouryay" is "your" more often than "our").
  const vowelFirst = VOWELS.has(stem[0]!);
  const wayReading = stem.length >= 2 && vowelFirst && (stem.endsWith('w') || stem.endsWith('y')) ? stem.slice(0, -1) : undefined;
  if (wayReading !== undefined && stem.endsWith('w')) readings.push(wayReading);
  // One to four trailing consonants that were the word's first letters.
  const moved: string[] = [];
  for (let k = 1; k <= 4 && k < stem.length; k++) {
    const cluster = stem.slice(-k);
    if (!isConsonant(cluster[0]!) || !vowelFirst) break;
    moved.push(cluster);
    readings.push(cluster + stem.slice(0, -k));
  }
  if (wayReading !== undefined && stem.endsWith('y')) readings.push(wayReading);
  if (vowelFirst) readings.push(stem);
  const words = englishWordSet();
  for (const r of readings) if (words.has(r)) return r;
  if (wayReading !== undefined) return wayReading;
  for (let k = moved.length; k >= 2; k--) if (ONSETS.has(moved[k - 1]!)) return moved[k - 1]! + stem.slice(0, -k);
  return moved.length > 0 ? moved[0]! + stem.slice(0, -1) : stem;
}

/** The Pig Latin stretches of `text`, each read back into English words. */
export function pigLatinRuns(text: string, out: Candidate[]): void {
  THREE_IN_A_ROW_RE.lastIndex = 0;
  for (let m = THREE_IN_A_ROW_RE.exec(text); m !== null; m = THREE_IN_A_ROW_RE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const newline = text.indexOf('\n', m.index);
    const lineEnd = newline === -1 ? text.length : newline;
    // Each line is read once: the search goes on after it.
    THREE_IN_A_ROW_RE.lastIndex = lineEnd;
    readLine(text, lineStart, lineEnd, out);
  }
  THREE_IN_A_ROW_RE.lastIndex = 0;
}

function readLine(text: string, start: number, end: number, out: Candidate[]): void {
  const line = text.slice(start, end);
  const words: { at: number; end: number; read: string | undefined }[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(line); m !== null; m = WORD_RE.exec(line)) words.push({ at: m.index, end: m.index + m[0].length, read: readPigLatinWord(m[0]) });
  // Stretches of Pig Latin words, each ended by a gap of more than MAX_GAP_CHARS characters to the next.
  let first = -1;
  let last = -1;
  let pig = 0;
  for (let k = 0; k <= words.length; k++) {
    const w = words[k];
    if (w !== undefined && w.read !== undefined) {
      if (first === -1) first = k;
      last = k;
      pig++;
      continue;
    }
    if (first !== -1 && (w === undefined || w.at - words[last]!.end > MAX_GAP_CHARS)) {
      if (pig >= MIN_WORDS && pig >= MIN_PIG_SHARE * (last - first + 1)) readStretch(line, start, words, first, last, out);
      first = last = -1;
      pig = 0;
    }
  }
}

/** Decode the words `first..last` of a line (starting at `start` in the text) when enough of them read as common words. */
function readStretch(line: string, start: number, words: readonly { at: number; end: number; read: string | undefined }[], first: number, last: number, out: Candidate[]): void {
  let decoded = '';
  let common = 0;
  for (let k = first; k <= last; k++) {
    const w = words[k]!;
    if (k > first) decoded += line.slice(words[k - 1]!.end, w.at);
    decoded += w.read ?? line.slice(w.at, w.end);
    if (w.read !== undefined && COMMON.has(w.read)) common++;
  }
  if (common < MIN_COMMON || common < MIN_COMMON_SHARE * (last - first + 1)) return;
  // What stands before the first word and after the last, when it holds no letter ("— …!"), belongs to the stretch.
  const from = first === 0 ? 0 : words[first]!.at;
  const to = last === words.length - 1 ? line.length : words[last]!.end;
  out.push({ start: start + from, end: start + to, encoding: 'pig-latin', text: line.slice(from, words[first]!.at) + decoded + line.slice(words[last]!.end, to) });
}
