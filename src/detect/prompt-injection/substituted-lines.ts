/**
 * The stretches of a line written in a letter substitution (the Atbash cipher, a Caesar shift):
 * the line's sentences (cut by . ! ? : ;) whose words read as more common words through the
 * substitution than as written lean substituted; neighbouring such sentences join, and a stretch
 * is kept when its substituted common words are at least 3, 30 % of its words, and twice its
 * common words as written plus 2 (so English is never read through the substitution). A plain
 * question before the cipher ("What does this mean? …") is its own sentence and stays out.
 */
import type { Candidate } from './decode-segments.js';
import type { SegmentEncoding } from './decode-segments.js';

const WORD_RE = /[A-Za-z]+/g;
const SENTENCE_END = /[.!?:;]/;
/** Substituted common words a stretch needs. */
const MIN_WORDS = 3;

/** How one substitution reads words. */
export interface Substitution {
  readonly encoding: SegmentEncoding;
  /** Whether a word (lower case) reads as a common word through the substitution. */
  readsCommon(word: string): boolean;
  /** Whether a word (lower case) is a common word as written. */
  isCommon(word: string): boolean;
  /** The text read through the substitution. */
  decode(text: string): string;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: number;
  readonly substituted: number;
  readonly common: number;
}

/** The sentences of the line `text[from..to)` with their word counts. */
function sentencesOf(text: string, from: number, to: number, substitution: Substitution): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  let end = 0;
  let words = 0;
  let substituted = 0;
  let common = 0;
  const line = text.slice(from, to);
  const flush = (): void => {
    if (start !== -1) sentences.push({ start, end, words, substituted, common });
    start = -1;
    words = substituted = common = 0;
  };
  let last = 0;
  for (const m of line.matchAll(WORD_RE)) {
    if (SENTENCE_END.test(line.slice(last, m.index))) flush();
    const word = m[0].toLowerCase();
    if (start === -1) start = from + m.index;
    end = from + m.index + word.length;
    words++;
    const plain = substitution.isCommon(word);
    if (!plain && substitution.readsCommon(word)) substituted++;
    else if (plain) common++;
    last = m.index + word.length;
  }
  flush();
  return sentences;
}

/** The stretches of the line `text[start..end)` read through `substitution` (see the file's comment), decoded into `out`. */
export function substitutedStretches(text: string, start: number, end: number, substitution: Substitution, out: Candidate[]): void {
  const sentences = sentencesOf(text, start, end, substitution);
  for (let i = 0; i < sentences.length; ) {
    if (sentences[i]!.substituted === 0 || sentences[i]!.substituted < sentences[i]!.common) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    let substituted = 0;
    let common = 0;
    for (; j < sentences.length && sentences[j]!.substituted >= sentences[j]!.common; j++) {
      words += sentences[j]!.words;
      substituted += sentences[j]!.substituted;
      common += sentences[j]!.common;
    }
    if (substituted >= MIN_WORDS && substituted >= 0.3 * words && substituted >= 2 * common + 2) {
      const from = sentences[i]!.start;
      const to = sentences[j - 1]!.end;
      out.push({ start: from, end: to, encoding: substitution.encoding, text: substitution.decode(text.slice(from, to)) });
    }
    i = j;
  }
}
