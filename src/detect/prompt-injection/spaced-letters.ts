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
 * Where a run of {@link SPACED_RUN_RE} may start (its first two characters and the separator
 * between them), without Unicode classes: a regex without the `u` flag reads a text several
 * times faster, and this matches at every position the run search matches at, so the run search
 * is tried (sticky) only at these positions. A character outside the Basic Multilingual Plane,
 * one code point to the run search, is two units here.
 */
const RUN_START_RE = /(?<!\S)(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|\S)(?: {1,3}| ?[/|] ?)(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s/|])(?!\S)/g;
/** {@link SPACED_RUN_RE}, tried at one position. */
const SPACED_RUN_AT_RE = new RegExp(SPACED_RUN_RE.source, 'uy');

/**
 * Five single characters in a row with one space between them (a letter-spaced word of five
 * letters or more): a search without Unicode classes that rejects most texts in a fifth of the
 * time the run search takes.
 */
const FIVE_SINGLES_RE = /(?<!\S)\S(?: \S(?!\S)){4}/;

/** The letter-spaced runs of `text`, each with its letters joined into words. */
export function spacedLetterRuns(text: string, out: Candidate[]): void {
  if (!FIVE_SINGLES_RE.test(text)) return;
  // The matches of SPACED_RUN_RE in order, as matchAll finds them: each at the first position from
  // the end of the last where it matches, and it matches only where RUN_START_RE does.
  RUN_START_RE.lastIndex = 0;
  for (let start = RUN_START_RE.exec(text); start !== null; start = RUN_START_RE.exec(text)) {
    const at = start.index;
    SPACED_RUN_AT_RE.lastIndex = at;
    const m = SPACED_RUN_AT_RE.exec(text);
    if (m === null) {
      RUN_START_RE.lastIndex = at + 1;
      continue;
    }
    RUN_START_RE.lastIndex = at + m[0].length;
    const words = m[0].split(WORD_BREAK_RE).map((w) => w.replaceAll(' ', ''));
    // Mostly letters: a spaced-out formula ("x = y + z") or list of digits is not a disguise.
    const characters = words.reduce((n, w) => n + w.length, 0);
    const letters = m[0].match(LETTER_RE)?.length ?? 0;
    if (letters < 5 || letters < 0.6 * characters) continue;
    out.push({ start: m.index, end: m.index + m[0].length, encoding: 'spaced', text: words.join(' ') });
  }
  RUN_START_RE.lastIndex = 0;
}
