/**
 * Text written backwards (".snoitcurtsni suoiverp erongI"), a disguise that keeps every
 * character: a line is read reversed when it holds at least three reversed common words, at least
 * twice as many plus two as common words read forwards (so English is not reversed). The words
 * are common English and instruction words whose reversal is no English word. Only a line where
 * the ROT13 search's native pass (rot13-search.ts, which looks for these words too) finds three
 * is searched, and most texts hold no such line.
 */
import { COMMON_WORDS_INTL } from './common-words-intl.js';
import type { Candidate } from './decode-segments.js';

const INTL: ReadonlySet<string> = new Set(COMMON_WORDS_INTL);

const WORDS = [
  'the', 'and', 'you', 'your', 'that', 'this', 'with', 'for', 'what', 'from', 'will', 'must',
  'can', 'please', 'ignore', 'previous', 'prior', 'instructions', 'instruction', 'system', 'prompt',
  'disregard', 'forget', 'reveal', 'password', 'secret', 'rules', 'above', 'say', 'tell', 'print',
  'output', 'act', 'pretend', 'mode', 'developer', 'respond', 'answer', 'only', 'any', 'have',
  'been', 'they', 'them', 'their', 'there', 'then', 'when', 'where', 'which', 'about', 'into',
  'more', 'some', 'other', 'just', 'also', 'like', 'make', 'know', 'think', 'give', 'use', 'find',
  'want', 'need', 'every', 'these', 'those', 'here', 'after', 'before', 'again', 'never', 'always',
  'should', 'would', 'could', 'does', 'told', 'said', 'write', 'show', 'list', 'share', 'repeat',
  'include', 'provide', 'follow', 'instead', 'without', 'anything', 'everything', 'nothing',
  'something', 'question', 'information', 'message', 'content', 'document', 'text', 'task', 'role',
  'user', 'assistant', 'model', 'data', 'key', 'code', 'file', 'email', 'send', 'link', 'image',
  'access', 'hidden', 'internal', 'confidential', 'policy', 'safety', 'filter', 'admin', 'bypass',
  'override', 'command', 'execute', 'delete', 'start', 'continue', 'jailbreak', 'restrictions',
  'guidelines',
  // Common words of six other languages (common-words-intl.ts) of four letters or more (the
  // reversals of shorter ones, "nur", "gib", "del", are English words: "run", "big", "led"),
  // less those whose reversal is itself a common word ("allen" and "nella", "alle" and "ella").
  ...COMMON_WORDS_INTL.filter((w) => w.length >= 4 && !INTL.has(reverseText(w))),
];
/** `text` backwards, by code point (a character outside the Basic Multilingual Plane stays whole). */
export function reverseText(text: string): string {
  return [...text].reverse().join('');
}

const FORWARD: ReadonlySet<string> = new Set(WORDS);
/** The reversed common words (lower case); the ROT13 search's first native pass looks for these too (rot13-search.ts). */
export const REVERSED_WORDS: ReadonlySet<string> = new Set(WORDS.map(reverseText));
const WORD_RE = /[A-Za-z]+/g;

/** A reversed common word, not inside a longer run of ASCII letters (the character before it, if any, is part of the match). */
const REVERSED_WORD_RE = new RegExp(`(?:^|[^A-Za-z])(?:${[...REVERSED_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'gi');

/**
 * The line of `text` from `start` to `end` (a line break or the text's end), read forwards when it
 * is written backwards (the ROT13 search reads only the lines where its first pass found three
 * rotated or reversed common words). Only a line with three reversed common words (one native
 * search over the line) has its words counted; when the whole line does not read as backwards
 * text, each piece of it after a ": " is tried alone (an instruction in plain words may lead
 * into it).
 */
export function reversedLine(text: string, start: number, end: number, out: Candidate[]): void {
  // The line on its own: a word at its start or end is bounded there as by a line break.
  const line = start === 0 && end === text.length ? text : text.slice(start, end);
  REVERSED_WORD_RE.lastIndex = 0;
  let found = 0;
  while (found < 3 && REVERSED_WORD_RE.test(line)) found++;
  REVERSED_WORD_RE.lastIndex = 0;
  if (found < 3 || readBackwards(text, start, end, out)) return;
  // An instruction in plain words may lead into the backwards text on the same line ("Reverse this: ...").
  let pieceStart = start;
  for (const [k, piece] of line.split(': ').entries()) {
    if (k > 0) readBackwards(text, pieceStart, pieceStart + piece.length, out);
    pieceStart += piece.length + 2;
  }
}

/** Read `text` from `start` to `end` backwards when it holds three reversed common words, twice as many plus two as forwards ones; whether it did. */
function readBackwards(text: string, start: number, end: number, out: Candidate[]): boolean {
  const piece = text.slice(start, end);
  let reversed = 0;
  let forward = 0;
  for (const [word] of piece.matchAll(WORD_RE)) {
    const lower = word.toLowerCase();
    if (REVERSED_WORDS.has(lower)) reversed++;
    else if (FORWARD.has(lower)) forward++;
  }
  if (reversed < 3 || reversed < 2 * forward + 2) return false;
  out.push({ start, end, encoding: 'reversed', text: reverseText(piece) });
  return true;
}
