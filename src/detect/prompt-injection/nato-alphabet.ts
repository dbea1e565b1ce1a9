/**
 * Text spelled in the NATO phonetic alphabet ("India Golf November Oscar Romeo Echo"): a run of
 * five code words or more, in any case, apart by spaces, commas, hyphens, slashes or bars, is
 * spelled out in lower case. Words are parted where the run has a slash, a bar or two spaces;
 * a run without any (the form garak writes) is one string of letters, cut into English words
 * (cut-words.ts), letters no word covers kept together.
 *
 * A message of more than a few letters almost always holds an e, so the search starts from
 * "Echo". A text of up to 16 KB that holds "Echo", "echo" or "ECHO" is searched whole (three
 * native searches reject the others). A longer one is searched only around each "Echo" that has
 * a code word beside it, within its line: one native search, since the search over a whole long
 * text, or for every case of the word (shell scripts say "echo" often), cost 1–10 % of a call.
 * Lower-case or upper-case code words in a text over 16 KB are therefore not read.
 */
import { segmentWords } from './cut-words.js';
import type { Candidate } from './decode-segments.js';

/** Each code word's letter (both spellings of alfa, juliett, whiskey and x-ray). */
const LETTER_OF: Readonly<Record<string, string>> = {
  alfa: 'a', alpha: 'a', bravo: 'b', charlie: 'c', delta: 'd', echo: 'e', foxtrot: 'f', golf: 'g', hotel: 'h', india: 'i',
  juliett: 'j', juliet: 'j', kilo: 'k', lima: 'l', mike: 'm', november: 'n', oscar: 'o', papa: 'p', quebec: 'q', romeo: 'r',
  sierra: 's', tango: 't', uniform: 'u', victor: 'v', whiskey: 'w', whisky: 'w', xray: 'x', 'x-ray': 'x', yankee: 'y', zulu: 'z',
};

/** Any code word, as a regex group (longer spellings first, so juliett is not read as juliet). */
const WORD = `(?:${Object.keys(LETTER_OF)
  .sort((x, y) => y.length - x.length)
  .join('|')})`;
const SEPARATOR = '(?:[ \\t]*[/|,][ \\t]*|[ \\t]+-[ \\t]+|[ \\t]+)';
/** Five code words or more, standing alone. */
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${WORD}(?:${SEPARATOR}${WORD}){4,}(?![\\p{L}\\p{N}])`, 'giu');
const WORD_BREAK = /[ \t]*[/|][ \t]*| {2,}/;
const CODE = new RegExp(WORD, 'giu');

/** What a run of code words spells. */
function spell(run: string): string {
  const words = run.split(WORD_BREAK).map((w) => [...w.matchAll(CODE)].map((m) => LETTER_OF[m[0].toLowerCase()] ?? '').join(''));
  return words.length > 1 ? words.filter((w) => w !== '').join(' ') : segmentWords(words[0] ?? '');
}

/** Texts up to this many units are searched whole. */
const WHOLE_SEARCH_UNITS = 16_384;
/** At most this many occurrences of "Echo" are looked at in a longer text, and this far along its line either way. */
const MAX_ECHOES = 64;
const REGION_REACH = 8_192;
/** "Echo" with a code word just before or after it. */
const BESIDE = new RegExp(`${WORD}${SEPARATOR}Echo(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])Echo${SEPARATOR}${WORD}`, 'iu');

/** The runs in `text` from `from` to `to`, added to `out`. */
function runsIn(text: string, from: number, to: number, out: Candidate[]): void {
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(region); m !== null; m = RUN.exec(region)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, encoding: 'nato', text: spell(m[0]) });
  }
  RUN.lastIndex = 0;
}

/** The NATO-alphabet runs of `text`, each spelled out. */
export function natoRuns(text: string, out: Candidate[]): void {
  if (text.length <= WHOLE_SEARCH_UNITS) {
    if (text.includes('Echo') || text.includes('echo') || text.includes('ECHO')) runsIn(text, 0, text.length, out);
    return;
  }
  let searchedTo = 0;
  let echoes = 0;
  for (let at = text.indexOf('Echo'); at !== -1 && echoes < MAX_ECHOES; at = text.indexOf('Echo', at + 4)) {
    echoes++;
    if (at < searchedTo || !BESIDE.test(text.slice(Math.max(0, at - 24), at + 28))) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const from = Math.max(lineStart, at - REGION_REACH, searchedTo);
    const to = Math.min(lineEnd === -1 ? text.length : lineEnd, at + REGION_REACH);
    runsIn(text, from, to, out);
    searchedTo = to;
  }
}

/** The code word of each letter. */
const WORD_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(LETTER_OF)
    .filter(([word]) => !['alpha', 'juliet', 'whisky', 'x-ray'].includes(word))
    .map(([word, letter]) => [letter, word.charAt(0).toUpperCase() + word.slice(1)]),
);

/** `text` in the NATO alphabet: its letters' code words apart by spaces, words apart by " / " (`breaks`) or not at all; other characters left out. */
export function toNato(text: string, breaks = true): string {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => [...w].flatMap((c) => WORD_OF.get(c) ?? []).join(' '))
    .filter((w) => w !== '');
  return words.join(breaks ? ' / ' : ' ');
}
