/**
 * The two forms of a text that rules read: the text with whitespace collapsed (kept for
 * excerpts, in its own case) and its lower-cased form that patterns run on, with typographic
 * quotes made plain and Arabic short vowels dropped.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Arabic short vowels and other marks, which change no word and are often left out. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670]/g;
const ODD_SPACE = /[^\S \n]| {2}/;
const LINE_BREAK_RUN = /\n[^\S\n]|[^\S\n]\n|\n{3}/;
const ANY_ODD_WHITESPACE = /[^\S \n]| {2}|\n[^\S\n]|[^\S\n]\n|\n{3}/;
const TYPOGRAPHIC_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const ARABIC_MARK = /[\u064B-\u065F\u0670]/;

/** The text as rules see it: NFKC, whitespace runs collapsed as the caller's normaliser does (one space; one line break, or two for a paragraph). */
function collapse(text: string): string {
  let out = text.normalize('NFKC');
  if (!ANY_ODD_WHITESPACE.test(out)) return out;
  if (ODD_SPACE.test(out)) out = out.replace(/[^\S\n]+/g, ' ');
  if (LINE_BREAK_RUN.test(out)) out = out.replace(/ ?\n(?:\s*\n)?[^\S\n]*/g, (run) => (run.split('\n').length > 2 ? '\n\n' : '\n'));
  return out;
}

/** Lower case with typographic quotes made plain (one character for one, so positions stay). */
function lowerForMatching(text: string): { lower: string; aligned: boolean } {
  let lower = text.toLowerCase();
  if (TYPOGRAPHIC_QUOTE.test(lower)) lower = lower.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  let aligned = lower.length === text.length;
  if (ARABIC_MARK.test(lower)) {
    lower = lower.replace(ARABIC_MARKS, '');
    aligned = false;
  }
  return { lower, aligned };
}

/** What the rules match on, and what excerpts are cut from. */
export interface MatchText {
  /** Lower-cased text the patterns run on. */
  readonly lower: string;
  /** Text excerpts are cut from: the collapsed text when positions line up with `lower`, else `lower` itself. */
  readonly source: string;
}

/** Prepare `text` for matching. */
export function textForMatching(text: string): MatchText {
  const work = collapse(text);
  const { lower, aligned } = lowerForMatching(work);
  return { lower, source: aligned ? work : lower };
}
