/**
 * The two forms of a text that rules read: the text with whitespace collapsed (kept for
 * excerpts, in its own case) and its lower-cased form that patterns run on, with typographic
 * quotes made plain and Arabic short vowels dropped.
 */
import { stringOfUnits } from '../normalise.js';
import { UnitBuffer } from '../unit-buffer.js';

const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
/** Arabic short vowels and other marks, which change no word and are often left out. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670]/g;
const ODD_SPACE = /[^\S \n]| {2}/;
const LINE_BREAK_RUN = /\n[^\S\n]|[^\S\n]\n|\n{3}/;

/**
 * Whitespace the collapsed form changes, in one scan: a space other than " " and "\n", two
 * spaces, a space beside a line break, or three line breaks.
 */
const ODD_WHITESPACE = /[^\S \n]| [ \n]|\n(?: |\n\n)/;
const TYPOGRAPHIC_QUOTE = /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const ARABIC_MARK = /[\u064B-\u065F\u0670]/;

/** Collapse whitespace runs as the caller's normaliser does (one space; one line break, or two for a paragraph). */
function collapse(out: string): string {
  if (ODD_SPACE.test(out)) out = out.replace(/[^\S\n]+/g, ' ');
  if (LINE_BREAK_RUN.test(out)) out = out.replace(/ ?\n(?:\s*\n)?[^\S\n]*/g, (run) => (run.split('\n').length > 2 ? '\n\n' : '\n'));
  return out;
}

/**
 * Each UTF-16 unit lower-cased as toLowerCase lower-cases it in any text, with typographic quotes
 * made plain; 0 for a unit whose lower case is not one unit of its own: İ (two units), Σ (σ or
 * final ς by its neighbours) and surrogates (astral characters), and for the Arabic marks, which
 * are dropped. Built on first use from one toLowerCase of every unit.
 */
let lowerUnits: Uint16Array | undefined;

function lowerTable(): Uint16Array {
  if (lowerUnits !== undefined) return lowerUnits;
  const byContext = (c: number): boolean => c === DOTTED_CAPITAL_I || c === CAPITAL_SIGMA || (c >= 0xd800 && c <= 0xdfff) || isArabicMark(c);
  const units = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) units[c] = byContext(c) ? 0 : c;
  const all = Buffer.from(units.buffer).toString('utf16le').toLowerCase();
  let table: Uint16Array;
  if (all.length === 65536) {
    const lowered = Buffer.from(all, 'utf16le');
    table = new Uint16Array(lowered.buffer, lowered.byteOffset, 65536).slice();
  } else {
    // Another unit's lower case is longer than one unit (not so in Unicode 15): unit by unit.
    table = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      table[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
    }
  }
  for (let c = 0; c < 65536; c++) if (byContext(c)) table[c] = 0;
  for (const q of '\u2018\u2019\u201A\u201B\u2032\u00B4`') table[q.charCodeAt(0)] = 0x27;
  for (const q of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB') table[q.charCodeAt(0)] = 0x22;
  lowerUnits = table;
  return table;
}

/** The units of {@link ARABIC_MARKS}. */
function isArabicMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670;
}

const DOTTED_CAPITAL_I = 0x130;
const CAPITAL_SIGMA = 0x3a3;

/** The lower case of astral characters met (most are emoji, their own lower case), kept up to 4,096. */
const astralLower = new Map<number, string>();

function lowerOfAstral(cp: number): string {
  let lower = astralLower.get(cp);
  if (lower === undefined) {
    lower = String.fromCodePoint(cp).toLowerCase();
    if (astralLower.size < 4096) astralLower.set(cp, lower);
  }
  return lower;
}

/** Units of the text being lower-cased, then its lower case, in reused buffers (matching is synchronous). */
const input = new UnitBuffer();
let output = Buffer.alloc(0);

/**
 * Write `text` lower-cased, with its typographic quotes made plain and its Arabic marks dropped,
 * into the reused output buffer, followed by two units of 0; returns
 * its length in units, or −1 for a text with Σ, whose lower case depends on its neighbours
 * (toLowerCase then does it). İ becomes i and a combining dot above, an astral character its own
 * lower case, as toLowerCase has them. {@link lastLowerAligned} tells whether the lower case has a
 * unit for each unit of the text.
 */
function lowerIntoOutput(text: string | Uint16Array): number {
  const table = lowerTable();
  const n = text.length;
  // An astral character's lower case is at most two units, İ's two: at most twice as many units, and two of 0.
  if (output.length < 4 * n + 4) output = Buffer.allocUnsafeSlow(Math.max(4 * n + 4, 2 * output.length, 8192));
  let units: Uint16Array;
  if (typeof text === 'string') units = input.of(text);
  else units = text;
  const out = new Uint16Array(output.buffer, output.byteOffset, 2 * n + 2);
  let k = 0;
  let dropped = false;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    const lower = table[c]!;
    if (lower !== 0 || c === 0) {
      out[k++] = lower;
      continue;
    }
    if (c === CAPITAL_SIGMA) return -1;
    if (isArabicMark(c)) dropped = true;
    else if (c === DOTTED_CAPITAL_I) {
      out[k++] = 0x69;
      out[k++] = 0x307;
    } else if (c <= 0xdbff && i + 1 < n && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff) {
      const astral = lowerOfAstral(((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000);
      for (let j = 0; j < astral.length; j++) out[k++] = astral.charCodeAt(j);
      i++;
    } else out[k++] = c; // a lone surrogate stays
  }
  out[k] = 0;
  out[k + 1] = 0;
  lastLowerAligned = !dropped && k === n;
  return k;
}

/** Whether the last {@link lowerIntoOutput} gave a unit for each unit of its text. */
let lastLowerAligned = false;

/**
 * `text` lower-cased with its typographic quotes made plain and its Arabic marks dropped, in one
 * pass over its units and one new string (toLowerCase and then a replace make two, or three);
 * undefined for a text with Σ. `aligned`: the lower case has a unit for each unit of the text.
 */
function lowerInOnePass(text: string): { lower: string; aligned: boolean } | undefined {
  const k = lowerIntoOutput(text);
  return k === -1 ? undefined : { lower: output.toString('utf16le', 0, 2 * k), aligned: lastLowerAligned };
}

/** Lower case with typographic quotes made plain (one character for one, so positions stay) and Arabic marks dropped. */
function lowerForMatching(text: string, quote: boolean, mark: boolean): { lower: string; aligned: boolean } {
  let lower = text.toLowerCase();
  // Both kinds in one replace (each replace copies the whole text).
  if (quote) lower = lower.replace(TYPOGRAPHIC_QUOTES, (q) => (DOUBLE_QUOTES.test(q) ? '"' : "'"));
  let aligned = lower.length === text.length;
  if (mark) {
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

/**
 * Prepare `text` for matching: NFKC, whitespace runs collapsed, then lower case. Cheap scans
 * find what needs doing. With `collapsed`, the caller vouches that `text` is an output of
 * normaliseForDetection, whose whitespace runs are already collapsed (and stay so under NFKC,
 * which only recomposes characters there and composes none with whitespace): the scan for odd
 * whitespace is left out. With `inNfkcForm`, it vouches that `text` is in NFKC form, which is
 * then not normalised again (a copy of the text fewer).
 */
export function textForMatching(text: string, collapsed = false, inNfkcForm = false): MatchText {
  const work = workText(text, collapsed, inNfkcForm);
  // Lower-casing maps letters only: the quotes and marks of the lower-case text are the text's. A
  // text with typographic quotes is lower-cased in one pass (where toLowerCase and a replace
  // would copy it twice), which also drops the Arabic marks.
  const quote = TYPOGRAPHIC_QUOTE.test(work);
  const { lower, aligned } = (quote ? lowerInOnePass(work) : undefined) ?? lowerForMatching(work, quote, ARABIC_MARK.test(work));
  return { lower, source: aligned ? work : lower };
}

/** NFKC and whitespace runs collapsed, as {@link textForMatching} says. */
function workText(text: string, collapsed: boolean, inNfkcForm: boolean): string {
  const nfkc = inNfkcForm ? text : text.normalize('NFKC');
  return !collapsed && ODD_WHITESPACE.test(nfkc) ? collapse(nfkc) : nfkc;
}

/** What excerpts are cut from: a string, or a text held as UTF-16 units ({@link unitsText}). */
export interface TextLike {
  charCodeAt(index: number): number;
  slice(start: number, end: number): string;
}

/** A text held as UTF-16 units, read as a {@link TextLike}: only the parts sliced become strings. */
export function unitsText(units: Uint16Array): TextLike {
  return {
    charCodeAt: (index) => units[index] ?? Number.NaN,
    slice: (start, end) => stringOfUnits(units.subarray(start, end)),
  };
}

/**
 * The lower-case text of {@link textForMatching} as UTF-16 units in a reused buffer, with no
 * string made: for a long text, whose rules read only regions around keywords
 * ({@link lowerText} makes a region's string).
 */
export interface LowerUnits {
  /** The lower-case text's units, then two units of 0 (`length` + 2 units); valid until the next call. */
  readonly units: Uint16Array;
  readonly length: number;
  /** The text whitespace-collapsed in NFKC form, in its own case. */
  readonly work: TextLike;
  /** Whether positions in the lower-case text are positions in `work` (else excerpts come from the lower-case text). */
  readonly aligned: boolean;
}

/**
 * {@link textForMatching}'s lower-case text as units (the same units as its `lower`), or
 * undefined for a text with Σ (whose lower case toLowerCase decides).
 */
export function lowerUnitsForMatching(text: string, collapsed = false, inNfkcForm = false): LowerUnits | undefined {
  const work = workText(text, collapsed, inNfkcForm);
  const k = lowerIntoOutput(work);
  if (k === -1) return undefined;
  return { units: new Uint16Array(output.buffer, output.byteOffset, k + 2), length: k, work, aligned: lastLowerAligned };
}

/**
 * {@link lowerUnitsForMatching} of a text given as its UTF-16 units, which the caller vouches has
 * its whitespace collapsed (an output of normaliseForDetection) and is in NFKC form (so nothing is
 * collapsed or normalised again).
 */
export function lowerUnitsOfNormalised(units: Uint16Array): LowerUnits | undefined {
  const k = lowerIntoOutput(units);
  if (k === -1) return undefined;
  return { units: new Uint16Array(output.buffer, output.byteOffset, k + 2), length: k, work: unitsText(units), aligned: lastLowerAligned };
}

/** The lower-case text of the last {@link lowerUnitsForMatching} from `from` to `to`, as a string. */
export function lowerText(from: number, to: number): string {
  return output.toString('utf16le', 2 * from, 2 * to);
}
