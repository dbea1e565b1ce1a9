/**
 * Text in the Atbash cipher, which writes each letter as its mirror in the alphabet (a↔z, b↔y,
 * …, m↔n, capitals alike): "Rtmliv zoo kiverlfh rmhgifxgrlmh" is "Ignore all previous
 * instructions". It is found as ROT13 is: the ROT13 search's one native search for disguised
 * common words (rot13-search.ts) also looks for the mirrors of common English words of three
 * letters or more, and only a line that holds three such words is read here. In that line
 * (two-letter words counted too), each sentence (a stretch cut by . ! ? : ;) whose mirrored
 * common words are at least as many as its common ones leans mirrored; neighbouring such
 * sentences join, and a stretch is decoded when it holds at least 3 mirrored common words, 30 %
 * of its words, and twice as many plus 2 as its common words (so English is never read through
 * the mirror).
 */
import type { Candidate } from './decode-segments.js';
import { COMMON_WORDS_EN } from './common-words.js';

/** `text` with every ASCII letter mirrored (Atbash is its own inverse). */
export function atbash(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code <= 0x5a ? 0x9b - code : 0xdb - code);
  });
}

const ENGLISH: ReadonlySet<string> = new Set(COMMON_WORDS_EN);
/** The mirror of each common English word whose mirror is not itself a common word (counted in a line being read). */
const MIRRORED: ReadonlySet<string> = new Set([...ENGLISH].map(atbash).filter((w) => !ENGLISH.has(w)));
/** Those of three letters or more: what the first search looks for ("rm", "gl" and "zh" are too common in other writing). */
export const MIRRORED_SEARCHED: readonly string[] = [...MIRRORED].filter((w) => w.length >= 3);

const WORD_RE = /[A-Za-z]+/g;
const SENTENCE_END = /[.!?:;]/;
/** Mirrored common words a stretch needs. */
const MIN_WORDS = 3;

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: number;
  readonly mirrored: number;
  readonly common: number;
}

/** The sentences of the line `text[from..to)` with their word counts. */
function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  let end = 0;
  let words = 0;
  let mirrored = 0;
  let common = 0;
  const line = text.slice(from, to);
  const flush = (): void => {
    if (start !== -1) sentences.push({ start, end, words, mirrored, common });
    start = -1;
    words = mirrored = common = 0;
  };
  let last = 0;
  for (const m of line.matchAll(WORD_RE)) {
    if (SENTENCE_END.test(line.slice(last, m.index))) flush();
    const word = m[0].toLowerCase();
    if (start === -1) start = from + m.index;
    end = from + m.index + word.length;
    words++;
    if (MIRRORED.has(word)) mirrored++;
    else if (ENGLISH.has(word)) common++;
    last = m.index + word.length;
  }
  flush();
  return sentences;
}

/** The Atbash candidates of the line `text[start..end)` (one that holds three disguised common words). */
export function mirroredLine(text: string, start: number, end: number, out: Candidate[]): void {
  const sentences = sentencesOf(text, start, end);
  for (let i = 0; i < sentences.length; ) {
    if (sentences[i]!.mirrored === 0 || sentences[i]!.mirrored < sentences[i]!.common) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    let mirrored = 0;
    let common = 0;
    for (; j < sentences.length && sentences[j]!.mirrored >= sentences[j]!.common; j++) {
      words += sentences[j]!.words;
      mirrored += sentences[j]!.mirrored;
      common += sentences[j]!.common;
    }
    if (mirrored >= MIN_WORDS && mirrored >= 0.3 * words && mirrored >= 2 * common + 2) {
      const from = sentences[i]!.start;
      const to = sentences[j - 1]!.end;
      out.push({ start: from, end: to, encoding: 'atbash', text: atbash(text.slice(from, to)) });
    }
    i = j;
  }
}
