/**
 * Letter-spaced text, a disguise that keeps every character but breaks every word and n-gram
 * ("I g n o r e   a l l   p r e v i o u s"): runs of at least five single characters (the first a
 * letter or digit, at least five and 60 % of them letters) with one to three spaces, or a slash
 * or bar, between them. The decoding joins the letters of a word (one space between them) and
 * puts one space between words (two or three spaces, a slash or a bar). Texts without a
 * letter-spaced word of five letters or more are not searched (most prose has none).
 */
import type { Candidate } from './decode-segments.js';

/** A run of at least five single characters (a letter or digit first), each apart from the next by 1–3 spaces or a slash or bar (with a space either side or not). */
const SPACED_RUN_RE = /(?<!\S)[\p{L}\p{N}](?:(?: {1,3}| ?[/|] ?)[^\s/|](?!\S)){4,}/gu;
/** A letter of any script. */
const LETTER_RE = /\p{L}/gu;
/** A word break inside a run: two or three spaces, or a slash or bar. */
const WORD_BREAK_RE = / {2,3}| ?[/|] ?/g;

/**
 * Five single characters in a row with one space between them (a letter-spaced word of five
 * letters or more): a search without Unicode classes that rejects most texts in a fifth of the
 * time the run search takes.
 */
const FIVE_SINGLES_RE = /(?<!\S)\S(?: \S(?!\S)){4}/;

/** The letter-spaced runs of `text`, each with its letters joined into words. */
export function spacedLetterRuns(text: string, out: Candidate[]): void {
  if (!FIVE_SINGLES_RE.test(text)) return;
  SPACED_RUN_RE.lastIndex = 0;
  for (const m of text.matchAll(SPACED_RUN_RE)) {
    const words = m[0].split(WORD_BREAK_RE).map((w) => w.replaceAll(' ', ''));
    // Mostly letters: a spaced-out formula ("x = y + z") or list of digits is not a disguise.
    const characters = words.reduce((n, w) => n + w.length, 0);
    const letters = m[0].match(LETTER_RE)?.length ?? 0;
    if (letters < 5 || letters < 0.6 * characters) continue;
    out.push({ start: m.index, end: m.index + m[0].length, encoding: 'spaced', text: words.join(' ') });
  }
}
