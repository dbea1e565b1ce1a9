/**
 * International Morse code written with dots and dashes ("-- . ... ... .- --. ."): letters apart
 * by one space, words by a slash or two or more spaces. A run needs five letters or more, and
 * nine in ten of its codes must be letters, digits or punctuation of the code; it is read in
 * lower case. A text without ".-" or "-." is not searched: a run there is made only of codes of
 * one symbol (E, I, S, H and 5 of dots; T, M, O and 0 of dashes), which spell no instruction, and
 * one native search rejects most texts.
 */
import type { Candidate } from './decode-segments.js';

const CODES: Readonly<Record<string, string>> = {
  '.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i', '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm',
  '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r', '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
  '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9',
  '.-.-.-': '.', '--..--': ',', '..--..': '?', '.----.': "'", '-.-.--': '!', '-..-.': '/', '-.--.': '(', '-.--.-': ')', '---...': ':', '-...-': '=', '.-.-.': '+', '-....-': '-', '.--.-.': '@',
};

/** At least five codes of 1–7 dots and dashes, apart by spaces or a slash, standing alone (whitespace or the text's ends around the run). */
const RUN = /(?<!\S)[.-]{1,7}(?:(?: {1,3}|[ \t]*\/[ \t]*)[.-]{1,7}){4,}(?!\S)/g;
/** Between words: a slash, or two or more spaces. */
const WORD_BREAK = /[ \t]*\/[ \t]*| {2,}/;
const MIN_LETTERS = 5;

/** The text a run spells, or undefined when too few of its codes are Morse. */
function spell(run: string): string | undefined {
  const words: string[] = [];
  let known = 0;
  let codes = 0;
  for (const word of run.split(WORD_BREAK)) {
    let out = '';
    for (const code of word.split(' ')) {
      if (code === '') continue;
      codes++;
      const ch = CODES[code];
      if (ch === undefined) out += '?';
      else {
        out += ch;
        known++;
      }
    }
    if (out !== '') words.push(out);
  }
  return known >= MIN_LETTERS && known >= 0.9 * codes ? words.join(' ') : undefined;
}

/** The Morse-code runs of `text`, each spelled out. */
export function morseRuns(text: string, out: Candidate[]): void {
  if (!text.includes('.-') && !text.includes('-.')) return;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const spelt = spell(m[0]);
    if (spelt !== undefined) out.push({ start: m.index, end: m.index + m[0].length, encoding: 'morse', text: spelt });
  }
  RUN.lastIndex = 0;
}

/** The code of each character of {@link CODES}. */
const CODE_OF: ReadonlyMap<string, string> = new Map(Object.entries(CODES).map(([code, ch]) => [ch, code]));

/** `text` in Morse code: letters, digits and the code's punctuation; other characters left out; words apart by " / ". */
export function toMorse(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => [...w].flatMap((c) => CODE_OF.get(c) ?? []).join(' '))
    .filter((w) => w !== '')
    .join(' / ');
}
