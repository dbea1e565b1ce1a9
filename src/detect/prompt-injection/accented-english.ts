/**
 * English with accents on its letters ("Ìgnórè àll prévìóús ìnstrúctìóns"), a disguise that
 * keeps every word readable to a model but changes every character n-gram and keyword (red-team
 * tools add diacritics to a payload's vowels). NFKC keeps such letters composed, so
 * normalisation does not undo it. A line is read without accents when its accented words are
 * English ones: at least {@link MIN_COMMON} of them are common English words once bare ("thé",
 * "àll", "yôur"; French, Spanish or Vietnamese words rarely are), at least half of its accented
 * words are English words, and at least half of all its words.
 */
import { withoutDiacritics } from './combining-marks.js';
import { COMMON_EN_SET } from './common-words.js';
import type { Candidate } from './decode-segments.js';
import { englishWordSet } from './english-words.js';

/** A Latin letter that may carry an accent (the Latin-1, Extended-A and -B and Extended Additional blocks, less × and ÷). */
const ACCENTED_LATIN = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/g;
/** A word: a run of letters and marks. */
const WORD_RE = /[\p{L}\p{M}]+/gu;
/** Common English words among a line's accented words, at least. */
const MIN_COMMON = 3;
/** A line longer than this is not read (bounded work: the disguise is put on sentences). */
const MAX_LINE = 4096;
const LONGEST_COMMON = Math.max(...[...COMMON_EN_SET].map((w) => w.length));


/** `text` with an accent on each vowel it can carry (a → à, e → é, …), the disguise this reader undoes. */
export function toAccented(text: string): string {
  const accents: Readonly<Record<string, string>> = { a: 'à', e: 'é', i: 'ì', o: 'ó', u: 'ú', y: 'ý', A: 'À', E: 'É', I: 'Ì', O: 'Ó', U: 'Ú', Y: 'Ý', n: 'ñ', c: 'ç' };
  return text.replace(/[aeiouyAEIOUYnc]/g, (c) => accents[c] ?? c);
}

/** Each unit's Latin letter without its accent, lower case (0 for a unit that is no Latin letter). Built on first use from NFD. */
let tables: { readonly fold: Uint8Array } | undefined;

function foldTables(): { readonly fold: Uint8Array } {
  if (tables === undefined) {
    const fold = new Uint8Array(0x1f00);
    for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) fold[c] = c | 0x20;
    for (let c = 0xc0; c < 0x1f00; c++) {
      if (c > 0x24f && c < 0x1e00) continue;
      const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
      if ((base >= 0x41 && base <= 0x5a) || (base >= 0x61 && base <= 0x7a)) fold[c] = base | 0x20;
    }
    tables = { fold };
  }
  return tables;
}

/** The word of `text` from `start` to `end` (Latin letters) without accents, lower case. */
function foldWord(fold: Uint8Array, text: string, start: number, end: number): string {
  let word = '';
  for (let k = start; k < end; k++) word += String.fromCharCode(fold[text.charCodeAt(k)]!);
  return word;
}

/**
 * The lines of `text` written as English with accents, each read without them. Only the words
 * around accented letters are looked at (a native search finds those letters) until a line has
 * shown {@link MIN_COMMON} common English words with accents: most lines with accents are in a
 * language that has them, and show none.
 */
export function accentedEnglishRuns(text: string, out: Candidate[]): void {
  const { fold } = foldTables();
  const latin = (c: number): boolean => c < 0x1f00 && fold[c] !== 0;
  let lineStart = 0;
  let lineEnd = -1;
  let common = 0;
  ACCENTED_LATIN.lastIndex = 0;
  for (let m = ACCENTED_LATIN.exec(text); m !== null; m = ACCENTED_LATIN.exec(text)) {
    const at = m.index;
    if (at > lineEnd) {
      lineStart = text.lastIndexOf('\n', at) + 1;
      const newline = text.indexOf('\n', at);
      lineEnd = newline === -1 ? text.length : newline;
      common = 0;
    }
    let wordStart = at;
    while (wordStart > lineStart && latin(text.charCodeAt(wordStart - 1))) wordStart--;
    let wordEnd = at + 1;
    while (wordEnd < lineEnd && latin(text.charCodeAt(wordEnd))) wordEnd++;
    ACCENTED_LATIN.lastIndex = wordEnd;
    if (wordEnd - wordStart > LONGEST_COMMON || !COMMON_EN_SET.has(foldWord(fold, text, wordStart, wordEnd)) || ++common < MIN_COMMON) continue;
    if (lineEnd - lineStart <= MAX_LINE) readLine(text, lineStart, lineEnd, out);
    ACCENTED_LATIN.lastIndex = lineEnd;
  }
  ACCENTED_LATIN.lastIndex = 0;
}

/** Read the line of `text` from `start` to `end` when its accented words are English ones (see the file's comment). */
function readLine(text: string, start: number, end: number, out: Candidate[]): void {
  const english = englishWordSet();
  const line = text.slice(start, end);
  let words = 0;
  let englishWords = 0;
  let accentedWords = 0;
  let accentedEnglish = 0;
  for (const [word] of line.matchAll(WORD_RE)) {
    words++;
    const bare = withoutDiacritics(word).toLowerCase();
    const isEnglish = english.has(bare);
    if (isEnglish) englishWords++;
    if (bare === word.toLowerCase()) continue;
    accentedWords++;
    if (isEnglish) accentedEnglish++;
  }
  if (2 * accentedEnglish < accentedWords || 2 * englishWords < words) return;
  out.push({ start, end, encoding: 'accented', text: withoutDiacritics(line) });
}
