/**
 * Normalisation of text before prompt-injection scoring: NFKC (full-width and styled letters
 * become plain ones), removal of invisible and bidirectional control characters and of the
 * combining diacritical marks NFKC left on letters (Zalgo text stacks them), folding of
 * Cyrillic and Greek look-alikes to Latin inside words that already hold a Latin letter, and
 * whitespace collapsing. The result records what was changed, so a detector can treat the
 * disguise itself as a signal.
 */
import { DIACRITICS } from './combining-marks.js';
import { lookAlikeToLatin } from './confusables.js';
import { UnitBuffer } from './unit-buffer.js';

/** What {@link normaliseForDetection} changed. */
export interface NormaliseChanges {
  /** NFKC changed the text (full-width, ligatures, styled letters, compatibility forms). */
  readonly nfkcChanged: boolean;
  /** Bidirectional controls removed (LRM, RLM, ALM, embeddings, overrides, isolates). */
  readonly bidiRemoved: number;
  /** Other invisible characters removed (zero-width space and joiners, word joiner, BOM, soft hyphen, tag characters, variation selectors, …). */
  readonly invisibleRemoved: number;
  /**
   * Combining diacritical marks removed from words: those NFKC could not compose into a letter
   * (U+0300–U+036F and the other blocks of combining-marks.ts), after a letter, digit or mark.
   */
  readonly marksRemoved: number;
  /** Look-alike letters folded to Latin. */
  readonly confusablesFolded: number;
  /** Whitespace runs replaced by a single space or line break. */
  readonly whitespaceCollapsed: number;
}

/** Normalised text and what was changed to get it. */
export interface NormalisedText {
  readonly text: string;
  readonly changes: NormaliseChanges;
}

/** Any character outside ASCII. */
const NOT_ASCII = /[\u0080-\uffff]/;

// What each UTF-16 unit is, for the single pass (bits). Astral characters (surrogate pairs) are
// classified by code point with the regexes below, when met.
const SPACE = 1;
const BIDI = 2;
const INVISIBLE = 4;
const LOOK_ALIKE = 8;
const WORD = 16;
const LATIN = 32;
/**
 * A unit that may compose with, or be reordered before, what precedes it under NFKC: marks and
 * the Hangul vowel and final-consonant jamo (every second unit of a canonical decomposition is
 * one; normalise.test.ts checks the whole plane).
 */
const FOLLOWER = 64;
/** A combining diacritical mark (combining-marks.ts), removed when it follows a letter, digit or mark. */
const DIACRITIC = 128;

const BIDI_RE = /^\p{Bidi_Control}$/u;
const INVISIBLE_RE = /^\p{Default_Ignorable_Code_Point}$/u;
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const LATIN_RE = /^\p{Script=Latin}$/u;

let unitKinds: Uint8Array | undefined;
/** The Latin letter each look-alike unit folds to (0: none). */
let foldTo: Uint16Array | undefined;

/** The class of every BMP unit, found by one global scan per property over a string of them all. */
function kinds(): Uint8Array {
  if (unitKinds !== undefined) return unitKinds;
  const table = new Uint8Array(65536);
  const units = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
  const all = Buffer.from(units.buffer).toString('utf16le');
  const mark = (re: RegExp, bit: number): void => {
    for (const m of all.matchAll(re)) for (let c = m.index; c < m.index + m[0].length; c++) table[c]! |= bit;
  };
  mark(/\s+/g, SPACE);
  mark(/\p{Bidi_Control}+/gu, BIDI);
  mark(/\p{Default_Ignorable_Code_Point}+/gu, INVISIBLE);
  mark(/[\p{L}\p{M}\p{N}]+/gu, WORD);
  mark(/\p{Script=Latin}+/gu, LATIN);
  mark(/[\p{M}\u1160-\u11FF]+/gu, FOLLOWER);
  mark(DIACRITICS, DIACRITIC);
  // U+0000 stood in for the surrogates: it is none of the above.
  const fold = new Uint16Array(65536);
  for (const [ch, latin] of lookAlikeToLatin) {
    table[ch.charCodeAt(0)]! |= LOOK_ALIKE;
    fold[ch.charCodeAt(0)] = latin.charCodeAt(0);
  }
  unitKinds = table;
  foldTo = fold;
  return table;
}

const astralKinds = new Map<number, number>();
/** The class bits of an astral code point (cached). */
function astralKind(cp: number): number {
  let k = astralKinds.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (BIDI_RE.test(ch) ? BIDI : 0) | (INVISIBLE_RE.test(ch) ? INVISIBLE : 0) | (WORD_RE.test(ch) ? WORD : 0) | (LATIN_RE.test(ch) ? LATIN : 0);
    if (astralKinds.size < 4096) astralKinds.set(cp, k);
  }
  return k;
}

/** The NFKC text's UTF-16 units (normalisation is synchronous). */
const nfkcInput = new UnitBuffer();
/** Output of the single pass. */
const scratch = new UnitBuffer();
/** The output of {@link normaliseToUnits}, kept apart from {@link scratch} so that other normalisations do not overwrite it. */
const kept = new UnitBuffer();

/** The normalised text's UTF-16 units and what was changed, before any string is made. */
interface NormalisedUnits {
  /** The normalised units (in `buffer`, from 0), or undefined when normalisation changed nothing (the text is its own normal form). */
  readonly units: Uint16Array | undefined;
  readonly changes: NormaliseChanges;
}

/**
 * The single pass of {@link normaliseForDetection}, into `target` (scratch or kept) or, when only
 * NFKC changed the text, the NFKC units copied there.
 */
function normaliseInto(text: string, useKept: boolean): NormalisedUnits {
  // ASCII is its own NFKC form and holds no invisible, bidirectional or look-alike character.
  const ascii = !NOT_ASCII.test(text);
  const units = ascii ? nfkcInput.of(text) : nfkcUnits(text, NFKC_CHUNK);
  const nfkcChanged = !ascii && nfkcDiffers;
  const n = units.length;
  const target = (useKept ? kept : scratch).reserve(n);
  const out = new Uint16Array(target.buffer, target.byteOffset, n);
  const k = normalisePass(units, out, kinds(), foldTo!);
  const bidiRemoved = passState[0]!;
  const invisibleRemoved = passState[1]!;
  const confusablesFolded = passState[2]!;
  const whitespaceCollapsed = passState[3]!;
  const marksRemoved = passState[5]!;
  const changed = bidiRemoved + invisibleRemoved + marksRemoved + confusablesFolded + whitespaceCollapsed > 0;
  const changes: NormaliseChanges = { nfkcChanged, bidiRemoved, invisibleRemoved, marksRemoved, confusablesFolded, whitespaceCollapsed };
  if (passState[4] === 1) composingRemovals.add(changes);
  // The pass changed nothing: the output is the NFKC text (the input itself when NFKC changed nothing).
  if (changed) return { units: out.subarray(0, k), changes };
  if (!nfkcChanged) return { units: undefined, changes };
  out.set(units);
  return { units: out, changes };
}

/** The string of UTF-16 `units` (a view of any buffer: the normaliser's, or a part of one). @internal */
export function stringOfUnits(units: Uint16Array): string {
  return Buffer.from(units.buffer, units.byteOffset, 2 * units.length).toString('utf16le');
}

/**
 * Normalise `text` for scoring. Look-alikes are folded only in words that also hold a Latin
 * letter, so Russian or Greek text keeps its letters while `іgnоrе` (Cyrillic і, о, е) becomes
 * `ignore`. A word written wholly in look-alikes is left as it is.
 *
 * After NFKC, one pass over the code units removes bidirectional controls, then other
 * invisible characters, then the combining diacritical marks that follow a letter, digit or mark
 * of what is left (NFKC composed those it could into letters), folds the look-alikes of each
 * word (a maximal run of letters, marks and digits of what is left) that holds a Latin letter,
 * and collapses each maximal whitespace run of what is left: one with two or more line breaks
 * to a blank line ("\n\n"), one with a line break to "\n", any other to one space (a run
 * already in its collapsed form is not counted as a change), leaving out the runs at either end
 * (one more change when there is one). The text is rebuilt only when something changed.
 */
export function normaliseForDetection(text: string): NormalisedText {
  const { units, changes } = normaliseInto(text, false);
  return { text: units === undefined ? text : stringOfUnits(units), changes };
}

/**
 * {@link normaliseForDetection} without making the normalised text a string: its UTF-16 units in
 * a reused buffer that only the next call of this function overwrites (other normalisations use
 * another); {@link stringOfUnits} makes of them the string normaliseForDetection gives, while they
 * are still valid. A string of 100 KB of text outside Latin-1 is 200 KB, a large
 * object that the collector maps from the system and unmaps for each call; the detector's model
 * and rules read the units.
 * @internal
 */
export function normaliseToUnits(text: string): NormalisedUnits {
  return normaliseInto(text, true);
}

/**
 * Text is normalised to NFKC in parts of about this many units, cut after a line break. A part
 * NFKC leaves as it is gives no new string, so a long text with a few compatibility characters
 * (an ellipsis, a full-width comma) copies only the parts that hold them: 16,384-unit parts
 * copied 46 KB of a typical 100 KB prompt, these 14 KB.
 */
const NFKC_CHUNK = 4096;

/** Whether the last {@link nfkcUnits} changed the text. */
let nfkcDiffers = false;

/**
 * The UTF-16 units of NFKC(`text`), in the reused units buffer (valid until the next call);
 * {@link nfkcDiffers} says whether they differ from the text's. A text longer than `chunk`
 * units is normalised in parts cut after a line break (a line break composes with nothing and
 * is never reordered, so NFKC of the text is NFKC of the parts joined), each part a string of
 * at most about 8 KB: NFKC of a whole 100 KB text made one 200 KB string, a large object that
 * the collector maps and unmaps on its own, where the parts are ordinary short-lived objects.
 * A text without a line break in reach is normalised whole.
 * @internal
 */
export function nfkcUnits(text: string, chunk: number): Uint16Array {
  const n = text.length;
  nfkcDiffers = false;
  if (n <= chunk) {
    const nfkc = text.normalize('NFKC');
    nfkcDiffers = nfkc !== text;
    return nfkcInput.of(nfkc);
  }
  let size = 0;
  for (let start = 0; start < n; ) {
    const cut = start + chunk >= n ? n : text.lastIndexOf('\n', start + chunk - 1) + 1;
    // No line break in this stretch: the next one (or the end) closes the part.
    const end = cut > start ? cut : text.indexOf('\n', start + chunk) === -1 ? n : text.indexOf('\n', start + chunk) + 1;
    const part = text.slice(start, end);
    const nfkc = part.normalize('NFKC');
    if (nfkc !== part) nfkcDiffers = true;
    size = nfkcInput.append(nfkc, size);
    start = end;
  }
  return nfkcInput.view(size);
}

/** The output buffer of {@link nfkcOfUnits}. */
const nfkcOut = new UnitBuffer();

/**
 * NFKC of a text given as its UTF-16 units, as units in a reused buffer (valid until the next
 * call), made part by part as {@link nfkcUnits} makes it (parts of about {@link NFKC_CHUNK} units
 * cut after a line break), so that no string of the whole text is made; `units` itself when NFKC
 * changes nothing.
 * @internal
 */
export function nfkcOfUnits(units: Uint16Array): Uint16Array {
  const n = units.length;
  let size = 0;
  let differs = false;
  for (let start = 0; start < n; ) {
    let end = n;
    if (start + NFKC_CHUNK < n) {
      end = units.lastIndexOf(0x0a, start + NFKC_CHUNK - 1) + 1;
      // No line break in this stretch: the next one (or the end) closes the part.
      if (end <= start) {
        const next = units.indexOf(0x0a, start + NFKC_CHUNK);
        end = next === -1 ? n : next + 1;
      }
    }
    const part = stringOfUnits(units.subarray(start, end));
    const nfkc = part.normalize('NFKC');
    if (nfkc !== part) differs = true;
    size = nfkcOut.append(nfkc, size);
    start = end;
  }
  return differs ? nfkcOut.view(size) : units;
}

/**
 * What the last {@link normalisePass} counted: bidirectional controls and other invisible
 * characters removed, look-alikes folded, whitespace changes; then 1 when a removed character
 * was followed by one that may compose with what preceded it; then the diacritical marks removed.
 */
const passState = new Int32Array(6);

/**
 * The single pass of {@link normaliseForDetection} over the units of the NFKC text, written into
 * `out`; returns the output's length and leaves what it counted in {@link passState}. Its state
 * lives in local variables of this one function (no closure shares them), and a word's class
 * bits are or'ed together (does it hold a Latin letter and a look-alike).
 */
function normalisePass(units: Uint16Array, out: Uint16Array, kind: Uint8Array, fold: Uint16Array): number {
  const n = units.length;
  let k = 0;
  let bidiRemoved = 0;
  let invisibleRemoved = 0;
  let marksRemoved = 0;
  let confusablesFolded = 0;
  let whitespaceCollapsed = 0;
  let trimmed = false;
  // The current word in the output: where it starts (−1: none), the class bits of its units or'ed.
  let wordStart = -1;
  let wordBits = 0;
  // Whether the last unit was removed, and whether a unit after a removal may compose with what preceded it.
  let removedBefore = false;
  let mayCompose = false;
  // The current whitespace run: its length in units (0: none), its line breaks, its first unit.
  let run = 0;
  let breaks = 0;
  let runFirst = 0;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    let bits = kind[c]!;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(units[i + 1]!)) {
      bits = astralKind(((c - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000);
      width = 2;
    }
    // The class bits say what is removed (the same properties for BMP units and astral characters;
    // none in ASCII): no search for them first. A diacritical mark goes only from a word (after a
    // letter, digit or mark): one after a space or a symbol stays, as NFKC's own ' ̄' for '￣'.
    if ((bits & (BIDI | INVISIBLE | DIACRITIC)) !== 0 && ((bits & (BIDI | INVISIBLE)) !== 0 || wordStart !== -1)) {
      if ((bits & BIDI) !== 0) bidiRemoved++;
      else if ((bits & INVISIBLE) !== 0) invisibleRemoved++;
      else marksRemoved++;
      removedBefore = true;
      i += width - 1;
      continue;
    }
    if (removedBefore) {
      // What follows a removed character might compose with, or be reordered before, what preceded it.
      if ((bits & FOLLOWER) !== 0 || width === 2) mayCompose = true;
      removedBefore = false;
    }
    if ((bits & SPACE) !== 0) {
      if (wordStart !== -1) {
        if ((wordBits & (LATIN | LOOK_ALIKE)) === (LATIN | LOOK_ALIKE)) confusablesFolded += foldWord(out, wordStart, k, fold);
        wordStart = -1;
        wordBits = 0;
      }
      if (run === 0) runFirst = c;
      run++;
      if (c === 0x0a) breaks++;
      continue;
    }
    if (run > 0) {
      // The run ends: one space, one line break, or a blank line for two or more breaks.
      if (!runInCollapsedForm(run, breaks, runFirst)) whitespaceCollapsed++;
      if (k === 0) trimmed = true;
      else if (breaks === 0) out[k++] = 0x20;
      else {
        out[k++] = 0x0a;
        if (breaks > 1) out[k++] = 0x0a;
      }
      run = breaks = 0;
    }
    if ((bits & WORD) !== 0) {
      if (wordStart === -1) wordStart = k;
      wordBits |= bits;
    } else if (wordStart !== -1) {
      if ((wordBits & (LATIN | LOOK_ALIKE)) === (LATIN | LOOK_ALIKE)) confusablesFolded += foldWord(out, wordStart, k, fold);
      wordStart = -1;
      wordBits = 0;
    }
    out[k++] = c;
    if (width === 2) out[k++] = units[++i]!;
  }
  // What follows the loop takes no branch that only some texts take, and calls what the loop
  // has called already: V8 compiles a long first text's loop on-stack (OSR) before the code after
  // it has ever run, and on Node 20 an operation there with no type feedback yet (one a text
  // ending in whitespace reached) then deoptimised the cached OSR code again on each such text.
  // The last word's look-alikes are folded (an empty stretch for a word without any), a whitespace
  // run at the end is left out (a change unless already collapsed), and trimmed ends count one.
  const foldLast = (wordStart !== -1 ? 1 : 0) & ((wordBits & (LATIN | LOOK_ALIKE)) === (LATIN | LOOK_ALIKE) ? 1 : 0);
  const endRun = run > 0 ? 1 : 0;
  passState[0] = bidiRemoved;
  passState[1] = invisibleRemoved;
  passState[2] = confusablesFolded + foldWord(out, foldLast === 1 ? wordStart : k, k, fold);
  passState[3] = whitespaceCollapsed + (endRun & (runInCollapsedForm(run, breaks, runFirst) ? 0 : 1)) + (trimmed ? 1 : endRun);
  passState[4] = mayCompose ? 1 : 0;
  passState[5] = marksRemoved;
  return k;
}

/** Whether a whitespace run is already what it collapses to (one space, one line break, or two line breaks). */
function runInCollapsedForm(run: number, breaks: number, runFirst: number): boolean {
  if (breaks === 0) return run === 1 && runFirst === 0x20;
  if (breaks === 1) return run === 1;
  return run === 2 && breaks === 2;
}

/** Fold the look-alikes of the word `out[from..to)` to Latin; returns how many were folded. */
function foldWord(out: Uint16Array, from: number, to: number, fold: Uint16Array): number {
  let folded = 0;
  for (let j = from; j < to; j++) {
    const latin = fold[out[j]!]!;
    if (latin !== 0) {
      out[j] = latin;
      folded++;
    }
  }
  return folded;
}


function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Whether {@link normaliseForDetection} may change `text` in more than its whitespace runs:
 * false only when NFKC leaves it as it is and it holds no bidirectional control, invisible
 * character, diacritical mark, look-alike letter, whitespace outside ASCII or astral character (a cheap,
 * conservative test: a text it passes normalises to itself with whitespace collapsed).
 */
export function mayChangeBeyondWhitespace(text: string): boolean {
  if (!NOT_ASCII.test(text)) return false;
  if (text.normalize('NFKC') !== text) return true;
  const kind = kinds();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0xd800 && c <= 0xdfff) || (kind[c]! & (SPACE | BIDI | INVISIBLE | DIACRITIC | LOOK_ALIKE)) !== 0) return true;
  }
  return false;
}

/** Changes of outputs where a character removed after NFKC was followed by one that may compose with what preceded it. */
const composingRemovals = new WeakSet<NormaliseChanges>();

/**
 * Whether the output of {@link normaliseForDetection} that came with `changes` is in NFKC form:
 * so when no look-alike was folded (a Latin letter may compose with a mark after it) and no
 * removed character was followed by a mark, a Hangul vowel or final consonant, or an astral
 * character (which might compose with, or be reordered before, what preceded the removed one;
 * anything else begins a new sequence that NFKC leaves alone). Collapsing whitespace runs keeps
 * the form, since whitespace composes with nothing.
 */
export function keepsNfkcForm(changes: NormaliseChanges): boolean {
  return changes.confusablesFolded === 0 && !composingRemovals.has(changes);
}

/** Whether any change was made. */
export function anyChange(changes: NormaliseChanges): boolean {
  return (
    changes.nfkcChanged ||
    changes.bidiRemoved > 0 ||
    changes.invisibleRemoved > 0 ||
    changes.marksRemoved > 0 ||
    changes.confusablesFolded > 0 ||
    changes.whitespaceCollapsed > 0
  );
}
