/**
 * A string of letters with no word breaks cut into English words: the NATO alphabet run together
 * (nato-alphabet.ts) and sentences written without spaces (run-together.ts) are read so. The words
 * are the common English words of the ROT13 search (common-words.ts, without the other
 * languages') and the 4,000 most frequent words of the English training rows (english-words.ts,
 * read from a file), made into a trie on first need.
 */
import { COMMON_WORDS_INTL } from './common-words-intl.js';
import { COMMON_WORDS_ALL } from './common-words.js';
import { frequentEnglishWords } from './english-words.js';

/**
 * The words as a trie over a–z: node k's child on letter c is `child[k * 26 + c]` (0: none; the
 * root is node 0, no node's child), `word[k]` 1 where a word ends. A cut walks it from each letter
 * and stops where no word goes on, instead of looking up every slice of up to the longest word's
 * length.
 */
interface WordTrie {
  readonly child: Int32Array;
  readonly word: Uint8Array;
}

let trie: WordTrie | undefined;

/** The trie of the words to cut with, made on first need. */
function wordTrie(): WordTrie {
  if (trie === undefined) {
    const intl: ReadonlySet<string> = new Set(COMMON_WORDS_INTL);
    const words = [...new Set([...COMMON_WORDS_ALL.filter((w) => !intl.has(w)), ...frequentEnglishWords()])].filter((w) => /^[a-z]{2,}$/.test(w));
    let nodes = 1;
    for (const w of words) nodes += w.length;
    const child = new Int32Array(nodes * 26);
    const word = new Uint8Array(nodes);
    let next = 1;
    for (const w of words) {
      let k = 0;
      for (let i = 0; i < w.length; i++) {
        const slot = k * 26 + (w.charCodeAt(i) - 0x61);
        if (child[slot] === 0) child[slot] = next++;
        k = child[slot]!;
      }
      word[k] = 1;
    }
    trie = { child: child.slice(0, next * 26), word: word.slice(0, next) };
  }
  return trie;
}

/** A cut of a string of letters: its tokens in order, and how many letters its words cover. */
export interface WordCut {
  /** Words, and runs of letters no word covers (each such run one token). */
  readonly tokens: readonly string[];
  /** How many of `tokens` are words. */
  readonly words: number;
  /** Letters inside words. */
  readonly covered: number;
}

/**
 * `letters` (lower case) cut into words: the cut whose words cover the most letters, longer words
 * first (each word scores its length squared, each letter left over −1), letters left over kept
 * together as one token.
 */
export function cutIntoWords(letters: string): WordCut {
  const { child, word } = wordTrie();
  const n = letters.length;
  const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
  const step = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Number.NEGATIVE_INFINITY) continue;
    if (best[i]! - 1 > best[i + 1]!) {
      best[i + 1] = best[i]! - 1;
      step[i + 1] = -1;
    }
    let k = 0;
    for (let j = i; j < n; j++) {
      const c = letters.charCodeAt(j) - 0x61;
      if (c < 0 || c > 25) break;
      k = child[k * 26 + c]!;
      if (k === 0) break;
      if (word[k] === 0) continue;
      const len = j + 1 - i;
      const score = best[i]! + len * len;
      if (score > best[j + 1]!) {
        best[j + 1] = score;
        step[j + 1] = len;
      }
    }
  }
  const parts: { text: string; word: boolean }[] = [];
  for (let i = n; i > 0; ) {
    const len = step[i]!;
    if (len === -1) {
      parts.push({ text: letters[i - 1]!, word: false });
      i--;
    } else {
      parts.push({ text: letters.slice(i - len, i), word: true });
      i -= len;
    }
  }
  const tokens: string[] = [];
  let loose = '';
  let words = 0;
  let covered = 0;
  for (const part of parts.reverse()) {
    if (part.word) {
      if (loose !== '') tokens.push(loose);
      loose = '';
      tokens.push(part.text);
      words++;
      covered += part.text.length;
    } else loose += part.text;
  }
  if (loose !== '') tokens.push(loose);
  return { tokens, words, covered };
}

/** `letters` cut into words ({@link cutIntoWords}), with a space between them. */
export function segmentWords(letters: string): string {
  return cutIntoWords(letters).tokens.join(' ');
}
