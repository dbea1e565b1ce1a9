/**
 * Words with their inner letters shuffled ("typoglycemia"): people read "Inogre all piuorves
 * itrnicnsouts" as "Ignore all previous instructions", and so do large models, while every word
 * n-gram of it is new to a classifier. Best-of-N jailbreaking scrambles words so, OWASP's
 * prompt-injection cheat sheet names the attack, and a typo that swaps two inner letters is the
 * same disguise by accident.
 *
 * Each word of four to twenty ASCII letters is keyed by its length, its first and last letters and
 * the multiset of its inner letters (a sum of per-letter random numbers, which order does not
 * change), and looked up among the keys of a vocabulary: the common English words, the words
 * attacks are made of, and the 4,000 most frequent words of the English training rows
 * (english-words.ts). A word that is not in the vocabulary but has a vocabulary word's first and
 * last letters and inner letters is read as that word. A line is read when 3 of its words or
 * more, and a quarter of its words of four letters or more, are so read, no more than a third
 * are neither read nor in the vocabulary, and half or more of its words of two or three letters
 * (when it has two or more) are common words, which shuffling leaves as they are: a Caesar
 * cipher's longer words sometimes have a vocabulary word's letters ("esle" for "else"), but its
 * short words are no words. Its decoded text is the line with each such
 * word replaced (its first letter's case kept).
 *
 * Only texts of up to 16 KB are read, as for Caesar ciphers: the lookup is a pass over every
 * letter, which a long document would pay on every call. A scrambled line inside a longer text is
 * therefore not read.
 */
import type { Candidate } from './decode-segments.js';
import { COMMON_WORDS_EN } from './common-words.js';
import { frequentEnglishWords } from './english-words.js';

/** Texts longer than this are not searched. */
export const SCRAMBLED_MAX_TEXT = 16_384;
const MIN_WORD = 4;
const MAX_WORD = 20;
/** Scrambled words a line must hold, in number and as a share of its words of four letters or more. */
const MIN_READ = 3;
const MIN_READ_SHARE = 0.25;
/**
 * Words of four letters or more a line may hold that are neither in the vocabulary nor read, as
 * a share: a scrambled English line is mostly words read and words as they were (a name, a rare
 * word), where a cipher's words that happen to have a vocabulary word's letters stand among
 * many that have none.
 */
const MAX_UNKNOWN_SHARE = 1 / 3;
const LETTER_RE = /\p{L}/u;

/** Words attacks are made of that the common words lack (lower case). */
const ATTACK_WORDS: readonly string[] = [
  'earlier', 'original', 'initial', 'directions', 'persona', 'character', 'unfiltered', 'uncensored', 'forbidden',
  'harmful', 'illegal', 'dangerous', 'restricted', 'limits', 'limitations', 'ethical', 'ethics', 'moral', 'enabled',
  'activated', 'reply', 'replies', 'directly', 'exactly', 'verbatim', 'configuration', 'credentials', 'token',
  'tokens', 'private', 'personal', 'address', 'phone', 'number', 'account', 'transfer', 'money', 'payment',
  'refund', 'download', 'upload', 'website', 'attacker', 'markdown', 'summary', 'translate', 'anyone', 'someone',
  'human', 'person', 'immediately', 'silently', 'quietly', 'mention', 'warning', 'warnings', 'refuse', 'cannot',
  'allowed', 'permission', 'approved', 'authorized', 'administrator', 'shell', 'terminal', 'script', 'forward',
  'recipient', 'contacts', 'history', 'conversation', 'chat', 'rule', 'setup', 'settings', 'pretending', 'simulate',
  'answers', 'questions', 'secrets', 'passwords', 'keys', 'prompts', 'messages', 'emails', 'documents', 'tools',
  'function', 'call',
];

/** Common English words of two and three letters, which shuffling leaves as they are. */
const SHORT_WORDS: readonly string[] = [
  'a', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we',
  'act', 'add', 'ago', 'all', 'and', 'any', 'are', 'ask', 'bad', 'big', 'but', 'buy', 'can', 'day', 'did', 'due', 'end', 'few', 'for', 'get', 'got',
  'had', 'has', 'her', 'him', 'his', 'how', 'its', 'let', 'may', 'new', 'nor', 'not', 'now', 'off', 'old', 'one', 'our', 'out', 'own', 'per', 'put',
  'run', 'say', 'see', 'set', 'she', 'the', 'too', 'top', 'try', 'two', 'use', 'via', 'was', 'way', 'who', 'why', 'yes', 'yet', 'you',
];
/** 1 at the code of each word of {@link SHORT_WORDS} of two or three letters (letters a–z as 1–26, base 27). */
const SHORT_CODES = new Uint8Array(27 * 27 * 27);
for (const w of SHORT_WORDS) if (w.length >= 2) SHORT_CODES[shortCode(w.charCodeAt(0), w.charCodeAt(1), w.length === 3 ? w.charCodeAt(2) : 0x60)] = 1;

/** The code of a word of two or three lower-case letters (`c` is 0x60 for a word of two). */
function shortCode(a: number, b: number, c: number): number {
  return ((a - 0x60) * 27 + (b - 0x60)) * 27 + (c - 0x60);
}

/** A random 32-bit number per letter a–z, fixed: the inner letters' key is their sum. */
const LETTER_VALUE = Int32Array.from({ length: 26 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(i + 7, 0x85ebca6b));

/** The key of a word (lower-case ASCII letters) of length `n`, first letter `first`, last `last` and inner letters' sum `inner`. */
function keyOf(n: number, first: number, last: number, inner: number): number {
  return (Math.imul(n, 0x27d4eb2f) ^ Math.imul(first, 0x165667b1) ^ Math.imul(last, 0x61c88647) ^ inner) | 0;
}

function wordKey(word: string): number {
  let inner = 0;
  for (let i = 1; i < word.length - 1; i++) inner = (inner + LETTER_VALUE[word.charCodeAt(i) - 0x61]!) | 0;
  return keyOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1), inner);
}

/** The vocabulary: its words, and an open-addressed table of their keys (slots of key and word index, 0 for none). */
interface Vocabulary {
  readonly words: readonly string[];
  readonly known: ReadonlySet<string>;
  readonly slotKeys: Int32Array;
  /** Index + 1 of the word in each slot (0: empty). */
  readonly slotWords: Int32Array;
}

const TABLE_BITS = 15;
let vocabulary: Vocabulary | undefined;

/**
 * The vocabulary (a key two words share keeps the more frequent: the text's word is read as a
 * vocabulary word only when it is not one itself). A typed table, not a Map: a lookup for every
 * word of a text costs a few table reads.
 */
function vocabularyTable(): Vocabulary {
  if (vocabulary === undefined) {
    const words: string[] = [];
    const known = new Set<string>();
    const slotKeys = new Int32Array(1 << TABLE_BITS);
    const slotWords = new Int32Array(1 << TABLE_BITS);
    for (const word of [...COMMON_WORDS_EN, ...ATTACK_WORDS, ...frequentEnglishWords()]) {
      if (word.length < MIN_WORD || word.length > MAX_WORD || !/^[a-z]+$/.test(word) || known.has(word)) continue;
      known.add(word);
      const key = wordKey(word);
      if (lookUp(slotKeys, slotWords, key) !== -1) continue;
      words.push(word);
      let slot = key & ((1 << TABLE_BITS) - 1);
      while (slotWords[slot] !== 0) slot = (slot + 1) & ((1 << TABLE_BITS) - 1);
      slotKeys[slot] = key;
      slotWords[slot] = words.length;
    }
    vocabulary = { words, known, slotKeys, slotWords };
  }
  return vocabulary;
}

/** The index of the word of `key` in the table, or −1. */
function lookUp(slotKeys: Int32Array, slotWords: Int32Array, key: number): number {
  const mask = slotKeys.length - 1;
  for (let slot = key & mask; slotWords[slot] !== 0; slot = (slot + 1) & mask) if (slotKeys[slot] === key) return slotWords[slot]! - 1;
  return -1;
}

/** Whether `word` (lower case) has the same first and last letters and inner letters as `known`. */
function sameLetters(word: string, known: string): boolean {
  if (word.length !== known.length || word[0] !== known[0] || word.at(-1) !== known.at(-1)) return false;
  return [...word.slice(1, -1)].sort().join('') === [...known.slice(1, -1)].sort().join('');
}

/** `word` with its inner letters shuffled by `random` (a word of under four letters as it is). */
export function scrambleWord(word: string, random: () => number): string {
  if (word.length < MIN_WORD) return word;
  const inner = [...word.slice(1, -1)];
  for (let i = inner.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [inner[i], inner[j]] = [inner[j]!, inner[i]!];
  }
  return `${word[0]}${inner.join('')}${word.at(-1)}`;
}

/** `text` with the inner letters of each of its words (runs of ASCII letters) shuffled by `random`, word after word. */
export function scrambleWords(text: string, random: () => number): string {
  return text.replace(/[A-Za-z]+/g, (word) => scrambleWord(word, random));
}

/** The scrambled lines of `text` (none in a text over {@link SCRAMBLED_MAX_TEXT} units), each read with its words restored. */
export function scrambledWordRuns(text: string, out: Candidate[]): void {
  const n = text.length;
  if (n > SCRAMBLED_MAX_TEXT) return;
  const { words: vocab, known, slotKeys, slotWords } = vocabularyTable();
  // The current line: where it starts, its words of four letters or more, those neither in the vocabulary nor read, and the words read in it.
  let lineStart = 0;
  let words = 0;
  let unknown = 0;
  let read: { start: number; end: number; word: string }[] = [];
  // The current word: where it starts (−1: none), its first letter and its inner letters' sum so far.
  let wordStart = -1;
  let first = 0;
  let inner = 0;
  let lastValue = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (wordStart === -1) {
        wordStart = i;
        first = lower;
        inner = 0;
        lastValue = 0;
      } else {
        // Each letter after the first is counted as inner until the next one comes.
        inner = (inner + lastValue) | 0;
      }
      if (i > wordStart) lastValue = LETTER_VALUE[lower - 0x61]!;
      continue;
    }
    // A letter outside ASCII, or a digit, glued to the word makes it no word of this search.
    if (wordStart !== -1) {
      const length = i - wordStart;
      if (length >= MIN_WORD && length <= MAX_WORD && !gluedTo(text, i) && !(wordStart > 0 && gluedTo(text, wordStart - 1))) {
        words++;
        const index = lookUp(slotKeys, slotWords, keyOf(length, first, text.charCodeAt(i - 1) | 0x20, inner));
        const match = index === -1 ? undefined : vocab[index]!;
        // Most words of a text are the vocabulary word of their own key: compared in place, nothing made.
        if (match === undefined) unknown++;
        else if (!spells(text, wordStart, match)) {
          const word = text.slice(wordStart, i).toLowerCase();
          // A vocabulary word that shares its key with another is left as it is.
          if (!known.has(word)) {
            if (sameLetters(word, match)) read.push({ start: wordStart, end: i, word: match });
            else unknown++;
          }
        }
      }
      wordStart = -1;
    }
    if (c === 0x0a) {
      if (read.length >= MIN_READ && read.length >= MIN_READ_SHARE * words && unknown <= MAX_UNKNOWN_SHARE * words && shortWordsCommon(text, lineStart, i)) {
        readLine(text, lineStart, i, read, out);
      }
      lineStart = i + 1;
      words = unknown = 0;
      if (read.length > 0) read = [];
    }
  }
}

/**
 * Whether half or more of the words of two or three letters of the line `text[start..end)` are
 * common words (true for a line with fewer than two): counted only for a line that is about to
 * be read, so the pass over every text does not pay for it.
 */
function shortWordsCommon(text: string, start: number, end: number): boolean {
  let short = 0;
  let common = 0;
  let wordStart = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) | 0x20 : 0;
    if (c >= 0x61 && c <= 0x7a) {
      if (wordStart === -1) wordStart = i;
      continue;
    }
    const length = wordStart === -1 ? 0 : i - wordStart;
    if ((length === 2 || length === 3) && !(i < end && gluedTo(text, i)) && !(wordStart > 0 && gluedTo(text, wordStart - 1))) {
      short++;
      const third = length === 3 ? text.charCodeAt(wordStart + 2) | 0x20 : 0x60;
      common += SHORT_CODES[shortCode(text.charCodeAt(wordStart) | 0x20, text.charCodeAt(wordStart + 1) | 0x20, third)]!;
    }
    wordStart = -1;
  }
  return short < 2 || 2 * common >= short;
}

/** Whether `text` from `at` spells `word` (lower case), capitals read as small letters. */
function spells(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether the character at `at` joins the letters beside it into a longer word: a letter outside ASCII, a digit or an underscore. */
function gluedTo(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return LETTER_RE.test(text[at]!);
}

function readLine(text: string, start: number, end: number, read: readonly { start: number; end: number; word: string }[], out: Candidate[]): void {
  let decoded = '';
  let at = start;
  for (const r of read) {
    const capital = text.charCodeAt(r.start) <= 0x5a;
    decoded += text.slice(at, r.start) + (capital ? r.word[0]!.toUpperCase() + r.word.slice(1) : r.word);
    at = r.end;
  }
  decoded += text.slice(at, end);
  out.push({ start, end, encoding: 'scrambled', text: decoded });
}
