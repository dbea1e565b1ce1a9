/**
 * Letters written with symbols that look like them and that NFKC leaves as they are: small
 * capitals (ɪɢɴᴏʀᴇ), letters in negative squares or circles (🅸🅶🅽🅾🆁🅴, 🅘🅖🅝🅞🅡🅔), regional
 * indicators (🇮🇬🇳🇴🇷🇪, the letters of flags) and upside-down text (ǝɹouƃᴉ, usually written
 * backwards too). Red-team tools offer each as a one-click converter; the hashed n-grams and the
 * rules see none of the words. A line holding at least {@link MIN_SYMBOLS} such symbols is
 * read with them as plain letters (upside-down text turned back, and read forwards or backwards,
 * whichever holds more common English words), and the reading is kept when the words the symbols
 * spell hold at least {@link MIN_COMMON} common English words and are English words for half of
 * them or more (flags beside English prose and a heading in small capitals are not).
 */
import { COMMON_EN_SET } from './common-words.js';
import { englishWordSet } from './english-words.js';
import type { Candidate } from './decode-segments.js';

/** Small capitals (IPA and phonetic letters) and the letters they stand for. */
const SMALL_CAPS = 'ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpǫqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz';
/** Upside-down letters and the letters they are turned from (the ASCII ones turned: n ↔ u, d ↔ p, b ↔ q). */
const UPSIDE_DOWN = 'ɐaqbɔcpdǝeɟfƃgɥhᴉiɾjʞkɯmunɹrʇtʌvʍwʎy';
/** Upside-down punctuation turned back. */
const UPSIDE_DOWN_MARKS = '˙.¿?¡!';

/** A line holds at least this many symbols before it is read. */
const MIN_SYMBOLS = 4;
/** A reading is kept with this many common English words, at least. */
const MIN_COMMON = 3;
/** A line longer than this is not read. */
const MAX_LINE = 4096;

/** Each BMP symbol's letter (small capitals; upside-down letters without an ASCII look). */
const BMP_LETTER = new Map<number, string>();
for (let k = 0; k < SMALL_CAPS.length; k += 2) BMP_LETTER.set(SMALL_CAPS.charCodeAt(k), SMALL_CAPS[k + 1]!);
/** Upside-down letters and marks turned back (ASCII letters too: read only in a line written upside down). */
const TURNED = new Map<string, string>();
for (let k = 0; k < UPSIDE_DOWN.length; k += 2) {
  TURNED.set(UPSIDE_DOWN[k]!, UPSIDE_DOWN[k + 1]!);
  if (UPSIDE_DOWN.charCodeAt(k) < 0x80) TURNED.set(UPSIDE_DOWN[k + 1]!, UPSIDE_DOWN[k]!);
}
for (let k = 0; k < UPSIDE_DOWN_MARKS.length; k += 2) TURNED.set(UPSIDE_DOWN_MARKS[k]!, UPSIDE_DOWN_MARKS[k + 1]!);
/** The upside-down letters that are no ASCII letter: what marks a line as written upside down. */
const UPSIDE_DOWN_ONLY = new Set([...TURNED.keys()].filter((c) => c.charCodeAt(0) >= 0x80 && !UPSIDE_DOWN_MARKS.includes(c)));

/** The letter of an astral symbol: a negative squared or circled letter, or a regional indicator; undefined for any other. */
function astralLetter(cp: number): string | undefined {
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x61 + cp - 0x1f170);
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(0x61 + cp - 0x1f150);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(0x61 + cp - 0x1f1e6);
  return undefined;
}

/** 1 for a BMP symbol with a letter (small capitals), 2 for an upside-down letter that is no ASCII letter; made on first need. */
let bmpKind: Uint8Array | undefined;

function bmpKinds(): Uint8Array {
  if (bmpKind === undefined) {
    bmpKind = new Uint8Array(0x10000);
    for (const symbol of BMP_LETTER.keys()) bmpKind[symbol] = 1;
    for (const symbol of UPSIDE_DOWN_ONLY) bmpKind[symbol.charCodeAt(0)] = 2;
  }
  return bmpKind;
}

/** Whether units `high`, `low` (a surrogate pair) spell an astral symbol with a letter ({@link astralLetter}). */
function isAstralSymbol(high: number, low: number): boolean {
  return high === 0xd83c && low >= 0xdc00 && low <= 0xdfff && astralLetter(0x1f000 + (low - 0xdc00)) !== undefined;
}

/** Symbols of the line of `text` from `start` to `end`: the letter-like ones and the upside-down ones, the larger of the two counts. */
function symbolsIn(text: string, start: number, end: number): number {
  const kinds = bmpKinds();
  let letters = 0;
  let turned = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = kinds[c]!;
    if (kind === 1) letters++;
    else if (kind === 2) turned++;
    else if (c === 0xd83c && i + 1 < end && isAstralSymbol(c, text.charCodeAt(i + 1))) {
      letters++;
      i++;
    }
  }
  return Math.max(letters, turned);
}

/** `text` in small capitals, the disguise this reader undoes. */
export function toSmallCaps(text: string): string {
  const caps = new Map([...BMP_LETTER].map(([symbol, letter]) => [letter, String.fromCharCode(symbol)]));
  return text.replace(/[a-z]/gi, (c) => caps.get(c.toLowerCase()) ?? c);
}

/** `text` turned upside down: each letter turned, the whole written backwards. */
export function toUpsideDown(text: string): string {
  const turn = new Map([...TURNED].filter(([from]) => from.charCodeAt(0) >= 0x80 || 'undpbq'.includes(from)).map(([from, to]) => [to, from]));
  return [...text.toLowerCase()].map((c) => turn.get(c) ?? c).reverse().join('');
}

/** `text` with each letter in a negative square (🅰 … 🆉). */
export function toNegativeSquared(text: string): string {
  return text.replace(/[a-z]/gi, (c) => String.fromCodePoint(0x1f170 + c.toLowerCase().charCodeAt(0) - 0x61));
}

/** The words of `text` (runs of ASCII letters), lower case. */
function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[a-z]+/g)].map((m) => m[0]);
}

/** Common English words among `words`. */
function commonCount(words: readonly string[]): number {
  return words.reduce((n, w) => n + (COMMON_EN_SET.has(w) ? 1 : 0), 0);
}

/** Whether `words` read as English: {@link MIN_COMMON} common words or more, and English words for half of them. */
function readsAsEnglish(words: readonly string[]): boolean {
  const english = englishWordSet();
  return commonCount(words) >= MIN_COMMON && 2 * words.reduce((n, w) => n + (english.has(w) ? 1 : 0), 0) >= words.length;
}

/**
 * The line read with its symbols as letters, and the words (lower case) that hold a letter a symbol
 * gave, which must read as English; undefined when it holds fewer than {@link MIN_SYMBOLS} symbols.
 * A line with as many upside-down letters is returned as it is, to be turned back.
 */
function plainLetters(line: string): { text: string; spelled: string[]; upsideDown: boolean } | undefined {
  let symbols = 0;
  let upsideDown = 0;
  let out = '';
  const spelled: string[] = [];
  let word = '';
  let fromSymbol = false;
  const endWord = (): void => {
    if (fromSymbol && word !== '') spelled.push(word);
    word = '';
    fromSymbol = false;
  };
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const letter = cp > 0xffff ? astralLetter(cp) : BMP_LETTER.get(cp);
    if (letter !== undefined) {
      symbols++;
      out += letter;
      word += letter;
      fromSymbol = true;
      continue;
    }
    if (UPSIDE_DOWN_ONLY.has(ch)) upsideDown++;
    out += ch;
    if (/^[A-Za-z]$/.test(ch)) word += ch.toLowerCase();
    else endWord();
  }
  endWord();
  if (upsideDown >= MIN_SYMBOLS) return { text: line, spelled: [], upsideDown: true };
  return symbols >= MIN_SYMBOLS ? { text: out, spelled, upsideDown: false } : undefined;
}

/** Upside-down `line` turned back, forwards and backwards. */
function turnedBack(line: string): [string, string] {
  const turned = [...line].map((c) => TURNED.get(c) ?? c);
  return [turned.join(''), turned.reverse().join('')];
}

/**
 * The blocks every symbol read here is in: IPA letters (U+0250–U+02AF, and ƃ, ǝ and ǫ), phonetic
 * extensions (U+1D00–U+1D2B), ꜰ and ꜱ, and U+D83C (the high surrogate of the astral ones). A
 * search of a few ranges, which the regex engine runs fast; what it finds is checked unit by unit.
 */
const SYMBOL_BLOCKS = /[\u0183\u01DD\u01EB\u0250-\u02AF\u1D00-\u1D2B\uA730\uA731\uD83C]/g;

/**
 * The lines of `text` written in letter-like symbols or upside down, each read as plain letters.
 * A native search finds the lines that may hold a symbol; a line is made a string only when it
 * holds {@link MIN_SYMBOLS} (most lines with such a character hold an emoji or two).
 */
export function letterSymbolRuns(text: string, out: Candidate[]): void {
  SYMBOL_BLOCKS.lastIndex = 0;
  for (let m = SYMBOL_BLOCKS.exec(text); m !== null; m = SYMBOL_BLOCKS.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const newline = text.indexOf('\n', m.index);
    const end = newline === -1 ? text.length : newline;
    SYMBOL_BLOCKS.lastIndex = end;
    if (end - start > MAX_LINE || symbolsIn(text, start, end) < MIN_SYMBOLS) continue;
    readLine(text, start, end, out);
  }
  SYMBOL_BLOCKS.lastIndex = 0;
}

/** Read the line of `text` from `start` to `end` as plain letters, and keep the reading when it is English. */
function readLine(text: string, start: number, end: number, out: Candidate[]): void {
  const plain = plainLetters(text.slice(start, end));
  if (plain === undefined) return;
  let reading = plain.text;
  let judged = plain.spelled;
  if (plain.upsideDown) {
    const [forwards, backwards] = turnedBack(plain.text);
    const [forwardWords, backwardWords] = [wordsOf(forwards), wordsOf(backwards)];
    const backwardsWins = commonCount(backwardWords) >= commonCount(forwardWords);
    reading = backwardsWins ? backwards : forwards;
    judged = backwardsWins ? backwardWords : forwardWords;
  }
  if (readsAsEnglish(judged)) out.push({ start, end, encoding: 'symbols', text: reading });
}

/**
 * The symbols with a letter or turned that {@link SYMBOL_BLOCKS} does not find, as U+ codes: none,
 * or such a symbol would never be read (a test checks it).
 * @internal
 */
export function symbolsOutsideBlocks(): string[] {
  const outside = [...BMP_LETTER.keys(), ...[...UPSIDE_DOWN_ONLY].map((c) => c.charCodeAt(0))].filter((symbol) => {
    SYMBOL_BLOCKS.lastIndex = 0;
    return !SYMBOL_BLOCKS.test(String.fromCharCode(symbol));
  });
  SYMBOL_BLOCKS.lastIndex = 0;
  return outside.map((symbol) => `U+${symbol.toString(16).toUpperCase()}`);
}
