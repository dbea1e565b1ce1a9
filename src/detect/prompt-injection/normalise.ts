/**
 * Normalisation of text before prompt-injection scoring: NFKC (full-width and styled letters
 * become plain ones), removal of invisible and bidirectional control characters, folding of
 * Cyrillic and Greek look-alikes to Latin inside words that already hold a Latin letter, and
 * whitespace collapsing. The result records what was changed, so a detector can treat the
 * disguise itself as a signal.
 */
import { lookAlikeToLatin } from './confusables.js';

/** What {@link normaliseForDetection} changed. */
export interface NormaliseChanges {
  /** NFKC changed the text (full-width, ligatures, styled letters, compatibility forms). */
  readonly nfkcChanged: boolean;
  /** Bidirectional controls removed (LRM, RLM, ALM, embeddings, overrides, isolates). */
  readonly bidiRemoved: number;
  /** Other invisible characters removed (zero-width space and joiners, word joiner, BOM, soft hyphen, tag characters, variation selectors, …). */
  readonly invisibleRemoved: number;
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

/** Bidirectional formatting characters (Unicode Bidi_Control). */
const BIDI = /\p{Bidi_Control}/gu;
/** Characters that render as nothing (checked after the bidi controls are gone). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

const LATIN = /\p{Script=Latin}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Any look-alike letter (all are in the Basic Multilingual Plane). */
const LOOK_ALIKE = new RegExp(`[${[...lookAlikeToLatin.keys()].join('')}]`, 'gu');
/** Any character outside ASCII. */
const NOT_ASCII = /[\u0080-\uffff]/;
/** Any character the two patterns above remove (one scan for text that holds none). */
const HIDDEN = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;

function foldWord(word: string): { text: string; folded: number } {
  if (!LATIN.test(word)) return { text: word, folded: 0 };
  let out = '';
  let folded = 0;
  for (const ch of word) {
    const latin = lookAlikeToLatin.get(ch);
    if (latin === undefined) out += ch;
    else {
      out += latin;
      folded++;
    }
  }
  return { text: out, folded };
}

let bmpWordChars: Uint8Array | undefined;

/** Whether the character (code point) at `i` is a letter, mark or digit; `i` must not be inside a surrogate pair. */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.codePointAt(i);
  if (c === undefined) return false;
  if (c > 0xffff) return WORD_CHAR.test(String.fromCodePoint(c));
  if (bmpWordChars === undefined) {
    bmpWordChars = new Uint8Array(65536);
    for (let u = 0; u < 65536; u++) if (WORD_CHAR.test(String.fromCharCode(u))) bmpWordChars[u] = 1;
  }
  return bmpWordChars[c] === 1;
}

/** Start of the character that ends just before `i`. */
function previousChar(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/**
 * Fold look-alikes in the words (maximal runs of letters, marks and digits) that hold one:
 * only those words are visited, so text without look-alikes costs one regex scan.
 */
function foldLookAlikes(text: string): { text: string; folded: number } {
  let out = '';
  let copied = 0;
  let folded = 0;
  let wordEnd = -1;
  for (const m of text.matchAll(LOOK_ALIKE)) {
    if (m.index < wordEnd) continue; // inside the word just handled
    let start = m.index;
    while (start > 0) {
      const p = previousChar(text, start);
      if (!isWordCharAt(text, p)) break;
      start = p;
    }
    let end = m.index;
    while (end < text.length && isWordCharAt(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    wordEnd = end;
    const r = foldWord(text.slice(start, end));
    if (r.folded === 0) continue;
    out += text.slice(copied, start) + r.text;
    copied = end;
    folded += r.folded;
  }
  return folded === 0 ? { text, folded: 0 } : { text: out + text.slice(copied), folded };
}

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/**
 * Normalise `text` for scoring. Look-alikes are folded only in words that also hold a Latin
 * letter, so Russian or Greek text keeps its letters while `іgnоrе` (Cyrillic і, о, е) becomes
 * `ignore`. A word written wholly in look-alikes is left as it is.
 */
export function normaliseForDetection(text: string): NormalisedText {
  // ASCII is its own NFKC form and holds no invisible, bidirectional or look-alike character.
  const ascii = !NOT_ASCII.test(text);
  const nfkc = ascii ? text : text.normalize('NFKC');
  const hidden = !ascii && HIDDEN.test(nfkc);
  const bidiRemoved = hidden ? countMatches(nfkc, BIDI) : 0;
  const noBidi = bidiRemoved > 0 ? nfkc.replace(BIDI, '') : nfkc;
  const invisibleRemoved = hidden ? countMatches(noBidi, INVISIBLE) : 0;
  const visible = invisibleRemoved > 0 ? noBidi.replace(INVISIBLE, '') : noBidi;

  const { text: folded, folded: confusablesFolded } = ascii ? { text: visible, folded: 0 } : foldLookAlikes(visible);
  const { text: collapsed, changed } = collapseWhitespace(folded);
  let whitespaceCollapsed = changed;
  const trimmed = collapsed.trim();
  if (trimmed.length !== collapsed.length) whitespaceCollapsed++;

  return {
    text: trimmed,
    changes: { nfkcChanged: nfkc !== text, bidiRemoved, invisibleRemoved, confusablesFolded, whitespaceCollapsed },
  };
}

/** Whether each UTF-16 unit is whitespace as a regex's \s sees it (every such character is in the BMP). */
const SPACE = ((): Uint8Array => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/**
 * Collapse each maximal whitespace run: one with two or more line breaks to a blank line
 * ("\n\n"), one with a line break to "\n", any other to one space. Returns the text and the
 * number of runs changed (a run already in its collapsed form is not counted). One pass; the
 * text is rebuilt only when a run changes.
 */
function collapseWhitespace(text: string): { text: string; changed: number } {
  let out = '';
  let copied = 0;
  let changed = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (SPACE[text.charCodeAt(i)] !== 1) continue;
    const start = i;
    let breaks = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (SPACE[c] !== 1) break;
      if (c === 0x0a) breaks++;
    }
    const length = i - start;
    let replacement: string;
    if (breaks === 0) replacement = length === 1 && text.charCodeAt(start) === 0x20 ? '' : ' ';
    else if (breaks === 1) replacement = length === 1 ? '' : '\n';
    else replacement = length === 2 && breaks === 2 ? '' : '\n\n';
    if (replacement === '') continue;
    out += text.slice(copied, start) + replacement;
    copied = i;
    changed++;
  }
  return changed === 0 ? { text, changed } : { text: out + text.slice(copied), changed };
}

/** Whether any change was made. */
export function anyChange(changes: NormaliseChanges): boolean {
  return (
    changes.nfkcChanged ||
    changes.bidiRemoved > 0 ||
    changes.invisibleRemoved > 0 ||
    changes.confusablesFolded > 0 ||
    changes.whitespaceCollapsed > 0
  );
}
