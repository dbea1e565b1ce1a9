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
 * last letters and inner letters is read as that word. A line is read when 3 of its words or more, and a quarter of its words of four
 * letters or more, are so read; its decoded text is the line with each such word replaced (its
 * first letter's case kept).
 *
 * Only texts of up to 16 KB are read, as for Caesar ciphers: the lookup is a pass over every
 * letter, which a long document would pay on every call. A scrambled line inside a longer text is
 * therefore not read.
 */
import type { Candidate } from './decode-segments.js';
import { COMMON_WORDS_EN } from './common-words.js';
import { ENGLISH_WORDS } from './english-words.js';

/** Texts longer than this are not searched. */
export const SCRAMBLED_MAX_TEXT = 16_384;
const MIN_WORD = 4;
const MAX_WORD = 20;
/** Scrambled words a line must hold, in number and as a share of its words of four letters or more. */
const MIN_READ = 3;
const MIN_READ_SHARE = 0.25;
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

let vocabulary: { readonly byKey: Map<number, string>; readonly words: ReadonlySet<string> } | undefined;

/**
 * The vocabulary's words, and the words by key (a key two words share keeps the more frequent:
 * the text's word is read as a vocabulary word only when it is not one itself).
 */
function vocabularyByKey(): { readonly byKey: Map<number, string>; readonly words: ReadonlySet<string> } {
  if (vocabulary === undefined) {
    const byKey = new Map<number, string>();
    const words = new Set<string>();
    for (const word of [...COMMON_WORDS_EN, ...ATTACK_WORDS, ...ENGLISH_WORDS]) {
      if (word.length < MIN_WORD || word.length > MAX_WORD || !/^[a-z]+$/.test(word)) continue;
      words.add(word);
      const key = wordKey(word);
      if (!byKey.has(key)) byKey.set(key, word);
    }
    vocabulary = { byKey, words };
  }
  return vocabulary;
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

/** The scrambled lines of `text` (none in a text over {@link SCRAMBLED_MAX_TEXT} units), each read with its words restored. */
export function scrambledWordRuns(text: string, out: Candidate[]): void {
  const n = text.length;
  if (n > SCRAMBLED_MAX_TEXT) return;
  const { byKey, words: known } = vocabularyByKey();
  // The current line: where it starts, its words of four letters or more, and the words read in it.
  let lineStart = 0;
  let words = 0;
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
        const match = byKey.get(keyOf(length, first, text.charCodeAt(i - 1) | 0x20, inner));
        if (match !== undefined) {
          const word = text.slice(wordStart, i).toLowerCase();
          if (!known.has(word) && sameLetters(word, match)) read.push({ start: wordStart, end: i, word: match });
        }
      }
      wordStart = -1;
    }
    if (c === 0x0a) {
      if (read.length >= MIN_READ && read.length >= MIN_READ_SHARE * words) readLine(text, lineStart, i, read, out);
      lineStart = i + 1;
      words = 0;
      if (read.length > 0) read = [];
    }
  }
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
