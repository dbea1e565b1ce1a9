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
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

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
  const nfkc = text.normalize('NFKC');
  const bidiRemoved = countMatches(nfkc, BIDI);
  const noBidi = bidiRemoved > 0 ? nfkc.replace(BIDI, '') : nfkc;
  const invisibleRemoved = countMatches(noBidi, INVISIBLE);
  const visible = invisibleRemoved > 0 ? noBidi.replace(INVISIBLE, '') : noBidi;

  let confusablesFolded = 0;
  const folded = visible.replace(WORD, (word) => {
    const r = foldWord(word);
    confusablesFolded += r.folded;
    return r.text;
  });

  let whitespaceCollapsed = 0;
  const collapsed = folded
    .replace(/[^\S\n]*\n\s*/g, (run) => {
      const out = /\n[^\S\n]*\n/.test(run) ? '\n\n' : '\n';
      if (run !== out) whitespaceCollapsed++;
      return out;
    })
    .replace(/[^\S\n]+/g, (run) => {
      if (run !== ' ') whitespaceCollapsed++;
      return ' ';
    });
  const trimmed = collapsed.trim();
  if (trimmed.length !== collapsed.length) whitespaceCollapsed++;

  return {
    text: trimmed,
    changes: { nfkcChanged: nfkc !== text, bidiRemoved, invisibleRemoved, confusablesFolded, whitespaceCollapsed },
  };
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
