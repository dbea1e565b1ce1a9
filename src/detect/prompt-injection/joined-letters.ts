/**
 * Letters joined by a punctuation mark, a disguise that keeps every letter but breaks every word
 * and n-gram: "I-g-n-o-r-e a-l-l p-r-e-v-i-o-u-s", "i.g.n.o.r.e", "i_g_n_o_r_e" (red-team
 * tools join a payload's characters with a hyphen by default). A joined word is single letters
 * with one mark between each two, the same mark throughout (- . _ * ~ + · •; a slash or bar is
 * read by spaced-letters.ts). A run is tokens holding such words (an address,
 * "a-t-t-a-c-k-e-r@e-v-i-l.e-x-a-m-p-l-e", holds two) and one-letter words ("I", "a"), apart by
 * whitespace, beginning and ending with a joined token: it is read when it holds eight letters.
 * The decoding joins the letters of each joined word, drops the mark at the word's edges (a tool
 * that joins every character, spaces too, writes "t-e-l-l- -m-e- -a") and keeps everything else.
 * A text without four letters joined by one mark is not searched.
 */
import type { Candidate } from './decode-segments.js';
import { isSpace } from './decode-units.js';

/** The marks that join letters, as the inside of a regex class: first in any class, so its hyphen makes no range. */
const MARKS = '-._*~+\\u00B7\\u2022';
/** The marks that join letters, but the dot: after a word, a dot may end a sentence. */
const MARKS_BUT_DOT = '-_*~+\\u00B7\\u2022';
/** Letters of the scripts the first search reads (Latin, Greek, Cyrillic), as a regex class. */
const JOINABLE = '[A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';

/** Four letters joined by one mark: a search without Unicode classes that rejects most texts at once. */
const FOUR_JOINED_RE = new RegExp(`${JOINABLE}([${MARKS}])${JOINABLE}(?:\\1${JOINABLE}){2}`, 'g');

/**
 * Single letters joined by one mark, the same throughout (a letter beside another letter is no
 * single letter): "i-g-n-o-r-e", and "a-t-t-a-c-k-e-r" in "a-t-t-a-c-k-e-r@e-v-i-l.e-x-a-m-p-l-e".
 */
const JOINED_SEQUENCE_RE = new RegExp(`(?<!\\p{L})\\p{L}([${MARKS}])\\p{L}(?:\\1\\p{L})*(?!\\p{L})`, 'gu');
/**
 * A one-letter word without the joining marks around it: both sides when it has one before it
 * ("-a-", ".a."), else the marks after it but a full stop, which ends a sentence ("a-", "a.").
 */
function oneLetterRead(raw: string): string {
  return LEADING_MARK.test(raw) ? raw.replace(MARKS_AROUND, '') : raw.replace(TRAILING_MARKS_BUT_DOT, '');
}
const LEADING_MARK = new RegExp(`^[${MARKS}]`);
const MARKS_AROUND = new RegExp(`^[${MARKS}]+|[${MARKS}]+$`, 'g');
const TRAILING_MARKS_BUT_DOT = new RegExp(`[${MARKS_BUT_DOT}]+$`);

/** The mark, repeated, at the edge of a word read (after its last letter, or before its first). */
function edgeMarks(mark: string): RegExp {
  let re = EDGE_MARKS.get(mark);
  if (re === undefined) {
    const m = mark.replace(/[.*+]/g, '\\$&');
    re = new RegExp(`(?<=\\p{L})(?:${m})+(?!\\p{L})|(?<!\\p{L})(?:${m})+(?=\\p{L})`, 'gu');
    EDGE_MARKS.set(mark, re);
  }
  return re;
}
const EDGE_MARKS = new Map<string, RegExp>();

/** A word of one letter, with punctuation or a joining mark around it or not ("I", "a,", "-a-"). */
const ONE_LETTER_RE = new RegExp(`^[${MARKS}("'\\u201C\\u2018]*\\p{L}[${MARKS})"'\\u201D\\u2019,!?:;]*$`, 'u');

/** A run is read with this many letters or more. */
const MIN_LETTERS = 8;
/** A run spans at most this many characters: a longer run is read up to there (bounded work per run). */
const MAX_RUN = 4096;

/** `text` with the letters of each word joined by `mark` (a word's other characters kept). */
export function joinLetters(text: string, mark = '-'): string {
  return text.replace(/\p{L}+/gu, (word) => [...word].join(mark));
}

interface Token {
  readonly start: number;
  readonly end: number;
  /** The word read, with its punctuation; undefined for a token that is no joined or one-letter word. */
  readonly read: string | undefined;
  /** Letters of the word, and whether they were joined by a mark. */
  readonly letters: number;
  readonly joined: boolean;
}

/** The whitespace-delimited token of `text` that starts at `start`, read. */
function tokenAt(text: string, start: number): Token {
  let end = start;
  while (end < text.length && end - start < MAX_RUN && !isSpace(text.charCodeAt(end))) end++;
  const raw = text.slice(start, end);
  let letters = 0;
  let joinedBy = '';
  const read = raw.replace(JOINED_SEQUENCE_RE, (sequence: string, mark: string) => {
    const word = sequence.replaceAll(mark, '');
    letters += [...word].length;
    joinedBy = mark;
    return word;
  });
  // The mark at a word's edges joined it to the spaces around it ("t-e-l-l- -m-e", every character
  // joined): it goes too. A dot after a word is a full stop as well, so dots go only from a token
  // that starts with one (".m.e.").
  if (letters > 0) return { start, end, read: joinedBy !== '.' || raw.startsWith('.') ? read.replace(edgeMarks(joinedBy), '') : read, letters, joined: true };
  return ONE_LETTER_RE.test(raw) ? { start, end, read: oneLetterRead(raw), letters: 1, joined: false } : { start, end, read: undefined, letters: 0, joined: false };
}

/**
 * Start of the token before the whitespace that ends at `at` (exclusive), or −1 when there is
 * none at or after `floor` (the end of the text already read).
 */
function previousTokenStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  if (i <= floor) return -1;
  let start = i;
  while (start > floor && !isSpace(text.charCodeAt(start - 1)) && i - start < MAX_RUN) start--;
  return start > floor || floor === 0 ? start : -1;
}

/** Start of the token after the one that ends at `end`, or −1 at the text's end. */
function nextTokenStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length ? i : -1;
}

/** The runs of letters joined by a punctuation mark in `text`, each with its words read. */
export function joinedLetterRuns(text: string, out: Candidate[]): void {
  FOUR_JOINED_RE.lastIndex = 0;
  // Where the text read so far ends: the last token read, and the last run read.
  let searchedTo = 0;
  let floor = 0;
  for (let m = FOUR_JOINED_RE.exec(text); m !== null; m = FOUR_JOINED_RE.exec(text)) {
    // The token holding the match (not reaching back into what was read), then the run's tokens
    // before and after it: runs do not overlap, so each token is read at most twice.
    let first = Math.max(m.index, searchedTo);
    while (first > searchedTo && !isSpace(text.charCodeAt(first - 1)) && m.index - first < MAX_RUN) first--;
    const seed = tokenAt(text, first);
    searchedTo = seed.end;
    FOUR_JOINED_RE.lastIndex = Math.max(FOUR_JOINED_RE.lastIndex, seed.end);
    if (!seed.joined) continue;
    const tokens: Token[] = [seed];
    for (let at = previousTokenStart(text, first, floor); at !== -1 && seed.end - at < MAX_RUN; at = previousTokenStart(text, at, floor)) {
      const t = tokenAt(text, at);
      if (t.read === undefined) break;
      tokens.unshift(t);
    }
    for (let at = nextTokenStart(text, seed.end); at !== -1 && at - tokens[0]!.start < MAX_RUN; at = nextTokenStart(text, tokens.at(-1)!.end)) {
      const t = tokenAt(text, at);
      if (t.read === undefined) break;
      tokens.push(t);
    }
    // One-letter words at the run's ends belong to the prose around it.
    while (!tokens[0]!.joined) tokens.shift();
    while (!tokens.at(-1)!.joined) tokens.pop();
    const last = tokens.at(-1)!;
    searchedTo = floor = Math.max(searchedTo, tokens.at(-1)!.end);
    FOUR_JOINED_RE.lastIndex = Math.max(FOUR_JOINED_RE.lastIndex, searchedTo);
    if (tokens.reduce((n, t) => n + t.letters, 0) < MIN_LETTERS) continue;
    out.push({ start: tokens[0]!.start, end: last.end, encoding: 'punctuated', text: tokens.map((t) => t.read).join(' ') });
  }
  FOUR_JOINED_RE.lastIndex = 0;
}
