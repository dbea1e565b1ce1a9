/**
 * Text written in Unicode braille patterns (U+2800–U+28FF), as uncontracted English braille:
 * "⠊⠛⠝⠕⠗⠑ ⠁⠇⠇" is "ignore all". Letters are the 26 cells of grade 1; ⠠ before a letter makes it
 * a capital, ⠼ reads the letters a–j after it as the digits 1–0 (until a space, the letter sign
 * ⠰, a capital or another letter); the usual punctuation cells are read; a space or the blank cell ⠀ parts words. A run needs five letters or more, and nine
 * cells in ten must be read; it is spelled out in lower case but for the capitals it marks.
 *
 * Braille text almost always holds one of the cells of e, t, a or o, so four native searches,
 * which a text without a character of that block passes at once, reject nearly every text.
 */
import type { Candidate } from './decode-segments.js';

/** The 26 letters a–z, their cells in order. */
const LETTER_CELLS = '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵';
const CAPITAL = 0x2820;
const NUMBER = 0x283c;
const BLANK = 0x2800;
/** Ends the digits of a number sign: the letters after it are letters. */
const LETTER_SIGN = 0x2830;

/** Punctuation cells (those the letters do not use). */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '⠂': ',', '⠲': '.', '⠦': '?', '⠖': '!', '⠄': "'", '⠤': '-', '⠌': '/', '⠒': ':', '⠆': ';', '⠶': '"',
};

/** Each cell's letter (a–z), or 0. */
const LETTER_OF = new Uint8Array(256);
for (let k = 0; k < 26; k++) LETTER_OF[LETTER_CELLS.charCodeAt(k) - BLANK] = 0x61 + k;

/** A run of braille cells, words parted by spaces or blank cells (which are cells themselves). */
const RUN = /[\u2800-\u28FF]+(?:[ \t]+[\u2800-\u28FF]+)*/g;
const MIN_LETTERS = 5;

/** What a run of cells spells, or undefined when too few of its cells are read. */
function spell(run: string): string | undefined {
  let out = '';
  let letters = 0;
  let unread = 0;
  let cells = 0;
  let capital = false;
  let number = false;
  // Whether the output ends in a space (asking the string would flatten it on every word).
  let spaced = false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === BLANK) {
      if (!spaced) out += ' ';
      spaced = true;
      number = false;
      continue;
    }
    spaced = false;
    cells++;
    if (c === CAPITAL) {
      capital = true;
      number = false;
      continue;
    }
    if (c === NUMBER || c === LETTER_SIGN) {
      number = c === NUMBER;
      continue;
    }
    const letter = LETTER_OF[c - BLANK]!;
    if (letter !== 0) {
      // After the number sign, a–j are 1–9 and 0.
      if (number && letter <= 0x6a) out += String.fromCharCode(letter === 0x6a ? 0x30 : letter - 0x30);
      else {
        letters++;
        number = false;
        out += String.fromCharCode(capital ? letter - 0x20 : letter);
      }
      capital = false;
      continue;
    }
    const mark = PUNCTUATION[run[i]!];
    if (mark === undefined) unread++;
    else out += mark;
    capital = false;
  }
  return letters >= MIN_LETTERS && unread <= 0.1 * cells ? out.trim() : undefined;
}

/** The braille runs of `text`, each spelled out. */
export function brailleRuns(text: string, out: Candidate[]): void {
  if (!text.includes('⠑') && !text.includes('⠞') && !text.includes('⠁') && !text.includes('⠕')) return;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const spelt = spell(m[0]);
    if (spelt !== undefined) out.push({ start: m.index, end: m.index + m[0].length, encoding: 'braille', text: spelt });
  }
  RUN.lastIndex = 0;
}

/** The cell of each letter, digit and punctuation mark. */
const CELL_OF: ReadonlyMap<string, string> = new Map([
  ...[...LETTER_CELLS].map((cell, k): [string, string] => [String.fromCharCode(0x61 + k), cell]),
  ...Object.entries(PUNCTUATION).map(([cell, ch]): [string, string] => [ch, cell]),
]);

/** `text` in uncontracted braille: capitals marked by ⠠, digits by ⠼ (a letter a–j right after them by ⠰); characters with no cell left out. */
export function toBraille(text: string): string {
  let out = '';
  let number = false;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      out += ' ';
      number = false;
      continue;
    }
    if (ch >= '0' && ch <= '9') {
      if (!number) out += '⠼';
      number = true;
      out += LETTER_CELLS[ch === '0' ? 9 : ch.charCodeAt(0) - 0x31];
      continue;
    }
    const lower = ch.toLowerCase();
    const cell = CELL_OF.get(lower);
    if (cell === undefined) continue;
    // A number's punctuation (3.5, 1,000) keeps it a number; a letter ends it.
    if (/[a-z]/.test(lower)) {
      if (number && lower <= 'j') out += '⠰';
      number = false;
      if (lower !== ch) out += '⠠';
    }
    out += cell;
  }
  return out;
}
