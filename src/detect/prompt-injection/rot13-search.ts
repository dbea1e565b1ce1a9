/**
 * The ROT13 search of the decoder: runs of words whose rotation reads as common words or
 * instruction words of English or six other languages (common-words-intl.ts). A native search for
 * rotated common words comes first: a run needs three on one line, and most lines of prose have
 * none, so most texts are not read unit by unit at all. Only the lines that hold three are read,
 * their words compared by numeric keys of their first letters, tested against one filter table
 * before any set. The same first search finds the lines written backwards (reversed-text.ts) and
 * in the Atbash cipher (atbash.ts).
 */
import type { Candidate } from './decode-segments.js';
import { isAsciiLetter, LETTER, RUN_GAP, searchUnits, UNIT } from './decode-units.js';
import { REVERSED_WORDS, reversedLine } from './reversed-text.js';
import { MIRRORED_SEARCHED, mirroredLine } from './atbash.js';
import { caesarShift } from './caesar.js';
import { COMMON_WORDS_ALL } from './common-words.js';

/** `text` in ROT13: the Caesar shift of 13, its own inverse. */
export function rot13(text: string): string {
  return caesarShift(text, 13);
}

/** The common words (common-words.ts): English, and six other languages so that a rotated attack in them is read; some are dropped below. */
const LISTED: ReadonlySet<string> = new Set(COMMON_WORDS_ALL);
/** Common English and instruction words whose ROT13 is not itself in the list. */
const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON_WORDS_ALL.filter((w) => !LISTED.has(rot13(w))));

/** The ROT13 of each common word: a word whose ROT13 is common is in this set. */
const ROT13_OF_COMMON: ReadonlySet<string> = new Set([...COMMON_WORDS].map(rot13));

const LONGEST_COMMON = Math.max(...COMMON_WORDS_ALL.map((w) => w.length));

/**
 * Key of the first {@link KEYED} letters of a word, lower-cased (base 27, so distinct prefixes get
 * distinct keys; 27^6 < 2^30 keeps it a small integer).
 */
const KEYED = 6;
function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < Math.min(word.length, KEYED); i++) key = key * 27 + ((word.charCodeAt(i) | 0x20) - 0x60);
  return key;
}
/** Keys of the rotated common words of at most {@link KEYED} letters, and of the longer ones' first letters. */
const ROT13_SHORT_KEYS: ReadonlySet<number> = new Set([...ROT13_OF_COMMON].filter((w) => w.length <= KEYED).map(wordKey));
const ROT13_LONG_PREFIXES: ReadonlySet<number> = new Set([...ROT13_OF_COMMON].filter((w) => w.length > KEYED).map(wordKey));

/**
 * The lines of the text (stretches between line breaks) that hold at least 3 words (runs of ASCII
 * letters) that are the ROT13 of a common word, a reversed common word or the Atbash mirror of
 * a common English word, as [start, end) pairs
 * (end: the line break or the text's end): no run of another line can pass {@link rot13Runs} (a
 * run holds no line break), nor another line be read backwards, so only these are read (a line
 * with reversed words only is searched in vain, and such lines are rare). Whitespace other than
 * line breaks does not change which lines they are (it changes no word); nor does normalisation's
 * whitespace collapsing, which keeps a line break wherever a run of whitespace held one.
 * @internal
 */
export function rot13Lines(text: string): readonly number[] {
  // Preparation asks again about the text it just decoded: the last answer is kept.
  if (text !== lastRot13Text) rememberRot13Lines(text, linesOfThreeDisguisedWords(text));
  return lastRot13Lines;
}

let lastRot13Text = '';
const NO_LINES: readonly number[] = Object.freeze([]);
let lastRot13Lines: readonly number[] = NO_LINES;

/** {@link rot13Lines} of `text`, found by a pass of {@link firstLineOfThreeDisguisedWords} per line. */
function linesOfThreeDisguisedWords(text: string): readonly number[] {
  let line = firstLineOfThreeDisguisedWords(text);
  // Most texts hold no such line: no array is made for them.
  if (line === -1) return NO_LINES;
  const lines: number[] = [];
  while (line !== -1) {
    const end = lineOfThreeEnd;
    lines.push(line, end);
    // From the line break, which a word at the start of the next line needs before it.
    line = end < text.length ? firstLineOfThreeDisguisedWords(text, end) : -1;
  }
  return lines;
}

/**
 * A word of ASCII letters (any case) that is the ROT13 of a common word (what {@link isCommonWord}
 * with `rotated` accepts), a reversed common word (reversed-text.ts) or a mirrored one (atbash.ts,
 * three letters or more), not inside a longer run of letters, found by a native search: one pass
 * over the text serves the three disguises. A match
 * holds the character before the word, if any (a class to match is faster than a lookbehind to
 * check at every position); the next match may start right after the word. Without the `u` flag,
 * `i` folds no character outside ASCII to one inside.
 */
const DISGUISED_WORD_RE = new RegExp(`(?:^|[^A-Za-z])(?:${[...new Set([...ROT13_OF_COMMON, ...REVERSED_WORDS, ...MIRRORED_SEARCHED])].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'gi');

/**
 * Where the first line of `text` from `from` (the start of a line, or the line break before it)
 * that holds at least three rotated or reversed common words starts, else −1; its end (the index
 * of its line break, or the text's length) is left in {@link lineOfThreeEnd}. A native search: in
 * prose such words are rare (a long text holds a few by chance, far apart), and reading every unit
 * in a loop cost about as much or more.
 */
function firstLineOfThreeDisguisedWords(text: string, from = 0): number {
  DISGUISED_WORD_RE.lastIndex = from;
  let lineStart = -1;
  // Index of the line break that ends the line of the words counted (the text's length for the last line).
  let lineEnd = -1;
  let inLine = 0;
  // test() allocates no match array; a word's start is found back from its end.
  while (DISGUISED_WORD_RE.test(text)) {
    const end = DISGUISED_WORD_RE.lastIndex;
    if (end > lineEnd) {
      lineStart = text.lastIndexOf('\n', wordStartBefore(text, end)) + 1;
      const newline = text.indexOf('\n', end);
      lineEnd = newline === -1 ? text.length : newline;
      inLine = 0;
    }
    if (++inLine === 3) break;
  }
  DISGUISED_WORD_RE.lastIndex = 0;
  lineOfThreeEnd = lineEnd;
  return inLine >= 3 ? lineStart : -1;
}

/** The end of the line {@link firstLineOfThreeDisguisedWords} found last (a second result, without an object). */
let lineOfThreeEnd = 0;

/** Start of the run of ASCII letters of `text` that ends at `end`. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/** What a decoding call found out for its input text, kept as {@link rot13Lines}'s answer for it. */
export function rememberRot13Lines(text: string, lines: readonly number[]): void {
  lastRot13Text = text;
  lastRot13Lines = lines;
}

/** Key of a word of at most {@link KEYED} letters, for the sets below. */
const COMMON_SHORT_KEYS: ReadonlySet<number> = new Set([...COMMON_WORDS].filter((w) => w.length <= KEYED).map(wordKey));
const COMMON_LONG_PREFIXES: ReadonlySet<number> = new Set([...COMMON_WORDS].filter((w) => w.length > KEYED).map(wordKey));

/**
 * A first test of a word key against the four sets above, one table read (bit 1: maybe a common
 * word, 2: maybe a rotated one, 4 and 8: maybe the prefix of a longer one); a set is asked only
 * when its bit is on, which for most words of prose it is not.
 */
const KEY_FILTER = ((): Uint8Array => {
  const table = new Uint8Array(1 << 16);
  const mark = (keys: ReadonlySet<number>, bit: number): void => {
    for (const key of keys) table[keySlot(key)]! |= bit;
  };
  mark(COMMON_SHORT_KEYS, 1);
  mark(ROT13_SHORT_KEYS, 2);
  mark(COMMON_LONG_PREFIXES, 4);
  mark(ROT13_LONG_PREFIXES, 8);
  return table;
})();

function keySlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/**
 * The ROT13 candidates. A run is a maximal sequence of words (runs of ASCII letters) joined by
 * gaps of one to three characters other than letters, line breaks and . ! ? : ; (the matches of
 * `(?<![A-Za-z])[A-Za-z]+(?:[^A-Za-z\n.!?:;]{1,3}[A-Za-z]+)*`). A run is rotated when the rotation
 * has markedly more common words: at least 3, at least 30 % of its words, and at least twice as
 * many plus 2 as the run itself has (so English is not rotated); the runs beside it on its line
 * (other sentences) that hold no more common words than rotated ones go with it, so a rotated
 * sentence too short to pass alone is read with the rotated text around it. Only the lines that
 * hold three rotated (or reversed) common words are read (a run holds no line break); one loop
 * over the code units (`units`, the text's, copied when not given), words counted by numeric
 * keys, a run cut out of the text only when it is kept. With `reversed`, the lines written
 * backwards (reversed-text.ts) and in the Atbash cipher (atbash.ts) too, whose words the same
 * first search looks for. Returns what
 * {@link rot13Lines} answers for the text (the lines where three rotated or reversed common words
 * occur).
 * @internal
 */
export function rot13Runs(text: string, out: Candidate[], units?: Uint16Array, reversed = false): readonly number[] {
  const lines = linesOfThreeDisguisedWords(text);
  if (lines.length === 0) return lines;
  const read = units ?? searchUnits(text);
  for (let k = 0; k < lines.length; k += 2) {
    runsOfLine(text, lines[k]!, lines[k + 1]!, out, read);
    if (reversed) {
      reversedLine(text, lines[k]!, lines[k + 1]!, out);
      mirroredLine(text, lines[k]!, lines[k + 1]!, out);
    }
  }
  return lines;
}

/**
 * The runs of {@link rot13Runs} of the line from `from` to `n` (its line break or the text's end):
 * no run holds a line break (it is neither a letter nor a gap), and a line without three rotated
 * common words holds no run that passes (nor one that joins a passing run: a run joins only runs
 * of its own line).
 */
function runsOfLine(text: string, from: number, n: number, out: Candidate[], units: Uint16Array): void {
  let runStart = -1;
  let runEnd = 0;
  let words = 0;
  let after = 0;
  let i = from;
  while (i < n && (UNIT[units[i]!]! & LETTER) === 0) i++;
  while (i < n) {
    // A word (i is at its first letter).
    const start = i;
    i = readWord(units, i, n);
    if (runStart === -1) {
      runStart = start;
      words = after = 0;
    }
    runEnd = i;
    words++;
    // Rotated common words only (few words of prose pass the filter); a run's common words are
    // counted only when it could be rotated (commonWordsIn).
    if (isCommonWord(text, start, i, readKey, true)) after++;
    // The gap after it: one to three gap characters followed by a letter continue the run.
    const gapStart = i;
    while (i < n && i - gapStart < 4 && (UNIT[units[i]!]! & RUN_GAP) !== 0) i++;
    if (i - gapStart <= 3 && i < n && (UNIT[units[i]!]! & LETTER) !== 0) continue;
    lineRuns.push(runStart, runEnd, words, after);
    runStart = -1;
    while (i < n && (UNIT[units[i]!]! & LETTER) === 0) i++;
    if (i >= n) closeLine(text, units, out);
  }
  // Every run is closed in the loop (it goes on only to a letter before the end). Nothing follows
  // the loop: V8 compiles a long text's loop on-stack (OSR) before the code after it has run, and
  // on Node 20 such code then deoptimised the cached compiled loop again on later calls.
}

/** The runs of the line being read: start, end, words and rotated common words of each, four numbers per run. */
const lineRuns: number[] = [];

/**
 * Keep each run of the line whose rotation has markedly more common words (see {@link rot13Runs}),
 * joined with the runs beside it on the line (sentences cut by . ! ? : ;) that hold no more common
 * words than rotated ones: a rotated sentence too short to pass alone ("Qvfertneq cevbe
 * qverpgvirf.") goes with the rotated text around it, English around it does not.
 */
function closeLine(text: string, units: Uint16Array, out: Candidate[]): void {
  const runs = lineRuns.length / 4;
  let k = 0;
  while (k < runs) {
    if (!rotatedRun(text, units, k)) {
      k++;
      continue;
    }
    let first = k;
    while (first > 0 && leansRotated(text, units, first - 1)) first--;
    let last = k;
    // A run that passes alone leans rotated too (its rotated words are more than twice its common ones).
    while (last + 1 < runs && leansRotated(text, units, last + 1)) last++;
    const start = lineRuns[4 * first]!;
    const end = lineRuns[4 * last + 1]!;
    // Runs before `first` either joined an earlier span or do not lean rotated, so spans never overlap.
    out.push({ start, end, encoding: 'rot13', text: rot13(text.slice(start, end)) });
    k = last + 1;
  }
  lineRuns.length = 0;
}

/** Whether run `k` of the line passes alone: at least 3 rotated common words, 30 % of its words, and twice as many plus 2 as its common words. */
function rotatedRun(text: string, units: Uint16Array, k: number): boolean {
  const words = lineRuns[4 * k + 2]!;
  const after = lineRuns[4 * k + 3]!;
  return after >= 3 && after >= 0.3 * words && after >= 2 * commonWordsIn(text, units, lineRuns[4 * k]!, lineRuns[4 * k + 1]!) + 2;
}

/** Whether run `k` of the line holds no more common words than rotated ones. */
function leansRotated(text: string, units: Uint16Array, k: number): boolean {
  return commonWordsIn(text, units, lineRuns[4 * k]!, lineRuns[4 * k + 1]!) <= lineRuns[4 * k + 3]!;
}

/** The common words (not rotated) among the words of `text` from `start` to `end` (a run: it starts and ends at word boundaries). */
function commonWordsIn(text: string, units: Uint16Array, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; ) {
    if ((UNIT[units[i]!]! & LETTER) === 0) {
      i++;
      continue;
    }
    const from = i;
    i = readWord(units, i, end);
    if (isCommonWord(text, from, i, readKey, false)) count++;
  }
  return count;
}

/** The key of the word {@link readWord} read last (a second result, without an object per word). */
let readKey = 0;

/** Read the word (a run of ASCII letters) that starts at `start`, up to `end`: returns where it ends; its key is left in {@link readKey}. */
function readWord(units: Uint16Array, start: number, end: number): number {
  let i = start;
  let key = 0;
  for (; i < end && i - start < KEYED; i++) {
    const c = units[i]!;
    if ((UNIT[c]! & LETTER) === 0) break;
    key = key * 27 + ((c | 0x20) - 0x60);
  }
  while (i < end && (UNIT[units[i]!]! & LETTER) !== 0) i++;
  readKey = key;
  return i;
}

/** Whether the word of `text` from `start` to `end` (key `key`) is a common word, or with `rotated` the ROT13 of one: one filter-table read first, a set only when its bit is on. */
function isCommonWord(text: string, start: number, end: number, key: number, rotated: boolean): boolean {
  const length = end - start;
  if (length > LONGEST_COMMON) return false;
  const maybe = KEY_FILTER[keySlot(key)]!;
  if (length <= KEYED) return rotated ? (maybe & 2) !== 0 && ROT13_SHORT_KEYS.has(key) : (maybe & 1) !== 0 && COMMON_SHORT_KEYS.has(key);
  return rotated
    ? (maybe & 8) !== 0 && ROT13_LONG_PREFIXES.has(key) && ROT13_OF_COMMON.has(text.slice(start, end).toLowerCase())
    : (maybe & 4) !== 0 && COMMON_LONG_PREFIXES.has(key) && COMMON_WORDS.has(text.slice(start, end).toLowerCase());
}
